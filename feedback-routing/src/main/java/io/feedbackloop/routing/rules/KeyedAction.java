package io.feedbackloop.routing.rules;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.internal.rules.ActionKeys;
import io.feedbackloop.routing.internal.rules.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An action asked for by a matched rule, with its idempotency key.
 *
 * <p>The key is stable: a hash of the tenant, the response id, the rule id and the action's
 * position within the rule, and nothing else; in particular not the rule-set version. Executing
 * the same decision twice, or evaluating the response again after a rule reload, yields the same
 * keys, so executors (cases, outbox) can store each key once and never duplicate an action. The key
 * is computed on first use, so that evaluations whose actions are only counted (simulation) do not
 * pay for hashing.
 *
 * <p>Immutable and thread-safe; equal when tenant, response, rule, index and action are equal.
 */
public final class KeyedAction {
  private final TenantId tenant;
  private final String responseId;
  private final String ruleId;
  private final int index;
  private final Action action;
  private @Nullable String key; // racy single-check: computing twice gives the same string

  /**
   * Creates the value.
   *
   * @param tenant the response's tenant
   * @param responseId the response id
   * @param ruleId the rule that asked for the action
   * @param index the position of the action within the rule, from 0
   * @param action the action
   */
  public KeyedAction(TenantId tenant, String responseId, String ruleId, int index, Action action) {
    this.tenant = Checks.notNull("tenant", tenant);
    this.responseId = Checks.notNull("responseId", responseId);
    this.ruleId = Checks.identifier("ruleId", ruleId);
    Checks.check(index >= 0, "index", ">= 0", index);
    this.index = index;
    this.action = Checks.notNull("action", action);
  }

  /** The idempotency key: 32 lower-case hex characters (128 bits of SHA-256). */
  public String key() {
    String k = key;
    if (k == null) {
      k = ActionKeys.key(tenant, responseId, ruleId, index);
      key = k;
    }
    return k;
  }

  /** The rule that asked for the action. */
  public String ruleId() {
    return ruleId;
  }

  /** The position of the action within the rule, from 0. */
  public int index() {
    return index;
  }

  /** The action. */
  public Action action() {
    return action;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof KeyedAction k
        && tenant.equals(k.tenant)
        && responseId.equals(k.responseId)
        && ruleId.equals(k.ruleId)
        && index == k.index
        && action.equals(k.action);
  }

  @Override
  public int hashCode() {
    return ((responseId.hashCode() * 31 + ruleId.hashCode()) * 31 + index) * 31 + action.hashCode();
  }

  @Override
  public String toString() {
    return "KeyedAction[" + ruleId + "#" + index + " " + action.kind() + "]";
  }
}
