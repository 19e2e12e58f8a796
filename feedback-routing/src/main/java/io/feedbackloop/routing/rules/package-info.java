/**
 * The follow-up rule engine: rules that decide what happens after a response arrives.
 *
 * <p>A {@link io.feedbackloop.routing.rules.RuleSet} holds versioned {@link
 * io.feedbackloop.routing.rules.Rule}s, each a {@link io.feedbackloop.routing.rules.Condition}
 * (written with the {@link io.feedbackloop.routing.rules.Conditions} DSL or read from JSON by
 * {@link io.feedbackloop.routing.rules.RuleJson}) and one or more {@link
 * io.feedbackloop.routing.rules.Action}s. A {@link io.feedbackloop.routing.rules.RuleEngine}
 * binds a rule set to the surveys it reads, compiles it once, and evaluates responses into {@link
 * io.feedbackloop.routing.rules.Decision}s: actions as data, each with a stable idempotency key.
 * Executing them belongs to the case and delivery parts of this module. {@link
 * io.feedbackloop.routing.rules.Playbook} is the built-in closed-loop rule set; {@link
 * io.feedbackloop.routing.rules.Simulation} replays history to tune rules before switching them on.
 */
@NullMarked
package io.feedbackloop.routing.rules;

import org.jspecify.annotations.NullMarked;
