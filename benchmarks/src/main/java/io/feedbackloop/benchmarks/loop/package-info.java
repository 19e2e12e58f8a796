/**
 * JMH benchmarks of the whole loop's submit ({@code FeedbackLoop.submitJson}: parse, validate,
 * store, classify, rules, cases, outbox) on in-memory stores and on embedded PostgreSQL, each beside
 * what a user would hand-write without the SDK, plus a small program that measures the heap kept
 * per stored response. Results and how to run them: {@code benchmarks/README.md}.
 */
@NullMarked
package io.feedbackloop.benchmarks.loop;

import org.jspecify.annotations.NullMarked;
