package io.feedbackloop.routing.rules;

import io.feedbackloop.routing.internal.rules.Checks;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why one rule matched or not, in explain mode.
 *
 * @param ruleId the rule
 * @param priority its priority
 * @param outcome what happened to it
 * @param trace the evaluation of its condition; null unless the condition was evaluated
 */
public record RuleExplanation(
    String ruleId, int priority, Outcome outcome, @Nullable ConditionTrace trace) {

  /** What happened to a rule. */
  public enum Outcome {
    /** The condition matched; the rule's actions are in the decision. */
    MATCHED,
    /** The condition did not match. */
    NOT_MATCHED,
    /** The rule is disabled. */
    DISABLED,
    /** The response was submitted outside the rule's effective period. */
    NOT_EFFECTIVE,
    /** An earlier matched rule stopped processing. */
    NOT_REACHED
  }

  /** Creates the value. */
  public RuleExplanation {
    Checks.identifier("ruleId", ruleId);
    Checks.notNull("outcome", outcome);
  }

  /** The condition trace, if the condition was evaluated. */
  public Optional<ConditionTrace> conditionTrace() {
    return Optional.ofNullable(trace);
  }
}
