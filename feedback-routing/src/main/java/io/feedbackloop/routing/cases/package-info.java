/**
 * Follow-up cases: the work item a rule opens when a response needs a human (a detractor to call
 * back, a recurring problem to fix).
 *
 * <p>A {@link io.feedbackloop.routing.cases.FollowUpCase} (named so to stay clear of the Java
 * keyword) is an immutable value with an append-only audit trail. Its {@link
 * io.feedbackloop.routing.cases.CaseStatus} moves only along the transitions of {@link
 * io.feedbackloop.routing.cases.CaseLifecycle}. {@link io.feedbackloop.routing.cases.CaseService}
 * holds the commands (open, assign, start progress, hold, resume, resolve, close, reopen, notes,
 * tags, links); every command takes the version the caller last saw and fails with {@link
 * io.feedbackloop.routing.cases.CaseConflictException} when someone else changed the case first.
 * {@link io.feedbackloop.routing.cases.CaseStore} is the storage SPI, shipped in memory ({@link
 * io.feedbackloop.routing.cases.InMemoryCaseStore}) and on JDBC ({@code
 * io.feedbackloop.routing.jdbc.JdbcCaseStore}).
 *
 * <p>Notes, resolution summaries and customer messages are free text and may hold personal data:
 * they never appear in {@code toString()}, in exception messages or in logs.
 */
@NullMarked
package io.feedbackloop.routing.cases;

import org.jspecify.annotations.NullMarked;
