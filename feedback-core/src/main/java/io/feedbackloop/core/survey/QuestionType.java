package io.feedbackloop.core.survey;

import java.util.Optional;

/** The closed set of question kinds, with their stable JSON type names. */
public enum QuestionType {
  /** {@link NpsQuestion}. */
  NPS("nps"),
  /** {@link CsatQuestion}. */
  CSAT("csat"),
  /** {@link CesQuestion}. */
  CES("ces"),
  /** {@link RatingQuestion}. */
  RATING("rating"),
  /** {@link ThumbsQuestion}. */
  THUMBS("thumbs"),
  /** {@link SmileyQuestion}. */
  SMILEY("smiley"),
  /** {@link SingleChoiceQuestion}. */
  SINGLE_CHOICE("single_choice"),
  /** {@link MultipleChoiceQuestion}. */
  MULTIPLE_CHOICE("multiple_choice"),
  /** {@link TextQuestion}. */
  TEXT("text");

  private final String wireName;

  QuestionType(String wireName) {
    this.wireName = wireName;
  }

  /** The stable name used as {@code "type"} in JSON. */
  public String wireName() {
    return wireName;
  }

  /** The type with this JSON name, if there is one. */
  public static Optional<QuestionType> fromWireName(String name) {
    for (QuestionType t : values()) {
      if (t.wireName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
