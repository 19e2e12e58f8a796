package io.feedbackloop.routing.loop;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.store.ResponseQuery;
import io.feedbackloop.core.store.ResponseStore;
import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaledQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.SurveyCatalog;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.scoring.NpsResult;
import io.feedbackloop.scoring.ScaleResult;
import io.feedbackloop.scoring.Scorer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * NPS, CSAT and CES of one survey over a time range, computed with {@link Scorer#ofDefaults()}
 * (95 % confidence intervals; an estimate only from 30 answers) over the stored responses. The
 * score of a response is its answer to the survey's first question of that metric. Reads the
 * store on every call: for dashboards and reports, not for the hot path. Thread-safe.
 */
public final class LoopScores {
  private final ResponseStore store;
  private final SurveyCatalog surveys;
  private final Scorer scorer = Scorer.ofDefaults();

  LoopScores(ResponseStore store, SurveyCatalog surveys) {
    this.store = store;
    this.surveys = surveys;
  }

  /**
   * The NPS of {@code surveyId} over responses submitted in {@code [from, to)}.
   *
   * @throws IllegalArgumentException if the loop does not know the survey, or it has no NPS
   *     question, or {@code to} is not after {@code from}
   */
  public NpsResult nps(TenantId tenant, String surveyId, Instant from, Instant to) {
    return scorer.nps(values(tenant, surveyId, Metric.NPS, from, to).values);
  }

  /**
   * The CSAT (share satisfied) of {@code surveyId} over {@code [from, to)}.
   *
   * @throws IllegalArgumentException as {@link #nps} does, for a CSAT question
   */
  public ScaleResult csat(TenantId tenant, String surveyId, Instant from, Instant to) {
    Values v = values(tenant, surveyId, Metric.CSAT, from, to);
    return scorer.csat(v.scale, v.values);
  }

  /**
   * The CES (mean effort score) of {@code surveyId} over {@code [from, to)}.
   *
   * @throws IllegalArgumentException as {@link #nps} does, for a CES question
   */
  public ScaleResult ces(TenantId tenant, String surveyId, Instant from, Instant to) {
    Values v = values(tenant, surveyId, Metric.CES, from, to);
    return scorer.ces(v.scale, v.values);
  }

  private static final class Values {
    final Scale scale;
    final int[] values;

    Values(Scale scale, int[] values) {
      this.scale = scale;
      this.values = values;
    }
  }

  private Values values(
      TenantId tenant, String surveyId, Metric metric, Instant from, Instant to) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("surveyId", surveyId);
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    Checks.check(to.isAfter(from), "to", "after from (" + from + ")", to);
    Survey survey =
        surveys
            .latest(surveyId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "surveyId must name a survey of this loop, but was '"
                            + Checks.printable(surveyId) + "'"));
    ScaledQuestion q = questionOf(survey, metric);
    if (q == null) {
      throw new IllegalArgumentException(
          "survey '" + surveyId + "' must have a " + metric.name() + " question, but has none");
    }
    ResponseQuery query =
        ResponseQuery.builder(tenant).survey(surveyId).submittedBetween(from, to).build();
    int[] values = new int[64];
    int n = 0;
    try (Stream<Response> s = store.stream(query)) {
      Iterator<Response> it = s.iterator();
      while (it.hasNext()) {
        Answer a = it.next().answer(q.id()).orElse(null);
        if (a instanceof ScoreAnswer score) {
          if (n == values.length) {
            values = Arrays.copyOf(values, n * 2);
          }
          values[n++] = score.value();
        }
      }
    }
    return new Values(q.scale(), Arrays.copyOf(values, n));
  }

  private static @Nullable ScaledQuestion questionOf(Survey survey, Metric metric) {
    for (Question q : survey.questions()) {
      if (q instanceof ScaledQuestion s && s.scale().metric() == metric) {
        return s;
      }
    }
    return null;
  }
}
