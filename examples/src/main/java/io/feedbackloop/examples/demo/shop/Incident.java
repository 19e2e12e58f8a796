package io.feedbackloop.examples.demo.shop;

import java.util.Objects;

/**
 * A delivery incident: in one week, one carrier is late far more often in one region (the spike
 * the recurring-issue detector must catch). The default is week 6, region {@code north}, carrier
 * {@code postnord}.
 *
 * @param week the week of the simulation, 1-based
 * @param region the region hit
 * @param carrier the carrier at fault
 */
public record Incident(int week, String region, String carrier) {

  /** The demo's incident: week 6, {@code north}, {@code postnord}. */
  public static final Incident DEFAULT = new Incident(6, "north", "postnord");

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if the region or carrier is null
   * @throws IllegalArgumentException if the week is not positive
   */
  public Incident {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(carrier, "carrier");
    if (week <= 0) {
      throw new IllegalArgumentException("week must be > 0, but was " + week);
    }
  }

  /** Whether a delivery in {@code week} and {@code region} by {@code carrier} is hit. */
  public boolean hits(int week, String region, String carrier) {
    return this.week == week && this.region.equals(region) && this.carrier.equals(carrier);
  }
}
