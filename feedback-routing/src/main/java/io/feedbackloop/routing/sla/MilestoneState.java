package io.feedbackloop.routing.sla;

import io.feedbackloop.routing.internal.rules.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the clock of one milestone stands at some instant.
 *
 * @param milestone which milestone
 * @param target the time allowed
 * @param elapsed the SLA time used so far (pauses and closed hours not counted); for a met
 *     milestone, the time used until it was met
 * @param due when the target is (or was) used up; while the clock is paused, the due instant if it
 *     resumed now
 * @param metAt when the milestone was met (its clock stopped), or null while it runs
 */
public record MilestoneState(
    Milestone milestone, Duration target, Duration elapsed, Instant due, @Nullable Instant metAt) {

  /** Creates a state. */
  public MilestoneState {
    Checks.notNull("milestone", milestone);
    Checks.notNull("target", target);
    Checks.notNull("elapsed", elapsed);
    Checks.notNull("due", due);
    Checks.check(!elapsed.isNegative(), "elapsed", ">= 0", elapsed);
  }

  /** Whether the milestone was met (its clock stopped). */
  public boolean isMet() {
    return metAt != null;
  }

  /** The share of the target used, e.g. 0.75; above 1 once overdue. */
  public double share() {
    return seconds(elapsed) / seconds(target);
  }

  /**
   * Whether the target is breached: a running clock from its due instant on, a met milestone if it
   * was met after its due instant.
   */
  public boolean isBreached() {
    int c = elapsed.compareTo(target);
    return isMet() ? c > 0 : c >= 0;
  }

  /** The time left until the target is used up; negative once overdue. */
  public Duration timeLeft() {
    return target.minus(elapsed);
  }

  /**
   * Whether at least {@code share} of the target is used, computed exactly (no floating-point
   * rounding at the threshold).
   */
  public boolean hasUsed(double share) {
    BigDecimal threshold =
        new BigDecimal(target.getSeconds())
            .add(BigDecimal.valueOf(target.getNano(), 9))
            .multiply(BigDecimal.valueOf(share));
    BigDecimal used =
        new BigDecimal(elapsed.getSeconds()).add(BigDecimal.valueOf(elapsed.getNano(), 9));
    return used.compareTo(threshold.setScale(9, RoundingMode.CEILING)) >= 0;
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }
}
