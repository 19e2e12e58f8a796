/**
 * The outbox's implementation: argument checks shared by the stores, the message codec of the JDBC
 * store, the retry decision and the circuit breakers of the worker. No compatibility promise.
 */
@NullMarked
package io.feedbackloop.routing.internal.outbox;

import org.jspecify.annotations.NullMarked;
