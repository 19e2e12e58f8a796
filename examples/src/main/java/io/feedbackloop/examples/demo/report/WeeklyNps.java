package io.feedbackloop.examples.demo.report;

import io.feedbackloop.scoring.NpsResult;
import java.time.LocalDate;

/**
 * The NPS of the responses of one week.
 *
 * @param weekStart the first day of the week
 * @param nps the score of the week, with counts, shares and interval (its {@code belowMinimum}
 *     flag decides whether the week is plotted)
 */
public record WeeklyNps(LocalDate weekStart, NpsResult nps) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public WeeklyNps {
    Checks.notNull("weekStart", weekStart);
    Checks.notNull("nps", nps);
  }

  /**
   * Whether the week has a score worth drawing: an estimate from at least the scorer's minimum
   * sample. Weeks that are not plotted leave a gap in the trend line and have no band.
   */
  public boolean plotted() {
    return nps.hasEstimate() && !nps.belowMinimum() && nps.interval().isPresent();
  }
}
