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
import io.feedbackloop.scoring.text.TextInsight;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the matchers of one evaluation see: the response, its survey, and lazily computed, cached
 * derived facts (folded text per question, the respondent's history, the text insight). One
 * instance per evaluation; not thread-safe.
 */
public final class Facts {
  final Response response;
  final @Nullable BoundSurvey survey;
  private final Function<Response, @Nullable BoundSurvey> surveys;
  private final RespondentHistory history;
  private @Nullable Map<String, String> folded;
  private @Nullable String allFolded;
  private @Nullable List<Response> earlier;
  private final @Nullable TextAnalysis analyzer;
  private @Nullable TextInsight insight;
  private final boolean insightGiven;

  /** Facts about {@code response}, resolving surveys with {@code surveys}; no text insight. */
  public Facts(
      Response response, Function<Response, @Nullable BoundSurvey> surveys, RespondentHistory history) {
    this(response, surveys, history, null, null);
  }

  /**
   * Facts about {@code response}, resolving surveys with {@code surveys}. The text insight is
   * {@code given}, or else read by {@code analyzer} the first time a matcher asks for it.
   */
  public Facts(
      Response response,
      Function<Response, @Nullable BoundSurvey> surveys,
      RespondentHistory history,
      @Nullable TextAnalysis analyzer,
      @Nullable TextInsight given) {
    this.response = response;
    this.surveys = surveys;
    this.survey = surveys.apply(response);
    this.history = history;
    this.analyzer = analyzer;
    this.insight = given;
    this.insightGiven = given != null;
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

  /**
   * The text insight: the one given, or the analysis of every text answer joined by newlines with
   * the response locale as the hint, computed on the first call only. No text (or only blank text)
   * gives {@link TextInsight#EMPTY} without calling the analyzer.
   *
   * @throws IllegalStateException if there is neither an insight nor an analyzer (a plan compiled
   *     with insight conditions always has an analyzer)
   */
  TextInsight insight() {
    TextInsight i = insight;
    if (i == null) {
      String text = freeText(response);
      if (text.isBlank()) {
        i = TextInsight.EMPTY;
      } else {
        TextAnalysis a = analyzer;
        if (a == null) {
          throw new IllegalStateException(
              "a text-insight condition needs a text analyzer, but the plan has none");
        }
        i = a.analyze(text, response.locale().orElse(null));
      }
      insight = i;
    }
    return i;
  }

  /** Tells whether the host passed the insight in (for explanations). */
  boolean insightGiven() {
    return insightGiven;
  }

  /** The non-blank free-text answers of {@code r}, in answer order, joined by newlines. */
  static String freeText(Response r) {
    StringBuilder sb = new StringBuilder();
    for (Answer a : r.answers()) {
      if (a instanceof TextAnswer t && !t.text().isBlank()) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(t.text());
      }
    }
    return sb.toString();
  }
}
