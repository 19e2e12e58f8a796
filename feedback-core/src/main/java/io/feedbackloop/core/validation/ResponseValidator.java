package io.feedbackloop.core.validation;

import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.ChoiceAnswer;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.TextAnswer;
import io.feedbackloop.core.response.ThumbsAnswer;
import io.feedbackloop.core.survey.Choice;
import io.feedbackloop.core.survey.DisplayCondition;
import io.feedbackloop.core.survey.MultipleChoiceQuestion;
import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaledQuestion;
import io.feedbackloop.core.survey.SingleChoiceQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.SurveyCatalog;
import io.feedbackloop.core.survey.TextQuestion;
import io.feedbackloop.core.survey.ThumbsQuestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks responses against the survey version they answer and reports <b>all</b> problems at once
 * (see {@link ProblemCode} for the list). Paths are JSON pointers into the response's JSON form:
 * {@code /answers/<questionId>}, {@code /answers/<questionId>/value/1}, {@code /survey/version}.
 *
 * <p>A question whose {@link DisplayCondition} is not met was not shown: it is not required, and an
 * answer to it is a {@code not_shown} problem. Immutable and thread-safe.
 */
public final class ResponseValidator {
  private final SurveyCatalog catalog;

  private ResponseValidator(SurveyCatalog catalog) {
    this.catalog = catalog;
  }

  /** A validator for responses to the surveys of {@code catalog}. */
  public static ResponseValidator of(SurveyCatalog catalog) {
    return new ResponseValidator(Args.notNull("catalog", catalog));
  }

  /** The surveys this validator knows. */
  public SurveyCatalog catalog() {
    return catalog;
  }

  /**
   * Checks {@code response}.
   *
   * @return every problem, in the order of the survey's questions; empty when valid
   */
  public List<Problem> validate(Response response) {
    Args.notNull("response", response);
    Optional<Survey> survey = catalog.find(response.surveyId(), response.surveyVersion());
    if (survey.isEmpty()) {
      return List.of(
          catalog.knows(response.surveyId())
              ? new Problem(
                  "/survey/version",
                  ProblemCode.UNKNOWN_SURVEY_VERSION,
                  "survey '" + response.surveyId() + "' has no version " + response.surveyVersion())
              : new Problem(
                  "/survey/id",
                  ProblemCode.UNKNOWN_SURVEY,
                  "survey '" + response.surveyId() + "' is not known"));
    }
    return validate(response, survey.get());
  }

  /**
   * Checks {@code response} against {@code survey}, which must be the survey and version it
   * answers.
   *
   * @throws IllegalArgumentException if the response answers another survey or version
   */
  public static List<Problem> validate(Response response, Survey survey) {
    if (!survey.id().equals(response.surveyId())
        || survey.version() != response.surveyVersion()) {
      Args.check(
          false,
          "the survey",
          "the one the response answers (" + response.surveyId() + " v"
              + response.surveyVersion() + ")",
          survey.id() + " v" + survey.version());
    }
    // Paths and messages are built only for problems: a valid response allocates next to nothing.
    List<Problem> problems = new ArrayList<>();
    AnswerIndex index = new AnswerIndex(response.answers());
    List<Answer> answers = response.answers();
    for (int i = 0; i < answers.size(); i++) {
      Answer a = answers.get(i);
      if (index.isRepeat(i)) {
        problems.add(
            new Problem(
                path(a.questionId()),
                ProblemCode.DUPLICATE_ANSWER,
                "question '" + a.questionId() + "' is answered more than once"));
      } else if (survey.question(a.questionId()).isEmpty()) {
        problems.add(
            new Problem(
                path(a.questionId()),
                ProblemCode.UNKNOWN_QUESTION,
                "survey '" + survey.id() + "' v" + survey.version() + " has no question '"
                    + a.questionId() + "'"));
      }
    }
    for (Question q : survey.questions()) {
      Answer answer = index.first(q.id());
      boolean shown = isShown(q, index);
      if (answer == null) {
        if (shown && q.required()) {
          problems.add(missing(path(q.id()), q));
        }
      } else if (!shown) {
        problems.add(
            new Problem(
                path(q.id()),
                ProblemCode.NOT_SHOWN,
                "question '" + q.id() + "' was not shown (its display condition on '"
                    + q.displayCondition().map(DisplayCondition::questionId).orElse("?")
                    + "' is not met), so it cannot be answered"));
      } else {
        checkAnswer(problems, q, answer);
      }
    }
    return problems.isEmpty() ? List.of() : List.copyOf(problems);
  }

  private static String path(String questionId) {
    return "/answers/" + Problem.escape(questionId);
  }

  /** First answer per question: a linear scan for the usual handful, a map beyond that. */
  private static final class AnswerIndex {
    private static final int SCAN_LIMIT = 16;
    private final List<Answer> answers;
    private final @Nullable Map<String, Answer> byId;

    AnswerIndex(List<Answer> answers) {
      this.answers = answers;
      if (answers.size() > SCAN_LIMIT) {
        Map<String, Answer> map = new HashMap<>();
        for (Answer a : answers) {
          map.putIfAbsent(a.questionId(), a);
        }
        this.byId = map;
      } else {
        this.byId = null;
      }
    }

