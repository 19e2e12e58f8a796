/**
 * Units of work: the small SPI through which every SDK store joins one transaction, so that one
 * submit (response, cases, outbox messages) is stored all-or-nothing.
 *
 * <p>{@link io.feedbackloop.core.tx.UnitOfWork} has three stock implementations: {@linkplain
 * io.feedbackloop.core.tx.UnitOfWork#jdbc SDK-managed JDBC} transactions, the {@linkplain
 * io.feedbackloop.core.tx.UnitOfWork#hostManaged host's own transaction} (Spring, JTA), and an
 * {@linkplain io.feedbackloop.core.tx.UnitOfWork#inMemory in-memory} undo log for the in-memory
 * stores.
 */
@NullMarked
package io.feedbackloop.core.tx;

import org.jspecify.annotations.NullMarked;
