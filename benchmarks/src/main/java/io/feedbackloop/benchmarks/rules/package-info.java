/**
 * JMH benchmarks of the rule engine: our {@code RuleEngine} next to the same rules as a
 * hand-written loop of ifs (the floor), Easy Rules with MVEL and Drools (stateless session over
 * batches). Results and how to run them: {@code benchmarks/results-rules.md}.
 */
@NullMarked
package io.feedbackloop.benchmarks.rules;

import org.jspecify.annotations.NullMarked;
