package io.feedbackloop.examples.flink;

import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.scoring.Scorer;
import java.util.Objects;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * NPS, CSAT and CES of {@link SurveyResponse}s in one pass: a Flink {@link AggregateFunction}
 * composed of one {@link NpsAggregate} and two {@link ScaleAggregate}s over a {@link ScoreTally}.
 * Pass {@link #accumulatorType()} and {@link #resultType()} to {@code aggregate(...)}. Immutable.
 */
public final class ScoresAggregate implements AggregateFunction<SurveyResponse, ScoreTally, Scores> {
  private static final long serialVersionUID = 1L;

  private final NpsAggregate<SurveyResponse> nps;
  private final ScaleAggregate<SurveyResponse> csat;
  private final ScaleAggregate<SurveyResponse> ces;

  private ScoresAggregate(Scorer scorer) {
    Objects.requireNonNull(scorer, "scorer must not be null");
    this.nps = NpsAggregate.of(SurveyResponse::nps, scorer);
    this.csat = ScaleAggregate.of(Scale.csat(), SurveyResponse::csat,
        scorer);
    this.ces = ScaleAggregate.of(Scale.ces(), SurveyResponse::ces,
        scorer);
  }

  /** The aggregate with {@link Scorer#ofDefaults()} (95% intervals, minimum sample 30). */
  public static ScoresAggregate ofDefaults() {
    return of(Scorer.ofDefaults());
  }

  /**
   * The aggregate with {@code scorer}'s confidence and minimum sample.
   *
   * @throws NullPointerException if {@code scorer} is null
   */
  public static ScoresAggregate of(Scorer scorer) {
    return new ScoresAggregate(scorer);
  }

  @Override
  public ScoreTally createAccumulator() {
    return new ScoreTally(nps.createAccumulator(), csat.createAccumulator(),
        ces.createAccumulator());
  }

  @Override
  public ScoreTally add(SurveyResponse response, ScoreTally tally) {
    nps.add(response, tally.nps());
    csat.add(response, tally.csat());
    ces.add(response, tally.ces());
    return tally;
  }

  @Override
  public Scores getResult(ScoreTally tally) {
    return new Scores(nps.getResult(tally.nps()), csat.getResult(tally.csat()),
        ces.getResult(tally.ces()));
  }

  @Override
  public ScoreTally merge(ScoreTally a, ScoreTally b) {
    return a.merge(b);
  }

  /** The accumulator's type information, for {@code aggregate(...)}. */
  public TypeInformation<ScoreTally> accumulatorType() {
    return ScoreTypes.scoreTally();
  }

  /** The result's type information, for {@code aggregate(...)}. */
  public TypeInformation<Scores> resultType() {
    return ScoreTypes.scores();
  }
}
