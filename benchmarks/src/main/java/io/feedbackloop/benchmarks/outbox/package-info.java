/**
 * JMH benchmarks of the outbox: messages per second through the JDBC store on embedded PostgreSQL
 * and through the in-memory store, delivered by the {@code OutboxWorker} to a local no-op HTTP
 * receiver, next to posting the same messages directly (no outbox). Results and how to run them:
 * {@code benchmarks/results-outbox.md}.
 */
@NullMarked
package io.feedbackloop.benchmarks.outbox;

import org.jspecify.annotations.NullMarked;
