package io.feedbackloop.core.response;

import io.feedbackloop.core.internal.Args;

/**
 * A free-text answer. Its {@link #toString()} never shows the text (it may hold personal data);
 * only its length.
 *
 * @param questionId the question answered
 * @param text the text as typed (may be empty)
 */
public record TextAnswer(String questionId, String text) implements Answer {

  /** Creates the answer, checking the question id. */
  public TextAnswer {
    Args.identifier("questionId", questionId);
    Args.notNull("text", text);
  }

  @Override
  public String typeName() {
    return "text";
  }

  /** Length of the text in Unicode code points. */
  public int length() {
    return text.codePointCount(0, text.length());
  }

  @Override
  public String toString() {
    return "TextAnswer[questionId=" + questionId + ", text=<" + length() + " characters>]";
  }
}
