package io.feedbackloop.scoring;

import io.feedbackloop.scoring.internal.Checks;
import io.feedbackloop.scoring.internal.Normal;

/**
 * Plans how many responses a survey needs for a margin of error at a confidence level, by the
 * normal approximation {@code n = z^2 * variance / margin^2}, rounded up.
 *
 * <p>For NPS the variance is the per-respondent variance {@code pP + pD - (pP - pD)^2} (at most 1,
 * reached with half promoters and half detractors) and the margin is in points; for a share (CSAT,
 * CES agree) the variance is {@code p (1 - p)} (at most 1/4 at p = 0.5) and the margin is a share
 * in (0, 1). The adjusted-Wald and Wilson intervals the scorer reports are close to these for the
 * planned n. Stateless and thread-safe.
 */
public final class SampleSize {
  private SampleSize() {}

  /**
   * Responses needed for an NPS margin of error.
   *
   * @param marginPoints the wanted half-width in NPS points, in (0, 200]
   * @param confidence the confidence level in (0, 1)
   * @param expectedVariance the expected per-respondent variance in (0, 1]
   * @return at least 1
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static long nps(double marginPoints, double confidence, double expectedVariance) {
    if (!(marginPoints > 0 && marginPoints <= 200)) {
      throw new IllegalArgumentException(
          "marginPoints must be in (0, 200], but was " + marginPoints);
    }
    if (!(expectedVariance > 0 && expectedVariance <= 1)) {
      throw new IllegalArgumentException(
          "expectedVariance must be in (0, 1], but was " + expectedVariance);
    }
    return size(marginPoints / 100, Checks.confidence(confidence), expectedVariance);
  }

  /**
   * Responses needed for an NPS margin of error in the worst case (variance 1).
   *
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static long npsWorstCase(double marginPoints, double confidence) {
    return nps(marginPoints, confidence, 1.0);
  }

  /**
   * Responses needed for a margin of error on a share such as the CSAT top-2-box share.
   *
   * @param margin the wanted half-width as a share, in (0, 1)
   * @param confidence the confidence level in (0, 1)
   * @param expectedShare the expected share in [0, 1]
   * @return at least 1
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static long share(double margin, double confidence, double expectedShare) {
    if (!(margin > 0 && margin < 1)) {
      throw new IllegalArgumentException("margin must be in (0, 1), but was " + margin);
    }
    if (!(expectedShare >= 0 && expectedShare <= 1)) {
      throw new IllegalArgumentException(
          "expectedShare must be in [0, 1], but was " + expectedShare);
    }
    return size(margin, Checks.confidence(confidence), expectedShare * (1 - expectedShare));
  }

  /**
   * Responses needed for a margin of error on a share in the worst case (share 0.5).
   *
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static long shareWorstCase(double margin, double confidence) {
    return share(margin, confidence, 0.5);
  }

  private static long size(double margin, double confidence, double variance) {
    double z = Normal.twoSided(confidence);
    double n = z * z * variance / (margin * margin);
    // a hair below the exact integer must not round up to the next one
    return Math.max(1, (long) Math.ceil(n * (1 - 1e-12)));
  }
}
