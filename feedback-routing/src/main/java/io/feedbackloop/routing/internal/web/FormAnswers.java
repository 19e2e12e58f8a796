package io.feedbackloop.routing.internal.web;

import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.ChoiceAnswer;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.TextAnswer;
import io.feedbackloop.core.response.ThumbsAnswer;
import io.feedbackloop.core.survey.DisplayCondition;
import io.feedbackloop.core.survey.MultipleChoiceQuestion;
import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.ScaledQuestion;
import io.feedbackloop.core.survey.SingleChoiceQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.TextQuestion;
import io.feedbackloop.core.survey.ThumbsQuestion;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the posted form fields into the answers of a survey. Field {@code q.<questionId>} holds the
 * answer: a whole number for scaled questions, {@code up} or {@code down} for thumbs, the choice id
 * for a single choice, one value per chosen id for a multiple choice, the text for a text
 * question. Empty values and blank texts count as unanswered, line breaks become {@code \n}, and
 * unknown fields are ignored. Answers to questions whose display condition is not met by the other
 * answers are dropped: what the page hid was not asked.
 */
public final class FormAnswers {
  /** The prefix of answer fields. */
  public static final String PREFIX = "q.";

  /** The value of a thumbs-up answer. */
  public static final String UP = "up";

  /** The value of a thumbs-down answer. */
  public static final String DOWN = "down";

  private FormAnswers() {}

  /**
   * What the form says.
   *
   * @param answers the answers, in survey order
   * @param problems values that are not answers at all (a word where a number belongs), by
   *     question, with the validator's paths
   */
  public record Parsed(List<Answer> answers, List<Problem> problems) {
    /** Copies the lists. */
    public Parsed {
      answers = List.copyOf(answers);
      problems = List.copyOf(problems);
    }
  }

  /** The field name of {@code question}'s answer. */
  public static String field(Question question) {
    return PREFIX + question.id();
  }

  /** Parses the answers of {@code survey} out of {@code fields}. */
  public static Parsed parse(Survey survey, Map<String, List<String>> fields) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Answer> kept = new HashMap<>();
    List<Answer> answers = new ArrayList<>();
    for (Question q : survey.questions()) {
      List<String> values = nonEmpty(fields.get(field(q)));
      if (values.isEmpty()) {
        continue;
      }
      Optional<Answer> answer = answer(q, values);
      if (answer.isEmpty()) {
        problems.add(new Problem(path(q.id()), ProblemCode.WRONG_ANSWER_TYPE, "not an answer to '" + q.id() + "'"));
        continue;
      }
      if (isShown(q, kept)) {
        kept.put(q.id(), answer.get());
        answers.add(answer.get());
      }
    }
    return new Parsed(answers, problems);
  }

  /** Whether {@code q} is shown, given the answers kept so far (conditions look back only). */
  public static boolean isShown(Question q, Map<String, Answer> answers) {
    Optional<DisplayCondition> condition = q.displayCondition();
    if (condition.isEmpty()) {
      return true;
    }
    Answer earlier = answers.get(condition.get().questionId());
    return earlier != null && condition.get().isMetBy(earlier);
  }

  /** The validator's path of a question's answer. */
  public static String path(String questionId) {
    return "/answers/" + Problem.escape(questionId);
  }

  private static Optional<Answer> answer(Question q, List<String> values) {
    String first = values.get(0);
    if (q instanceof ScaledQuestion) {
      return number(first).map(n -> new ScoreAnswer(q.id(), n));
    }
    if (q instanceof ThumbsQuestion) {
      if (UP.equals(first)) {
        return Optional.of(new ThumbsAnswer(q.id(), true));
      }
      return DOWN.equals(first) ? Optional.of(new ThumbsAnswer(q.id(), false)) : Optional.empty();
    }
    if (q instanceof SingleChoiceQuestion) {
      return Optional.of(new ChoiceAnswer(q.id(), values.subList(0, 1)));
    }
    if (q instanceof MultipleChoiceQuestion) {
      return Optional.of(new ChoiceAnswer(q.id(), values));
    }
    TextQuestion t = (TextQuestion) q;
    String text = normalizeLineBreaks(first);
    return text.isBlank() ? Optional.empty() : Optional.of(new TextAnswer(t.id(), text));
  }

  private static List<String> nonEmpty(@Nullable List<String> values) {
    if (values == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(values.size());
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        out.add(v);
      }
    }
    return out;
  }

  /** A whole number of at most 9 digits with an optional minus sign, or empty. */
  static Optional<Integer> number(String s) {
    String v = s.strip();
    int digits = v.startsWith("-") ? 1 : 0;
    if (v.length() == digits || v.length() - digits > 9) {
      return Optional.empty();
    }
    for (int i = digits; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
    }
    return Optional.of(Integer.parseInt(v));
  }

  /**
   * {@code \r\n} and lone {@code \r} become {@code \n}: browsers post textarea line breaks as
   * CRLF but count them as one character against {@code maxlength}.
   */
  static String normalizeLineBreaks(String s) {
    return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
  }
}
