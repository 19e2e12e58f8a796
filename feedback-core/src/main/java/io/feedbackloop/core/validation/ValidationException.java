package io.feedbackloop.core.validation;

import io.feedbackloop.core.FeedbackException;
import java.util.List;

/**
 * Thrown when a survey definition, a response or a JSON document is invalid. Carries every problem
 * found, not just the first. This is the only exception the JSON codec throws for bad input.
 */
public class ValidationException extends FeedbackException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // immutable list of records; Java serialization is not supported
  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param subject what was invalid, e.g. {@code "response r-17"} or {@code "survey definition"}
   * @param problems the problems, at least one
   */
  public ValidationException(String subject, List<Problem> problems) {
    super(message(subject, problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(String subject, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty, but was []");
    }
    StringBuilder sb = new StringBuilder(subject).append(" is invalid (");
    sb.append(problems.size()).append(problems.size() == 1 ? " problem): " : " problems): ");
    for (int i = 0; i < problems.size(); i++) {
      if (i > 0) {
        sb.append("; ");
      }
      sb.append(problems.get(i));
    }
    return sb.toString();
  }

  /** Every problem found, in document order. */
  public List<Problem> problems() {
    return problems;
  }
}