    @Nullable Answer first(String questionId) {
      if (byId != null) {
        return byId.get(questionId);
      }
      for (int i = 0; i < answers.size(); i++) {
        Answer a = answers.get(i);
        if (a.questionId().equals(questionId)) {
          return a;
        }
      }
      return null;
    }

    /** Whether answer {@code i} repeats a question answered earlier. */
    boolean isRepeat(int i) {
      return first(answers.get(i).questionId()) != answers.get(i);
    }
  }

  /**
   * Checks {@code response} and throws when it has problems.
   *
   * @throws ValidationException listing every problem
   */
  public void check(Response response) {
    List<Problem> problems = validate(response);
    if (!problems.isEmpty()) {
      throw new ValidationException("response " + response.id(), problems);
    }
  }

  private static boolean isShown(Question q, AnswerIndex answers) {
    Optional<DisplayCondition> condition = q.displayCondition();
    if (condition.isEmpty()) {
      return true;
    }
    Answer earlier = answers.first(condition.get().questionId());
    return earlier != null && condition.get().isMetBy(earlier);
  }

  private static Problem missing(String path, Question q) {
    return new Problem(
        path, ProblemCode.MISSING_ANSWER, "question '" + q.id() + "' is required but not answered");
  }

  private static void checkAnswer(List<Problem> problems, Question q, Answer a) {
    String questionId = q.id();
    if (q instanceof ScaledQuestion s && a instanceof ScoreAnswer score) {
      checkScore(problems, questionId, s.scale(), score.value());
    } else if (q instanceof ThumbsQuestion && a instanceof ThumbsAnswer) {
      return;
    } else if (q instanceof TextQuestion t && a instanceof TextAnswer text) {
      if (text.text().isBlank() && t.required()) {
        problems.add(missing(path(questionId), q));
      } else if (text.length() > t.maxLength()) {
        problems.add(
            new Problem(
                path(questionId),
                ProblemCode.TEXT_TOO_LONG,
                "the text has " + text.length() + " characters, more than the " + t.maxLength()
                    + " allowed"));
      }
    } else if (q instanceof SingleChoiceQuestion c && a instanceof ChoiceAnswer choice) {
      checkChoices(problems, questionId, c.choices(), choice, 1, 1);
    } else if (q instanceof MultipleChoiceQuestion m && a instanceof ChoiceAnswer choice) {
      checkChoices(problems, questionId, m.choices(), choice, m.minSelections(), m.maxSelections());
    } else {
      problems.add(
          new Problem(
              path(questionId),
              ProblemCode.WRONG_ANSWER_TYPE,
              "question '" + q.id() + "' is a " + q.type().wireName() + " question and takes "
                  + expectedAnswer(q) + ", but the answer is a " + a.typeName() + " answer"));
    }
  }

  private static void checkScore(
      List<Problem> problems, String questionId, Scale scale, int value) {
    if (value < scale.min() || value > scale.max()) {
      problems.add(
          new Problem(
              path(questionId),
              ProblemCode.OFF_SCALE,
              "the score " + value + " is off the scale " + scale.min() + ".." + scale.max()));
    } else if (!scale.contains(value)) {
      problems.add(
          new Problem(
              path(questionId),
              ProblemCode.NOT_ON_STEP,
              "the score " + value + " is not on the scale's step of " + scale.step()
                  + " from " + scale.min()));
    }
  }

  private static void checkChoices(
      List<Problem> problems,
      String questionId,
      List<Choice> offered,
      ChoiceAnswer answer,
      int min,
      int max) {
    List<String> ids = answer.choiceIds();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!seen.add(id)) {
        problems.add(
            new Problem(
                path(questionId) + "/value/" + i,
                ProblemCode.DUPLICATE_CHOICE, "the choice '" + id + "' is given twice"));
      } else if (!offers(offered, id)) {
        problems.add(
            new Problem(
                path(questionId) + "/value/" + i,
                ProblemCode.UNKNOWN_CHOICE,
                "the choice '" + Args.printable(id) + "' is not offered by question '"
                    + answer.questionId() + "'"));
      }
    }
    if (ids.size() < min) {
      problems.add(
          new Problem(
              path(questionId),
              ProblemCode.TOO_FEW_SELECTIONS,
              ids.size() + " choices given, at least " + min + " required"));
    } else if (ids.size() > max) {
      problems.add(
          new Problem(
              path(questionId),
              ProblemCode.TOO_MANY_SELECTIONS,
              ids.size() + " choices given, at most " + max + " allowed"));
    }
  }

  private static boolean offers(List<Choice> offered, String choiceId) {
    for (int i = 0; i < offered.size(); i++) {
      if (offered.get(i).id().equals(choiceId)) {
        return true;
      }
    }
    return false;
  }

  private static String expectedAnswer(Question q) {
    return switch (q.type()) {
      case NPS, CSAT, CES, RATING, SMILEY -> "a score";
      case THUMBS -> "thumbs up or down";
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> "a choice";
      case TEXT -> "a text";
    };
  }
}
