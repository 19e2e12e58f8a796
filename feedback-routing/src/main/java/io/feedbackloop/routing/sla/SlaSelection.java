package io.feedbackloop.routing.sla;

import io.feedbackloop.routing.internal.rules.Checks;

/**
 * The policy {@link SlaPolicies} chose, and why.
 *
 * @param policy the chosen policy
 * @param reason what matched, e.g. {@code "priority=urgent"}, {@code "rule=detractor-case"}, {@code
 *     "segment={plan=enterprise}"} or {@code "default"}; contains no free text from the response
 *     beyond the configured attribute values
 */
public record SlaSelection(SlaPolicy policy, String reason) {
  /** Creates a selection. */
  public SlaSelection {
    Checks.notNull("policy", policy);
    Checks.notBlank("reason", reason);
  }
}
