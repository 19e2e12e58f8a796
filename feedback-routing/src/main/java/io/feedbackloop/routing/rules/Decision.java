package io.feedbackloop.routing.rules;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.internal.rules.Checks;
import java.util.List;

/**
 * What a rule set decided for one response: the matched rules in evaluation order, their actions
 * in order with idempotency keys, and, in explain mode, an explanation for every rule.
 *
 * <p>Evaluation is deterministic: the same response and rule set give an equal decision.
 *
 * @param tenant the response's tenant
 * @param responseId the response id
 * @param ruleSetId the rule set evaluated
 * @param ruleSetVersion its version (for audit; not part of any action key)
 * @param matchedRules the ids of the matched rules, in evaluation order
 * @param actions the actions of the matched rules, in order
 * @param explanations one per rule in evaluation order in explain mode; else empty
 */
public record Decision(
    TenantId tenant,
    String responseId,
    String ruleSetId,
    int ruleSetVersion,
    List<String> matchedRules,
    List<KeyedAction> actions,
    List<RuleExplanation> explanations) {

  /** Creates the value; lists are copied. */
  public Decision {
    Checks.notNull("tenant", tenant);
    Checks.notNull("responseId", responseId);
    Checks.notNull("ruleSetId", ruleSetId);
    matchedRules = List.copyOf(matchedRules);
    actions = List.copyOf(actions);
    explanations = List.copyOf(explanations);
  }

  /** Tells whether no rule matched. */
  public boolean isEmpty() {
    return matchedRules.isEmpty();
  }

  /** The actions of one kind, in order. */
  public <A extends Action> List<A> actionsOf(Class<A> type) {
    return actions.stream().map(KeyedAction::action).filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * A readable rendering of the explanations, one line per rule and condition; only the matched
   * rules' ids without explain mode.
   */
  public String explainText() {
    StringBuilder out =
        new StringBuilder("response ")
            .append(responseId)
            .append(", rule set ")
            .append(ruleSetId)
            .append(" v")
            .append(ruleSetVersion)
            .append(": matched ")
            .append(matchedRules)
            .append('\n');
    for (RuleExplanation e : explanations) {
      out.append("rule ").append(e.ruleId()).append(" (priority ").append(e.priority());
      out.append("): ").append(e.outcome()).append('\n');
      ConditionTrace t = e.trace();
      if (t != null) {
        t.render(out, "  ");
      }
    }
    return out.toString();
  }
}
