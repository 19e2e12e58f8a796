package io.feedbackloop.examples.flink;

import io.feedbackloop.scoring.NpsAccumulator;
import io.feedbackloop.scoring.NpsResult;
import io.feedbackloop.scoring.ScaleAccumulator;
import io.feedbackloop.scoring.ScaleResult;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * Flink type information for the library's accumulators and results. Flink cannot derive these
 * types itself (the accumulators are final classes with private state, the results hold {@code
 * Optional}s), and would otherwise fall back to Kryo; pass them to {@code aggregate(function,
 * accumulatorType, resultType)} and {@code returns(...)}. All instances are immutable.
 */
public final class ScoreTypes {
  private ScoreTypes() {}

  /** An {@link NpsAccumulator} in its byte form. */
  public static TypeInformation<NpsAccumulator> npsAccumulator() {
    return new ByteFormTypeInfo<>(NpsAccumulator.class, NpsAccumulatorSerializer.INSTANCE);
  }

  /** A CSAT or CES {@link ScaleAccumulator} in its byte form (the scale travels with it). */
  public static TypeInformation<ScaleAccumulator> scaleAccumulator() {
    return new ByteFormTypeInfo<>(ScaleAccumulator.class, ScaleAccumulatorSerializer.INSTANCE);
  }

  /** A {@link ScoreTally}, the accumulator of {@link ScoresAggregate}. */
  public static TypeInformation<ScoreTally> scoreTally() {
    return new ByteFormTypeInfo<>(ScoreTally.class, ScoreTallySerializer.INSTANCE);
  }

  /** An {@link NpsResult}. */
  public static TypeInformation<NpsResult> npsResult() {
    return new ByteFormTypeInfo<>(NpsResult.class, NpsResultSerializer.INSTANCE);
  }

  /** A CSAT or CES {@link ScaleResult}. */
  public static TypeInformation<ScaleResult> scaleResult() {
    return new ByteFormTypeInfo<>(ScaleResult.class, ScaleResultSerializer.INSTANCE);
  }

  /** {@link Scores}, the result of {@link ScoresAggregate}. */
  public static TypeInformation<Scores> scores() {
    return new ByteFormTypeInfo<>(Scores.class, ScoresSerializer.INSTANCE);
  }

  /** {@link WindowScores}, the output of {@link ScoreJob}. */
  public static TypeInformation<WindowScores> windowScores() {
    return new ByteFormTypeInfo<>(WindowScores.class, WindowScoresSerializer.INSTANCE);
  }
}
