package io.feedbackloop.routing.internal.rules;

import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.TextAnswer;
import io.feedbackloop.core.response.ThumbsAnswer;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.routing.rules.RespondentHistory;
import io.feedbackloop.scoring.Category;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the matchers of one evaluation see: the response, its survey, and lazily computed, cached
 * derived facts (folded text per question, the respondent's history). One instance per evaluation;
 * not thread-safe.
 */
public final class Facts {
  final Response response;
  final @Nullable BoundSurvey survey;
  private final Function<Response, @Nullable BoundSurvey> surveys;
  private final RespondentHistory history;
  private @Nullable Map<String, String> folded;
  private @Nullable String allFolded;
  private @Nullable List<Response> earlier;

  /** Facts about {@code response}, resolving surveys with {@code surveys}. */
  public Facts(
      Response response, Function<Response, @Nullable BoundSurvey> surveys, RespondentHistory history) {
    this.response = response;
    this.surveys = surveys;
    this.survey = surveys.apply(response);
    this.history = history;
  }

  /** The response. */
  public Response response() {
    return response;
  }

  /** The category of the answer to {@code questionId} in {@code r}, or null. */
  @Nullable Category category(Response r, @Nullable BoundSurvey s, String questionId) {
    Answer a = find(r, questionId);
    if (a instanceof ThumbsAnswer t) {
      return t.up() ? Category.POSITIVE : Category.NEGATIVE;
    }
    if (a instanceof ScoreAnswer score && s != null) {
      Scale scale = s.scale(questionId);
      if (scale != null && scale.contains(score.value())) {
        return Category.of(scale, score.value());
      }
    }
    return null;
  }

  @Nullable BoundSurvey surveyOf(Response r) {
    return surveys.apply(r);
  }

  static @Nullable Answer find(Response r, String questionId) {
    List<Answer> answers = r.answers();
    for (int i = 0; i < answers.size(); i++) {
      Answer a = answers.get(i);
      if (a.questionId().equals(questionId)) {
        return a;
      }
    }
    return null;
  }

  /** The folded text of the answer to {@code questionId}, or null without a text answer. */
  @Nullable String folded(String questionId) {
    Map<String, String> cache = folded;
    if (cache == null) {
      cache = new HashMap<>(4);
      folded = cache;
    }
    String f = cache.get(questionId);
    if (f == null) {
      Answer a = find(response, questionId);
      if (!(a instanceof TextAnswer t)) {
        return null;
      }
      f = TextNormalizer.fold(t.text());
      cache.put(questionId, f);
    }
    return f;
  }

  /** The folded text of every text answer, joined; {@code " "} without any. */
  String allFolded() {
    String f = allFolded;
    if (f == null) {
      StringBuilder sb = new StringBuilder();
      for (Answer a : response.answers()) {
        if (a instanceof TextAnswer t) {
          sb.append(TextNormalizer.fold(t.text()));
        }
      }
      f = sb.length() == 0 ? " " : sb.toString();
      allFolded = f;
    }
    return f;
  }

  /** The respondent's earlier responses, oldest first (empty when anonymous); fetched once. */
  List<Response> earlier() {
    List<Response> e = earlier;
    if (e == null) {
      RespondentId who = response.respondent().orElse(null);
      e =
          who == null
              ? List.of()
              : history.before(response.tenant(), who, response.submittedAt()).stream()
                  .filter(r -> !r.id().equals(response.id()))
                  .toList();
      earlier = e;
    }
    return e;
  }
}
