/**
 * The transactional outbox: messages are queued in the same unit of work as the response or case
 * that caused them, and delivered afterwards, at least once, by a worker that the host runs.
 */
@NullMarked
package io.feedbackloop.routing.outbox;

import org.jspecify.annotations.NullMarked;
