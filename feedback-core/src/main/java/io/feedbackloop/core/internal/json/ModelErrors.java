package io.feedbackloop.core.internal.json;

import io.feedbackloop.core.validation.Problem;

/**
 * Points a model constructor's {@link IllegalArgumentException} at the property it is about. The
 * model's messages follow one grammar ({@code "<name> must be <rule>, but was <value>"}), so the
 * name at the start of the message tells which property of the object broke the rule.
 */
final class ModelErrors {
  /** Message prefixes of {@code Scale}'s checks, and the property each names. */
  static final String[][] SCALE = {
    {"max ", "max"}, {"step ", "step"}, {"positiveFrom ", "positiveFrom"},
    {"direction ", "direction"}, {"metric ", "metric"}
  };

  /** Message prefixes of the question records' checks, and the property each names. */
  static final String[][] QUESTION = {
    {"question id ", "id"},
    {"text of question ", "text"},
    {"labels of question ", "labels"},
    {"label value ", "labels"},
    {"label of value ", "labels"},
    {"the scale of ", "scale/metric"},
    {"scale of question ", "scale"},
    {"choices of question ", "choices"},
    {"choice ids of question ", "choices"},
    {"choice of question ", "choices"},
    {"faces of question ", "faces"},
    {"minSelections of question ", "minSelections"},
    {"maxSelections of question ", "maxSelections"},
    {"maxLength of question ", "maxLength"}
  };

  /** Message prefixes of the display conditions' checks, and the property each names. */
  static final String[][] CONDITION = {
    {"questionId ", "question"}, {"choiceIds ", "choices"}, {"choiceId ", "choices"}, {"max ", "max"}
  };

  private ModelErrors() {}

  /** {@code base} extended by the property {@code message} names, or {@code base} itself. */
  static String path(String base, String message, String[][] table) {
    for (String[] entry : table) {
      if (message.startsWith(entry[0])) {
        return base + "/" + entry[1];
      }
    }
    return base;
  }

  /** The pointer of property {@code name} of the object at {@code base}. */
  static String child(String base, String name) {
    return base + "/" + Problem.escape(name);
  }
}
