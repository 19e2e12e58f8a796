package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.rules.Checks;
import java.util.UUID;

/**
 * The id of a follow-up case, unique within its tenant: 1 to 64 ASCII letters, digits, {@code '.'},
 * {@code '_'} or {@code '-'}, starting with a letter or digit, e.g. {@code c-12}.
 *
 * @param value the id
 */
public record CaseId(String value) {

  /**
   * Creates the id, checking its form.
   *
   * @throws IllegalArgumentException if the value is not of the documented form
   * @throws NullPointerException if the value is null
   */
  public CaseId {
    Checks.identifier("case id", value);
  }

  /**
   * The case id with this value.
   *
   * @throws IllegalArgumentException if the value is not of the documented form
   */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  /** A new random id, {@code c-} and 32 lower-case hex digits; what {@link CaseService} uses. */
  public static CaseId random() {
    return new CaseId("c-" + UUID.randomUUID().toString().replace("-", ""));
  }

  @Override
  public String toString() {
    return value;
  }
}
