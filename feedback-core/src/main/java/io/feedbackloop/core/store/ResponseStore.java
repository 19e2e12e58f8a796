package io.feedbackloop.core.store;

import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Stores responses, append-only and idempotent, and reads them back by tenant.
 *
 * <p><b>Idempotency.</b> A response is stored at most once per tenant, survey and {@linkplain
 * Response#idempotencyKey() idempotency key}. Appending again under a taken key with the {@linkplain
 * Response#sameContentAs same content} stores nothing and returns the response stored first; with
 * other content it throws {@link IdempotencyConflictException}. Response ids are unique per tenant.
 * This holds under concurrency, and across nodes for the JDBC store.
 *
 * <p><b>Transactions.</b> Implementations run every call through their {@link
 * io.feedbackloop.core.tx.UnitOfWork}, so a call made inside {@code inTransaction} of the same unit
 * of work joins that transaction and is undone if it rolls back.
 *
 * <p><b>Tenants.</b> Every call is scoped to one tenant: nothing of another tenant is ever read,
 * counted or erased, even under equal ids, keys or respondent ids.
 *
 * <p>Implementations are thread-safe. Every method throws {@link NullPointerException} naming the
 * parameter when a required argument is null, and {@link StoreException} when the underlying
 * storage fails.
 */
public interface ResponseStore {

  /** Largest page size {@link #page} accepts. */
  int MAX_PAGE_SIZE = 1000;

  /**
   * Stores {@code response} unless its idempotency key is already taken.
   *
   * @return the stored response and whether this call stored it
   * @throws IdempotencyConflictException if the key, or the response id, is taken by a response
   *     with other content; nothing is stored
   * @throws IllegalArgumentException if the response's JSON form is larger than {@link
   *     io.feedbackloop.core.json.FeedbackJson#DEFAULT_MAX_RESPONSE_BYTES} (the store could not read
   *     it back); nothing is stored
   */
  AppendResult append(Response response);

  /** The response of {@code tenant} with id {@code responseId}, if stored. */
  Optional<Response> get(TenantId tenant, String responseId);

  /**
   * The responses matching {@code query}, ordered by submission time, then id.
   *
   * <p>The stream is lazy: the JDBC store reads through a database cursor and holds a connection
   * (and, outside an enclosing transaction, a transaction) until the stream is closed. <b>Always
   * close it</b>, e.g. with try-with-resources. Inside an enclosing transaction, consume it before
   * that transaction ends.
   */
  Stream<Response> stream(ResponseQuery query);

  /**
   * One page of the responses matching {@code query}, in {@link #stream} order, using keyset
   * pagination: pass the previous page's {@link Page#next()} as {@code after}. Pages neither skip
   * nor repeat responses, also when many share a submission time; responses appended meanwhile
   * appear on a later page if they sort after the token's position.
   *
   * @param size the most items on the page, 1 to {@value #MAX_PAGE_SIZE}
   * @param after null for the first page, else a token from a previous page of the same query
   * @throws IllegalArgumentException if {@code size} is out of range, or {@code after} is not a
   *     token of this query
   */
  Page<Response> page(ResponseQuery query, int size, @Nullable String after);

  /** The number of responses matching {@code query}. */
  long count(ResponseQuery query);

  /**
   * Erases every response of {@code respondent} in {@code tenant} (GDPR erasure). Idempotent: a
   * second call erases nothing. Other respondents and tenants are untouched.
   *
   * @return what was erased
   */
  ErasureReport erase(TenantId tenant, RespondentId respondent);

  /** Most rows {@link #deleteSubmittedBefore} deletes in one call. */
  int MAX_DELETE_BATCH = 10_000;

  /**
   * Deletes up to {@code limit} responses of <em>any</em> tenant submitted strictly before {@code
   * cutoff}, with their attributes (retention). A response submitted exactly at {@code cutoff} is
   * kept. Call it again until it returns less than {@code limit} to purge everything due; each call
   * is one bounded statement, so a large purge never holds one huge transaction (run each call in
   * its own transaction).
   *
   * <p>The default throws {@link UnsupportedOperationException}, so that implementations written
   * before this method still compile; the stock stores implement it.
   *
   * @param cutoff responses submitted before this instant are deleted
   * @param limit the most responses to delete, 1 to {@value #MAX_DELETE_BATCH}
   * @return the number of responses deleted, 0 to {@code limit}
   * @throws IllegalArgumentException if {@code limit} is out of range
   * @throws UnsupportedOperationException if the store does not support retention
   */
  default int deleteSubmittedBefore(Instant cutoff, int limit) {
    throw new UnsupportedOperationException(
        getClass().getName() + " does not support deleteSubmittedBefore (retention)");
  }
}
