package io.feedbackloop.routing.sla;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;

/**
 * A named SLA: how long first contact and resolution may take, each on its own clock.
 *
 * @param name the policy's name (1-64 letters, digits, '.', '_', '-'), shown in explanations
 * @param firstContact the first-contact target
 * @param resolution the resolution target
 */
public record SlaPolicy(String name, SlaTarget firstContact, SlaTarget resolution) {
  private static final SlaPolicy DEFAULTS =
      new SlaPolicy(
          "default",
          SlaTarget.wallClock(Duration.ofHours(24)),
          SlaTarget.businessTime(Duration.ofHours(5 * 8), BusinessCalendar.ofDefaults()));

  /**
   * Creates a policy.
   *
   * @throws IllegalArgumentException if the name is not an identifier
   */
  public SlaPolicy {
    Checks.identifier("name", name);
    Checks.notNull("firstContact", firstContact);
    Checks.notNull("resolution", resolution);
  }

  /** A policy with these targets. */
  public static SlaPolicy of(String name, SlaTarget firstContact, SlaTarget resolution) {
    return new SlaPolicy(name, firstContact, resolution);
  }

  /**
   * The default policy, named {@code default}: first contact within 24 hours of wall-clock time;
   * resolution within 5 business days of 8 hours (40 business hours) on {@link
   * BusinessCalendar#ofDefaults()} (Monday to Friday, 09:00-17:00 UTC).
   */
  public static SlaPolicy ofDefaults() {
    return DEFAULTS;
  }

  /** The target of {@code milestone}. */
  public SlaTarget target(Milestone milestone) {
    return Checks.notNull("milestone", milestone) == Milestone.FIRST_CONTACT
        ? firstContact
        : resolution;
  }
}
