package io.feedbackloop.routing.internal.loop;

import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.ThumbsAnswer;
import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.ScaledQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.ThumbsQuestion;
import io.feedbackloop.scoring.Category;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The scoring category of each answered scaled or thumbs question of a valid response. */
public final class Classifier {
  private Classifier() {}

  /**
   * The categories by question id; empty when no such question is answered.
   *
   * @param response a response valid for {@code survey}
   * @param survey the survey it answers
   */
  public static Map<String, Category> classify(Response response, Survey survey) {
    List<Answer> answers = response.answers();
    Map<String, Category> out = null;
    for (int i = 0; i < answers.size(); i++) {
      Answer a = answers.get(i);
      if (!(a instanceof ScoreAnswer) && !(a instanceof ThumbsAnswer)) {
        continue;
      }
      Optional<Question> q = survey.question(a.questionId());
      if (q.isEmpty() || !(q.get() instanceof ScaledQuestion || q.get() instanceof ThumbsQuestion)) {
        continue;
      }
      Optional<Category> c = Category.of(q.get(), a);
      if (c.isPresent()) {
        if (out == null) {
          out = new HashMap<>(4);
        }
        out.put(a.questionId(), c.get());
      }
    }
    return out == null ? Map.of() : out;
  }

  /** The text answers of {@code response} joined by newlines; empty when it has none. */
  public static String text(Response response) {
    StringBuilder sb = null;
    for (Answer a : response.answers()) {
      if (a instanceof io.feedbackloop.core.response.TextAnswer t && !t.text().isBlank()) {
        if (sb == null) {
          sb = new StringBuilder(t.text());
        } else {
          sb.append('\n').append(t.text());
        }
      }
    }
    return sb == null ? "" : sb.toString();
  }
}
