package io.feedbackloop.core.validation;

/**
 * The stable machine codes of validation problems. The {@link #code()} strings are part of the
 * public contract: they never change meaning and are never removed.
 *
 * <p>Response problems:
 *
 * <ul>
 *   <li>{@code unknown_survey}: the survey id is not known;
 *   <li>{@code unknown_survey_version}: the survey is known, but not in that version;
 *   <li>{@code unknown_question}: an answer to a question the survey does not have;
 *   <li>{@code wrong_answer_type}: e.g. a text answer to an NPS question;
 *   <li>{@code off_scale}: a score outside the question's range;
 *   <li>{@code not_on_step}: a score inside the range but not on its step;
 *   <li>{@code unknown_choice}: a choice the question does not offer;
 *   <li>{@code duplicate_choice}: the same choice twice in one answer;
 *   <li>{@code too_few_selections}, {@code too_many_selections}: outside the selection bounds
 *       (a single-choice answer must hold exactly one);
 *   <li>{@code missing_answer}: a required, shown question without an answer (a blank text does
 *       not count as an answer);
 *   <li>{@code text_too_long}: more characters than the question allows;
 *   <li>{@code duplicate_answer}: two answers to one question;
 *   <li>{@code not_shown}: an answer to a question whose display condition was not met.
 * </ul>
 *
 * <p>Survey definition problems: {@code invalid_definition} (a rule of the model is broken, the
 * message says which), {@code duplicate_question}, {@code missing_text} (no text in the default
 * locale), {@code bad_condition} (a display condition refers to an unknown or later question, or
 * one it cannot test).
 *
 * <p>JSON problems: {@code json_syntax}, {@code json_unknown_property}, {@code
 * json_duplicate_key}, {@code json_missing_property}, {@code json_wrong_type}, {@code
 * json_invalid_value}, {@code json_too_large}, {@code json_too_deep}, {@code
 * json_unsupported_version}.
 */
public enum ProblemCode {
  /** The survey id is not known. */
  UNKNOWN_SURVEY("unknown_survey"),
  /** The survey is known, but not in that version. */
  UNKNOWN_SURVEY_VERSION("unknown_survey_version"),
  /** An answer to a question the survey does not have. */
  UNKNOWN_QUESTION("unknown_question"),
  /** An answer of the wrong kind for its question. */
  WRONG_ANSWER_TYPE("wrong_answer_type"),
  /** A score outside the question's range. */
  OFF_SCALE("off_scale"),
  /** A score inside the range but not on its step. */
  NOT_ON_STEP("not_on_step"),
  /** A choice the question does not offer. */
  UNKNOWN_CHOICE("unknown_choice"),
  /** The same choice twice in one answer. */
  DUPLICATE_CHOICE("duplicate_choice"),
  /** Fewer choices than the question requires. */
  TOO_FEW_SELECTIONS("too_few_selections"),
  /** More choices than the question allows. */
  TOO_MANY_SELECTIONS("too_many_selections"),
  /** A required, shown question without an answer. */
  MISSING_ANSWER("missing_answer"),
  /** A text longer than the question allows. */
  TEXT_TOO_LONG("text_too_long"),
  /** Two answers to one question. */
  DUPLICATE_ANSWER("duplicate_answer"),
  /** An answer to a question that was not shown. */
  NOT_SHOWN("not_shown"),
  /** A rule of the survey model is broken. */
  INVALID_DEFINITION("invalid_definition"),
  /** Two questions with one id. */
  DUPLICATE_QUESTION("duplicate_question"),
  /** A text missing in the survey's default locale. */
  MISSING_TEXT("missing_text"),
  /** A display condition that cannot be evaluated. */
  BAD_CONDITION("bad_condition"),
  /** The JSON is not well-formed (or has trailing content). */
  JSON_SYNTAX("json_syntax"),
  /** A property the format does not define. */
  JSON_UNKNOWN_PROPERTY("json_unknown_property"),
  /** A property given twice in one object. */
  JSON_DUPLICATE_KEY("json_duplicate_key"),
  /** A required property is missing. */
  JSON_MISSING_PROPERTY("json_missing_property"),
  /** A value of the wrong JSON type (a string where a number belongs). */
  JSON_WRONG_TYPE("json_wrong_type"),
  /** A value of the right type that is not allowed (an unknown type name, a bad locale). */
  JSON_INVALID_VALUE("json_invalid_value"),
  /** The document is larger than the limit. */
  JSON_TOO_LARGE("json_too_large"),
  /** The document nests deeper than the limit. */
  JSON_TOO_DEEP("json_too_deep"),
  /** A {@code schemaVersion} this SDK does not read. */
  JSON_UNSUPPORTED_VERSION("json_unsupported_version");

  private final String code;

  ProblemCode(String code) {
    this.code = code;
  }

  /** The stable code string, e.g. {@code off_scale}. */
  public String code() {
    return code;
  }
}
