package io.feedbackloop.routing.internal.web;

import io.feedbackloop.core.survey.MultipleChoiceQuestion;
import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.TextQuestion;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns validation problems into messages for respondents in the page language. The validator's
 * English messages are for developers and never reach the page; a code without a message of its
 * own gets a generic one.
 */
public final class ProblemMessages {
  private static final String ANSWERS = "/answers/";

  private ProblemMessages() {}

  /**
   * The messages.
   *
   * @param byQuestion the first problem's message for each question, in survey order
   * @param general messages for problems that belong to no question of the survey
   */
  public record Messages(Map<String, String> byQuestion, List<String> general) {
    /** Copies the collections, keeping the order. */
    public Messages {
      byQuestion = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byQuestion));
      general = List.copyOf(general);
    }
  }

  /** The messages for {@code problems} of a response to {@code survey}. */
  public static Messages of(Survey survey, List<Problem> problems, Locale language) {
    Map<String, String> byQuestion = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    for (Problem p : problems) {
      Optional<Question> q = questionId(p.path()).flatMap(survey::question);
      if (q.isPresent()) {
        byQuestion.putIfAbsent(q.get().id(), message(p.code(), q.get(), language));
      } else {
        String m = PageText.CHECK_FORM.in(language);
        if (!general.contains(m)) {
          general.add(m);
        }
      }
    }
    return new Messages(byQuestion, general);
  }

  /** The message for one problem with {@code question}'s answer. */
  static String message(ProblemCode code, Question question, Locale language) {
    return switch (code) {
      case MISSING_ANSWER -> PageText.MISSING.in(language);
      case WRONG_ANSWER_TYPE, OFF_SCALE, NOT_ON_STEP, UNKNOWN_CHOICE, DUPLICATE_CHOICE, DUPLICATE_ANSWER ->
          PageText.CHOOSE_ONE.in(language);
      case TOO_FEW_SELECTIONS ->
          question instanceof MultipleChoiceQuestion m
              ? PageText.TOO_FEW.in(language, "n", Integer.toString(m.minSelections()))
              : PageText.CHECK_ANSWER.in(language);
      case TOO_MANY_SELECTIONS ->
          question instanceof MultipleChoiceQuestion m
              ? PageText.TOO_MANY.in(language, "n", Integer.toString(m.maxSelections()))
              : PageText.CHECK_ANSWER.in(language);
      case TEXT_TOO_LONG ->
          question instanceof TextQuestion t
              ? PageText.TOO_LONG.in(language, "n", Integer.toString(t.maxLength()))
              : PageText.CHECK_ANSWER.in(language);
      default -> PageText.CHECK_ANSWER.in(language);
    };
  }

  /** The question id in a path {@code /answers/<id>[/...]}; question ids need no unescaping. */
  static Optional<String> questionId(String path) {
    if (!path.startsWith(ANSWERS)) {
      return Optional.empty();
    }
    int end = path.indexOf('/', ANSWERS.length());
    String id = end < 0 ? path.substring(ANSWERS.length()) : path.substring(ANSWERS.length(), end);
    return id.isEmpty() ? Optional.empty() : Optional.of(id);
  }
}
