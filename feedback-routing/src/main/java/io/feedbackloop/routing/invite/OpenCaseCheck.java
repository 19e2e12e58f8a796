package io.feedbackloop.routing.invite;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;

/**
 * Tells whether a respondent has an open case, so that nobody is surveyed while their problem is
 * being worked on. The case module implements it; by default nobody has one. Implementations must
 * be thread-safe; the service calls it outside its transaction. One that throws is logged and the
 * invitation is suppressed with {@link ReasonCode#OPEN_CASE_CHECK_FAILED}.
 */
@FunctionalInterface
public interface OpenCaseCheck {

  /** Tells whether {@code respondent} has an open case in {@code tenant}. */
  boolean hasOpenCase(TenantId tenant, RespondentId respondent);

  /** The default: no respondent ever has an open case. */
  static OpenCaseCheck none() {
    return (tenant, respondent) -> false;
  }
}
