package io.feedbackloop.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.scoring.NpsAccumulator;
import io.feedbackloop.scoring.ScaleAccumulator;
import io.feedbackloop.scoring.ScaleResult;
import io.feedbackloop.scoring.Scorer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.flink.types.Row;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The aggregate functions without a cluster: merging partial accumulators of any split of the
 * input, in any order and through the serializers, gives the unsplit result.
 */
class AggregatesTest {
  private static final Scorer SCORER = Scorer.of(0.99, 10);

  private static List<SurveyResponse> data(long seed) {
    return SeededResponses.generate(new Random(seed), 500, 2, Duration.ZERO);
  }

  @Test
  void mergingPartialAccumulatorsOfARandomSplitEqualsTheUnsplitResult() throws Exception {
    long seed = SeededResponses.seed();
    Random r = new Random(seed);
    List<SurveyResponse> data = data(seed);
    ScoresAggregate aggregate = ScoresAggregate.of(SCORER);
    ScoreTally whole = aggregate.createAccumulator();
    data.forEach(response -> aggregate.add(response, whole));

    for (int round = 0; round < 20; round++) {
      int parts = 1 + r.nextInt(6);
      List<ScoreTally> partials = new ArrayList<>();
      for (int i = 0; i < parts; i++) {
        partials.add(aggregate.createAccumulator());
      }
      data.forEach(response -> aggregate.add(response, partials.get(r.nextInt(parts))));
      // merge in random pairs, each partial through the serializer as over the network
      while (partials.size() > 1) {
        ScoreTally a = partials.remove(r.nextInt(partials.size()));
        ScoreTally b = Serializers.roundTrip(ScoreTallySerializer.INSTANCE,
            partials.remove(r.nextInt(partials.size())));
        partials.add(aggregate.merge(a, b));
      }

      assertThat(aggregate.getResult(partials.get(0))).isEqualTo(aggregate.getResult(whole));
    }
    assertThat(aggregate.getResult(whole).nps())
        .isEqualTo(SCORER.nps(new NpsAccumulator().addAll(data.stream()
            .filter(x -> x.nps() != null).mapToInt(SurveyResponse::nps).toArray())));
  }

  @Test
  void npsAggregateSkipsMissingAnswersAndUsesTheScorersSettings() {
    NpsAggregate<SurveyResponse> nps = NpsAggregate.of(SurveyResponse::nps, SCORER);
    NpsAccumulator acc = nps.createAccumulator();
    nps.add(response(9, 5, 7), acc);
    nps.add(response(null, 5, 7), acc);
    NpsAccumulator other = nps.add(response(3, null, null), nps.createAccumulator());

    NpsAccumulator merged = nps.merge(acc, other);

    assertThat(merged.count()).isEqualTo(2);
    assertThat(nps.getResult(merged)).isEqualTo(SCORER.nps(new int[] {9, 3}));
    assertThat(nps.getResult(merged).interval().orElseThrow().level()).isEqualTo(0.99);
    assertThat(NpsAggregate.of(SurveyResponse::nps).getResult(merged))
        .isEqualTo(Scorer.ofDefaults().nps(new int[] {9, 3}));
    assertThat(nps.accumulatorType()).isEqualTo(ScoreTypes.npsAccumulator());
    assertThat(nps.resultType()).isEqualTo(ScoreTypes.npsResult());
  }

  @Test
  void scaleAggregatesKeepTheirScaleThroughCreateAndMerge() {
    ScaleAggregate<SurveyResponse> csat = ScaleAggregate.csat(SurveyResponse::csat);
    ScaleAggregate<SurveyResponse> ces = ScaleAggregate.ces(SurveyResponse::ces);
    ScaleAccumulator a = csat.add(response(null, 4, 2), csat.createAccumulator());
    ScaleAccumulator b = csat.add(response(null, 2, null), csat.createAccumulator());

    ScaleResult result = csat.getResult(csat.merge(a, b));

    assertThat(result).isEqualTo(Scorer.ofDefaults().csat(new int[] {4, 2}));
    assertThat(ces.createAccumulator().scale()).isEqualTo(Scale.ces());
    assertThat(ces.getResult(ces.add(response(null, null, 6), ces.createAccumulator())))
        .isEqualTo(Scorer.ofDefaults().ces(new int[] {6}));
    assertThatThrownBy(() -> csat.merge(a, ces.createAccumulator()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale");
    assertThat(ScaleAggregate.of(Scale.csat(), SurveyResponse::csat, SCORER).resultType())
        .isEqualTo(ScoreTypes.scaleResult());
  }

  @Test
  void aScaleAggregateRejectsAnNpsScale() {
    assertThatThrownBy(() -> ScaleAggregate.of(Scale.nps(), SurveyResponse::nps, SCORER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must feed metric CSAT or CES, but feeds NPS");
  }

  @Test
  void sqlFunctionReturnsCountScoreAndIntervalOrNullsWithoutAnswers() {
    NpsFunction function = new NpsFunction();
    NpsAccumulator acc = function.createAccumulator();
    assertThat(function.getValue(acc)).isEqualTo(Row.of(0L, null, null, null));

    function.accumulate(acc, 10);
    function.accumulate(acc, null);
    NpsAccumulator other = function.createAccumulator();
    function.accumulate(other, 0);
    function.accumulate(other, 8);
    function.merge(acc, List.of(other));

    var want = Scorer.ofDefaults().nps(new int[] {10, 0, 8});
    assertThat(function.getValue(acc)).isEqualTo(Row.of(3L, want.score().orElseThrow(),
        want.interval().orElseThrow().low(), want.interval().orElseThrow().high()));
  }

  private static SurveyResponse response(@Nullable Integer nps, @Nullable Integer csat,
      @Nullable Integer ces) {
    return new SurveyResponse(Instant.parse("2026-03-02T09:00:00Z"), "north", nps, csat, ces);
  }
}
