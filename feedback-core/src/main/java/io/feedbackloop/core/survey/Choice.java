package io.feedbackloop.core.survey;

import io.feedbackloop.core.internal.Args;

/**
 * One option of a choice question.
 *
 * @param id the stable id an answer refers to
 * @param label the label shown, in one or more languages
 */
public record Choice(String id, LocalizedText label) {

  /** Creates a choice, checking the id's form. */
  public Choice {
    Args.identifier("choice id", id);
    Args.notNull("label", label);
  }

  /** A choice with a label in one language. */
  public static Choice of(String id, java.util.Locale locale, String label) {
    return new Choice(id, LocalizedText.of(locale, label));
  }
}
