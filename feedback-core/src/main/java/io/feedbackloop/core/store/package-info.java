/**
 * Storing responses: the {@link io.feedbackloop.core.store.ResponseStore} SPI, its queries and
 * results, and the {@linkplain io.feedbackloop.core.store.InMemoryResponseStore in-memory
 * implementation}. The JDBC implementation and schema management live in {@link
 * io.feedbackloop.core.store.jdbc}.
 *
 * <p>Every store call runs through a {@link io.feedbackloop.core.tx.UnitOfWork}, so it joins the
 * caller's transaction. Every row, key and query carries its {@link io.feedbackloop.core.TenantId}.
 */
@NullMarked
package io.feedbackloop.core.store;

import org.jspecify.annotations.NullMarked;
