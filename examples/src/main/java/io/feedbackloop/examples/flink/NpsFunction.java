package io.feedbackloop.examples.flink;

import io.feedbackloop.scoring.Interval;
import io.feedbackloop.scoring.NpsAccumulator;
import io.feedbackloop.scoring.NpsResult;
import io.feedbackloop.scoring.Scorer;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.flink.table.annotation.DataTypeHint;
import org.apache.flink.table.annotation.FunctionHint;
import org.apache.flink.table.functions.AggregateFunction;
import org.apache.flink.types.Row;
import org.jspecify.annotations.Nullable;

/**
 * The NPS with its interval as a Flink Table/SQL aggregate over the library's {@link
 * NpsAccumulator}, which the planner keeps as a {@code RAW} value in its byte form.
 *
 * <pre>{@code
 * tableEnv.createTemporarySystemFunction("NPS", NpsFunction.class);
 * tableEnv.executeSql("SELECT segment, TUMBLE_START(rowtime, INTERVAL '1' DAY) AS day, NPS(nps) AS s"
 *     + " FROM responses GROUP BY segment, TUMBLE(rowtime, INTERVAL '1' DAY)");
 * }</pre>
 *
 * <p>{@code NPS(score INT)} returns {@code ROW<n BIGINT, score DOUBLE, low DOUBLE, high DOUBLE>}:
 * the number of answers, the NPS in points and its adjusted-Wald interval at 95% ({@link
 * Scorer#ofDefaults()}); the last three are null without an estimate. Null scores are skipped; a
 * score outside 0..10 fails the query. Append-only (no retraction), so it fits windows and other
 * insert-only aggregations.
 */
@FunctionHint(
    accumulator = @DataTypeHint(value = "RAW", bridgedTo = NpsAccumulator.class,
        rawSerializer = NpsAccumulatorSerializer.class),
    output = @DataTypeHint("ROW<n BIGINT, score DOUBLE, low DOUBLE, high DOUBLE>"))
public final class NpsFunction extends AggregateFunction<Row, NpsAccumulator> {
  private static final long serialVersionUID = 1L;

  /** Creates the function; the planner calls this. */
  public NpsFunction() {}

  @Override
  public NpsAccumulator createAccumulator() {
    return new NpsAccumulator();
  }

  /**
   * Counts one score; the planner calls this by name.
   *
   * @throws IllegalArgumentException if {@code score} is not in 0..10
   */
  public void accumulate(NpsAccumulator accumulator, @Nullable Integer score) {
    if (score != null) {
      accumulator.add(score);
    }
  }

  /** Merges partial accumulators (two-phase aggregation, session windows); called by name. */
  public void merge(NpsAccumulator accumulator, Iterable<NpsAccumulator> others) {
    for (NpsAccumulator other : others) {
      accumulator.merge(other);
    }
  }

  @Override
  public Row getValue(NpsAccumulator accumulator) {
    NpsResult result = Scorer.ofDefaults().nps(accumulator);
    Optional<Interval> interval = result.interval();
    return Row.of(result.n(), boxed(result.score()),
        interval.map(Interval::low).orElse(null), interval.map(Interval::high).orElse(null));
  }

  private static @Nullable Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
