package io.feedbackloop.scoring.internal;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Scale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Argument checks with the SDK's message grammar: {@code "x must be ..., but was ..."}. */
public final class Checks {
  private Checks() {}

  /** Checks that {@code value} is not null. */
  public static <T> T notNull(String name, @Nullable T value) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }

  /** Checks a confidence level in the open interval (0, 1). */
  public static double confidence(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), but was " + level);
    }
    return level;
  }

  /** Checks a response weight: finite and &gt;= 0. */
  public static double weight(double weight) {
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be finite and >= 0, but was " + weight);
    }
    return weight;
  }

  /** Checks {@code from <= to} within an array of {@code length}. */
  public static void range(int from, int to, int length) {
    if (from < 0 || from > to || to > length) {
      throw new IllegalArgumentException(
          "range must be 0 <= from <= to <= " + length + ", but was [" + from + ", " + to + ")");
    }
  }

  /** Checks that two parallel arrays have the same length. */
  public static void sameLength(String name, int length, int expected) {
    if (length != expected) {
      throw new IllegalArgumentException(
          name + " must have the length of the values (" + expected + "), but had " + length);
    }
  }

  /** Checks that a scale feeds the expected metric. */
  public static Scale metric(Scale scale, Metric expected) {
    notNull("scale", scale);
    if (scale.metric() != expected) {
      throw new IllegalArgumentException(
          "scale must feed metric " + expected + ", but feeds " + scale.metric());
    }
    return scale;
  }

  /** Fails for a value that is not on the scale. */
  public static IllegalArgumentException offScale(Scale scale, int value) {
    return new IllegalArgumentException(
        "value must be on the scale "
            + scale.min()
            + ".."
            + scale.max()
            + " step "
            + scale.step()
            + ", but was "
            + value);
  }
}
