/**
 * The transactional outbox: messages are queued in the same unit of work as the response or case
 * that caused them, and delivered afterwards, at least once, by a worker that the host runs.
 *
 * <p>Producers see {@link io.feedbackloop.routing.outbox.Outbox}; the {@link
 * io.feedbackloop.routing.outbox.OutboxStore} SPI adds claims with leases, recording results, dead
 * letters and counts ({@link io.feedbackloop.routing.outbox.InMemoryOutboxStore} here, {@link
 * io.feedbackloop.routing.jdbc.JdbcOutboxStore} for a database). The {@link
 * io.feedbackloop.routing.outbox.OutboxWorker} delivers through named channels with a {@link
 * io.feedbackloop.routing.outbox.RetryPolicy}, per-endpoint circuit breakers ({@link
 * io.feedbackloop.routing.outbox.CircuitBreakerConfig}) and a {@link
 * io.feedbackloop.routing.outbox.DeadLetterListener}; the host calls it from its own scheduler or
 * through an {@link io.feedbackloop.routing.outbox.OutboxRunner} on its own executor.
 */
@NullMarked
package io.feedbackloop.routing.outbox;

import org.jspecify.annotations.NullMarked;
