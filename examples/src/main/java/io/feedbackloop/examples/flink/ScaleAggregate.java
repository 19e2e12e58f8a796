package io.feedbackloop.examples.flink;

import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.scoring.ScaleAccumulator;
import io.feedbackloop.scoring.ScaleResult;
import io.feedbackloop.scoring.Scorer;
import java.util.Objects;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * CSAT or CES with intervals as a Flink DataStream {@link AggregateFunction} over the library's
 * {@link ScaleAccumulator}: {@code add} counts one answer, {@code merge} is the accumulator's
 * exact merge, {@code getResult} is {@link Scorer#score(ScaleAccumulator)}. Elements without an
 * answer are skipped. Use it like {@link NpsAggregate}, passing {@link #accumulatorType()} and
 * {@link #resultType()}. Immutable.
 *
 * @param <T> the input element type
 */
public final class ScaleAggregate<T>
    implements AggregateFunction<T, ScaleAccumulator, ScaleResult> {
  private static final long serialVersionUID = 1L;

  private final Answer<T> answer;
  // the empty accumulator's byte form: it carries the scale, which is not serializable itself
  private final byte[] empty;
  private final double confidence;
  private final int minimumSample;

  private ScaleAggregate(Scale scale, Answer<T> answer, Scorer scorer) {
    this.empty = ScaleAccumulator.of(scale).toBytes();
    this.answer = Objects.requireNonNull(answer, "answer must not be null");
    Objects.requireNonNull(scorer, "scorer must not be null");
    this.confidence = scorer.confidence();
    this.minimumSample = scorer.minimumSample();
  }

  /**
   * CSAT on the standard 1-5 scale with {@link Scorer#ofDefaults()}.
   *
   * @throws NullPointerException if {@code answer} is null
   */
  public static <T> ScaleAggregate<T> csat(Answer<T> answer) {
    return of(Scale.csat(), answer, Scorer.ofDefaults());
  }

  /**
   * CES on the standard 1-7 scale with {@link Scorer#ofDefaults()}.
   *
   * @throws NullPointerException if {@code answer} is null
   */
  public static <T> ScaleAggregate<T> ces(Answer<T> answer) {
    return of(Scale.ces(), answer, Scorer.ofDefaults());
  }

  /**
   * The aggregate on {@code scale} with {@code scorer}'s confidence and minimum sample.
   *
   * @throws IllegalArgumentException if the scale feeds neither CSAT nor CES or has more than 101
   *     points
   * @throws NullPointerException if an argument is null
   */
  public static <T> ScaleAggregate<T> of(Scale scale, Answer<T> answer, Scorer scorer) {
    return new ScaleAggregate<>(scale, answer, scorer);
  }

  @Override
  public ScaleAccumulator createAccumulator() {
    return ScaleAccumulator.fromBytes(empty);
  }

  /** @throws IllegalArgumentException if the answer is not on the scale */
  @Override
  public ScaleAccumulator add(T element, ScaleAccumulator accumulator) {
    Integer value = answer.of(element);
    return value == null ? accumulator : accumulator.add(value);
  }

  @Override
  public ScaleResult getResult(ScaleAccumulator accumulator) {
    return Scorer.of(confidence, minimumSample).score(accumulator);
  }

  /** @throws IllegalArgumentException if the accumulators have different scales */
  @Override
  public ScaleAccumulator merge(ScaleAccumulator a, ScaleAccumulator b) {
    return a.merge(b);
  }

  /** The accumulator's type information (its byte form), for {@code aggregate(...)}. */
  public TypeInformation<ScaleAccumulator> accumulatorType() {
    return ScoreTypes.scaleAccumulator();
  }

  /** The result's type information, for {@code aggregate(...)}. */
  public TypeInformation<ScaleResult> resultType() {
    return ScoreTypes.scaleResult();
  }
}
