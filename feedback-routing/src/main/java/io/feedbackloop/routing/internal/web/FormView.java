package io.feedbackloop.routing.internal.web;

import io.feedbackloop.core.survey.Survey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one survey form page shows.
 *
 * @param survey the survey
 * @param language the page language
 * @param action where the form posts, e.g. {@code /s/<token>}
 * @param values the field values to pre-fill (posted earlier, or the one-click score)
 * @param errors the localized error message by question id
 * @param formErrors localized errors that belong to no question
 * @param step the ids of the questions to ask in a second step; empty for the whole survey (then
 *     every other answer travels in hidden fields)
 * @param zone the posted {@code tz} value to keep, or empty
 */
public record FormView(
    Survey survey,
    Locale language,
    String action,
    Map<String, List<String>> values,
    Map<String, String> errors,
    List<String> formErrors,
    Set<String> step,
    String zone) {

  /** Copies the collections. */
  public FormView {
    values = Map.copyOf(values);
    errors = Map.copyOf(errors);
    formErrors = List.copyOf(formErrors);
    step = Set.copyOf(step);
  }

  /** A fresh form with {@code values} pre-filled and nothing wrong. */
  public static FormView fresh(Survey survey, Locale language, String action, Map<String, List<String>> values) {
    return new FormView(survey, language, action, values, Map.of(), List.of(), Set.of(), "");
  }

  /** Whether the page has errors to show. */
  public boolean hasErrors() {
    return !errors.isEmpty() || !formErrors.isEmpty();
  }
}
