package io.feedbackloop.examples.flink;

import io.feedbackloop.scoring.NpsAccumulator;
import io.feedbackloop.scoring.NpsResult;
import io.feedbackloop.scoring.Scorer;
import java.util.Objects;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * The NPS with its interval as a Flink DataStream {@link AggregateFunction} over the library's
 * {@link NpsAccumulator}: {@code add} counts one answer, {@code merge} is the accumulator's exact
 * merge, {@code getResult} is {@link Scorer#nps(NpsAccumulator)}. Elements without an answer are
 * skipped.
 *
 * <pre>{@code
 * NpsAggregate<SurveyResponse> nps = NpsAggregate.of(SurveyResponse::nps);
 * responses.keyBy(SurveyResponse::segment)
 *     .window(TumblingEventTimeWindows.of(Duration.ofDays(1)))
 *     .aggregate(nps, nps.accumulatorType(), nps.resultType());
 * }</pre>
 *
 * <p>Pass {@link #accumulatorType()} and {@link #resultType()} as above: Flink cannot extract
 * these types itself and would fall back to Kryo. Immutable; Flink gives each task its own copy.
 *
 * @param <T> the input element type
 */
public final class NpsAggregate<T> implements AggregateFunction<T, NpsAccumulator, NpsResult> {
  private static final long serialVersionUID = 1L;

  private final Answer<T> answer;
  private final double confidence;
  private final int minimumSample;

  private NpsAggregate(Answer<T> answer, Scorer scorer) {
    this.answer = Objects.requireNonNull(answer, "answer must not be null");
    Objects.requireNonNull(scorer, "scorer must not be null");
    // Scorer is not serializable; its two settings are, and rebuild an equal scorer
    this.confidence = scorer.confidence();
    this.minimumSample = scorer.minimumSample();
  }

  /**
   * The aggregate with {@link Scorer#ofDefaults()} (95% intervals, minimum sample 30).
   *
   * @throws NullPointerException if {@code answer} is null
   */
  public static <T> NpsAggregate<T> of(Answer<T> answer) {
    return of(answer, Scorer.ofDefaults());
  }

  /**
   * The aggregate with {@code scorer}'s confidence and minimum sample.
   *
   * @throws NullPointerException if an argument is null
   */
  public static <T> NpsAggregate<T> of(Answer<T> answer, Scorer scorer) {
    return new NpsAggregate<>(answer, scorer);
  }

  @Override
  public NpsAccumulator createAccumulator() {
    return new NpsAccumulator();
  }

  /** @throws IllegalArgumentException if the answer is not in 0..10 */
  @Override
  public NpsAccumulator add(T element, NpsAccumulator accumulator) {
    Integer score = answer.of(element);
    return score == null ? accumulator : accumulator.add(score);
  }

  @Override
  public NpsResult getResult(NpsAccumulator accumulator) {
    return Scorer.of(confidence, minimumSample).nps(accumulator);
  }

  @Override
  public NpsAccumulator merge(NpsAccumulator a, NpsAccumulator b) {
    return a.merge(b);
  }

  /** The accumulator's type information (its byte form), for {@code aggregate(...)}. */
  public TypeInformation<NpsAccumulator> accumulatorType() {
    return ScoreTypes.npsAccumulator();
  }

  /** The result's type information, for {@code aggregate(...)}. */
  public TypeInformation<NpsResult> resultType() {
    return ScoreTypes.npsResult();
  }
}
