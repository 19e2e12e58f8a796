package io.feedbackloop.routing.internal.rules;

import io.feedbackloop.routing.rules.ConditionTrace;

/** A compiled condition. Immutable and thread-safe; all per-response state lives in {@link Facts}. */
public interface Matcher {

  /** Tells whether the condition matches. */
  boolean test(Facts facts);

  /** Evaluates the condition with a trace; {@code path} is its JSON pointer within the rule. */
  ConditionTrace explain(Facts facts, String path);
}
