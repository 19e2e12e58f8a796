package io.feedbackloop.examples.demo.shop;

import java.time.Instant;
import java.util.Objects;

/**
 * What the owner of a case does, as the {@link StaffModel} decides it.
 *
 * @param firstContactAt when the owner first contacts the customer
 * @param resolvedAt when the owner resolves the case (not before the first contact)
 * @param rootCause the root cause code, such as {@code carrier_delay}
 * @param message the short customer-facing message, in the customer's language
 * @param withinSla whether first contact (24 h) and resolution (48 h) both met their SLA
 */
public record CaseHandling(
    Instant firstContactAt, Instant resolvedAt, String rootCause, String message, boolean withinSla) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the case is resolved before the first contact
   */
  public CaseHandling {
    Objects.requireNonNull(firstContactAt, "firstContactAt");
    Objects.requireNonNull(resolvedAt, "resolvedAt");
    Objects.requireNonNull(rootCause, "rootCause");
    Objects.requireNonNull(message, "message");
    if (resolvedAt.isBefore(firstContactAt)) {
      throw new IllegalArgumentException(
          "resolvedAt must be >= firstContactAt " + firstContactAt + ", but was " + resolvedAt);
    }
  }
}
