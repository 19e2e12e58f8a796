package io.feedbackloop.routing.link;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.internal.rules.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link PublicLinks#admit}: whether a visitor may answer through a public link, and
 * why not.
 *
 * @param outcome the outcome, a reason code
 * @param tenant the link's tenant; null only for {@link Outcome#UNKNOWN_LINK}
 * @param surveyId the link's survey; null only for {@link Outcome#UNKNOWN_LINK}
 */
public record Admission(Outcome outcome, @Nullable TenantId tenant, @Nullable String surveyId) {

  /** The reason codes. */
  public enum Outcome {
    /** The visitor may answer; the visit is recorded. */
    ADMITTED,
    /** The link got more answers than its rate allows; try again later. */
    RATE_LIMITED,
    /** The same device or respondent answered through this link within the duplicate window. */
    DUPLICATE,
    /** No public link has this token. */
    UNKNOWN_LINK
  }

  /** Checks that tenant and survey are present unless the link is unknown. */
  public Admission {
    Checks.notNull("outcome", outcome);
    Checks.check(
        (outcome == Outcome.UNKNOWN_LINK) == (tenant == null && surveyId == null),
        "tenant and surveyId",
        "absent exactly when the link is unknown",
        outcome + " with tenant " + tenant);
  }

  /** Tells whether the visitor may answer. */
  public boolean admitted() {
    return outcome == Outcome.ADMITTED;
  }

  static Admission of(Outcome outcome, PublicLinkRecord link) {
    return new Admission(outcome, link.tenant(), link.surveyId());
  }

  static Admission unknownLink() {
    return new Admission(Outcome.UNKNOWN_LINK, null, null);
  }
}
