package io.feedbackloop.routing.sla;

import io.feedbackloop.routing.internal.rules.Checks;

/**
 * When an escalation step fires, as a share of its milestone's target: {@link #atShare} before the
 * breach (e.g. 0.75), {@link #atBreach()} when the target is used up (share 1), {@link
 * #afterMultiple} some multiple of the target after the start (e.g. 2.0).
 *
 * @param kind which of the three
 * @param share the share of the target that must be used for the step to fire
 */
public record EscalationTrigger(Kind kind, double share) {

  /** The kinds of trigger. */
  public enum Kind {
    /** A share of the target before the breach. */
    AT_SHARE,
    /** The breach. */
    AT_BREACH,
    /** A multiple of the target, after the breach. */
    AFTER_MULTIPLE
  }

  /**
   * Creates a trigger.
   *
   * @throws IllegalArgumentException if the share does not fit the kind
   */
  public EscalationTrigger {
    Checks.notNull("kind", kind);
    switch (kind) {
      case AT_SHARE -> Checks.check(share > 0 && share < 1, "share", "> 0 and < 1", share);
      case AT_BREACH -> Checks.check(share == 1, "share", "1 for a breach trigger", share);
      case AFTER_MULTIPLE ->
          Checks.check(share > 1 && share <= 1000, "multiple", "> 1 and <= 1000", share);
    }
  }

  /** Fires once {@code share} of the target is used, e.g. {@code atShare(0.75)}. */
  public static EscalationTrigger atShare(double share) {
    return new EscalationTrigger(Kind.AT_SHARE, share);
  }

  /** Fires when the target is used up. */
  public static EscalationTrigger atBreach() {
    return new EscalationTrigger(Kind.AT_BREACH, 1);
  }

  /** Fires once {@code multiple} times the target is used, e.g. {@code afterMultiple(2.0)}. */
  public static EscalationTrigger afterMultiple(double multiple) {
    return new EscalationTrigger(Kind.AFTER_MULTIPLE, multiple);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case AT_SHARE -> "at " + Math.round(share * 100) + "%";
      case AT_BREACH -> "at breach";
      case AFTER_MULTIPLE -> "after " + share + "x";
    };
  }
}
