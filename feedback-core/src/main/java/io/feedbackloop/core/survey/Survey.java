package io.feedbackloop.core.survey;

import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import io.feedbackloop.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A survey definition in one version: id, version, name, touchpoint, default locale, ordered
 * questions and free metadata.
 *
 * <p>Built with {@link #builder(String)} and validated on {@link Builder#build()}: question ids are
 * unique; every question text, choice label and scale label has a text in the default locale;
 * display conditions refer to an earlier question they can test (a score range on a scaled or
 * thumbs question, choices the referenced choice question offers). Every broken rule is reported
 * at once in a {@link ValidationException} with paths such as {@code /questions/2/text}.
 *
 * <p>Immutable and thread-safe. A changed survey is a new version: responses name the version they
 * answer.
 */
public final class Survey {
  private final String id;
  private final int version;
  private final String name;
  private final @Nullable String touchpoint;
  private final Locale defaultLocale;
  private final List<Question> questions;
  private final Map<String, Question> byId;
  private final Map<String, String> metadata;

  private Survey(Builder b, Map<String, Question> byId) {
    this.id = b.id;
    this.version = b.version;
    this.name = b.name != null ? b.name : b.id;
    this.touchpoint = b.touchpoint;
    this.defaultLocale = b.defaultLocale;
    this.questions = List.copyOf(b.questions);
    this.byId = Collections.unmodifiableMap(byId);
    this.metadata = Collections.unmodifiableMap(new TreeMap<>(b.metadata));
  }

  /** Starts a survey with this id (1-64 letters, digits, '.', '_', '-'). */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder holding everything this survey holds, for the next version. */
  public Builder toBuilder() {
    Builder b =
        builder(id).version(version).name(name).touchpoint(touchpoint).defaultLocale(defaultLocale);
    b.questions.addAll(questions);
    b.metadata.putAll(metadata);
    return b;
  }

  /** The survey id. */
  public String id() {
    return id;
  }

  /** The version, {@code >= 1}. */
  public int version() {
    return version;
  }

  /** A name for people administering it (defaults to the id). */
  public String name() {
    return name;
  }

  /** The touchpoint it follows (purchase, delivery, support), if any. */
  public Optional<String> touchpoint() {
    return Optional.ofNullable(touchpoint);
  }

  /** The locale every text must have; the last step of every fallback chain. */
  public Locale defaultLocale() {
    return defaultLocale;
  }

  /** The questions, in display order. */
  public List<Question> questions() {
    return questions;
  }

  /** The question with this id, if the survey has it. */
  public Optional<Question> question(String questionId) {
    return Optional.ofNullable(byId.get(questionId));
  }

  /** The position of the question with this id, or -1. */
  public int indexOf(String questionId) {
    Question q = byId.get(questionId);
    return q == null ? -1 : questions.indexOf(q);
  }

  /** Free metadata (owner, campaign), sorted by key. */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** The text of {@code question} in {@code locale}, following the fallback chain. */
  public String text(Question question, Locale locale) {
    return question.text().resolve(locale, defaultLocale).orElseThrow();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Survey s
        && id.equals(s.id)
        && version == s.version
        && name.equals(s.name)
        && Objects.equals(touchpoint, s.touchpoint)
        && defaultLocale.equals(s.defaultLocale)
        && questions.equals(s.questions)
        && metadata.equals(s.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, questions);
  }

  @Override
  public String toString() {
    return "Survey[" + id + " v" + version + ", " + questions.size() + " questions]";
  }

  /** Builds a {@link Survey}. Defaults: version 1, English, name = id. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private int version = 1;
    private @Nullable String name;
    private @Nullable String touchpoint;
    private Locale defaultLocale = Locale.ENGLISH;
    private final List<Question> questions = new ArrayList<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    private Builder(String id) {
      this.id = Args.identifier("survey id", id);
    }

    /** Sets the version ({@code >= 1}). */
    public Builder version(int value) {
      this.version = Args.positive("version", value);
      return this;
    }

    /** Sets the name. */
    public Builder name(String value) {
      this.name = Args.notBlank("name", value);
      return this;
    }

    /** Sets the touchpoint (an identifier), or none with null. */
    public Builder touchpoint(@Nullable String value) {
      this.touchpoint = value == null ? null : Args.identifier("touchpoint", value);
      return this;
    }

    /** Sets the default locale (it needs a language). */
    public Builder defaultLocale(Locale value) {
      Args.notNull("defaultLocale", value);
      Args.check(!value.getLanguage().isEmpty(), "defaultLocale", "a locale with a language", value);
      this.defaultLocale = value;
      return this;
    }

    /** Appends a question. */
    public Builder question(Question value) {
      questions.add(Args.notNull("question", value));
      return this;
    }

    /** Appends questions. */
    public Builder questions(List<? extends Question> values) {
      values.forEach(this::question);
      return this;
    }

    /** Sets a metadata entry (key: an identifier). */
    public Builder metadata(String key, String value) {
      metadata.put(Args.identifier("metadata key", key), Args.notNull("metadata value", value));
      return this;
    }

    /**
     * Builds the survey.
     *
     * @throws ValidationException with every broken rule (see {@link Survey})
     */
    public Survey build() {
      List<Problem> problems = new ArrayList<>();
      Map<String, Question> byId = new HashMap<>();
      Map<String, Integer> position = new HashMap<>();
      if (questions.isEmpty()) {
        problems.add(
            new Problem(
                "/questions", ProblemCode.INVALID_DEFINITION, "a survey needs at least one question"));
      }
      for (int i = 0; i < questions.size(); i++) {
        Question q = questions.get(i);
        String path = "/questions/" + i;
        if (byId.putIfAbsent(q.id(), q) != null) {
          problems.add(
              new Problem(
                  path + "/id",
                  ProblemCode.DUPLICATE_QUESTION,
                  "question id '" + q.id() + "' is used by question " + position.get(q.id())
                      + " already"));
          continue;
        }
        position.put(q.id(), i);
        requireText(problems, path + "/text", q.text());
        if (q instanceof ScaledQuestion s) {
          s.labels()
              .forEach((v, t) -> requireText(problems, path + "/labels/" + v, t));
        }
        List<Choice> choices = choicesOf(q);
        for (int c = 0; c < choices.size(); c++) {
          requireText(problems, path + "/choices/" + c + "/label", choices.get(c).label());
        }
        Optional<DisplayCondition> condition = q.displayCondition();
        if (condition.isPresent()) {
          checkCondition(problems, path + "/showIf", condition.get(), byId, position, i);
        }
      }
      if (!problems.isEmpty()) {
        throw new ValidationException("survey " + id + " v" + version, problems);
      }
      return new Survey(this, byId);
    }

    private void requireText(List<Problem> problems, String path, LocalizedText text) {
      if (text.resolve(defaultLocale, defaultLocale).isEmpty()) {
        problems.add(
            new Problem(
                path,
                ProblemCode.MISSING_TEXT,
                "no text in the default locale '" + defaultLocale.toLanguageTag() + "'"));
      }
    }

    private static void checkCondition(
        List<Problem> problems,
        String path,
        DisplayCondition c,
        Map<String, Question> byId,
        Map<String, Integer> position,
        int index) {
      Question target = byId.get(c.questionId());
      Integer at = position.get(c.questionId());
      if (target == null || at == null || at >= index) {
        problems.add(
            new Problem(
                path + "/question",
                ProblemCode.BAD_CONDITION,
                "the condition refers to '" + c.questionId()
                    + "', which is not an earlier question of this survey"));
        return;
      }
      if (c instanceof ScoreBetween range) {
        if (target instanceof ScaledQuestion s) {
          Scale scale = s.scale();
          if (range.max() < scale.min() || range.min() > scale.max()) {
            problems.add(
                new Problem(
                    path,
                    ProblemCode.BAD_CONDITION,
                    "the range " + range.min() + ".." + range.max() + " lies outside the scale "
                        + scale.min() + ".." + scale.max() + " of '" + c.questionId() + "'"));
          }
        } else if (!(target instanceof ThumbsQuestion)) {
          problems.add(
              new Problem(
                  path,
                  ProblemCode.BAD_CONDITION,
                  "a score range cannot test '" + c.questionId() + "', a "
                      + target.type().wireName() + " question"));
        }
      } else if (c instanceof ChoiceAmong among) {
        List<Choice> offered = choicesOf(target);
        if (offered.isEmpty()) {
          problems.add(
              new Problem(
                  path,
                  ProblemCode.BAD_CONDITION,
                  "a choice condition cannot test '" + c.questionId() + "', a "
                      + target.type().wireName() + " question"));
        } else {
          for (String choiceId : among.choiceIds()) {
            if (offered.stream().noneMatch(o -> o.id().equals(choiceId))) {
              problems.add(
                  new Problem(
                      path + "/choices",
                      ProblemCode.BAD_CONDITION,
                      "'" + c.questionId() + "' does not offer the choice '" + choiceId + "'"));
            }
          }
        }
      }
    }

    private static List<Choice> choicesOf(Question q) {
      if (q instanceof SingleChoiceQuestion s) {
        return s.choices();
      }
      if (q instanceof MultipleChoiceQuestion m) {
        return m.choices();
      }
      return List.of();
    }
  }
}
