package io.feedbackloop.core.store;

import io.feedbackloop.core.FeedbackException;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.internal.Args;

/**
 * An append that would silently replace or duplicate a stored response: its idempotency key, or its
 * id, is already taken by a response with other content. Nothing was stored.
 *
 * <p>The message names the tenant, survey, idempotency key and the id of the stored response, never
 * answers or attribute values.
 */
public final class IdempotencyConflictException extends FeedbackException {
  private static final long serialVersionUID = 1L;

  /** Which uniqueness rule the append broke. */
  public enum Reason {
    /** The tenant + survey + idempotency key is taken by a response with other content. */
    KEY_REUSED,
    /** The tenant + response id is taken by another response. */
    ID_REUSED
  }

  private final Reason reason;
  private final TenantId tenant;
  private final String surveyId;
  private final String idempotencyKey;
  private final String storedResponseId;

  /**
   * Creates the exception.
   *
   * @param reason which rule was broken
   * @param tenant the tenant
   * @param surveyId the survey of the stored response
   * @param idempotencyKey the idempotency key of the stored response
   * @param storedResponseId the id of the stored response
   */
  public IdempotencyConflictException(
      Reason reason,
      TenantId tenant,
      String surveyId,
      String idempotencyKey,
      String storedResponseId) {
    super(message(reason, tenant, surveyId, idempotencyKey, storedResponseId));
    this.reason = reason;
    this.tenant = tenant;
    this.surveyId = surveyId;
    this.idempotencyKey = idempotencyKey;
    this.storedResponseId = storedResponseId;
  }

  private static String message(
      Reason reason, TenantId tenant, String surveyId, String key, String storedId) {
    Args.notNull("reason", reason);
    Args.notNull("tenant", tenant);
    Args.notNull("surveyId", surveyId);
    Args.notNull("idempotencyKey", key);
    Args.notNull("storedResponseId", storedId);
    String k = Args.printable(key);
    return switch (reason) {
      case KEY_REUSED ->
          "idempotency key '"
              + k
              + "' of tenant '"
              + tenant
              + "' and survey '"
              + surveyId
              + "' is already used by stored response '"
              + storedId
              + "' with other content";
      case ID_REUSED ->
          "response id '"
              + storedId
              + "' of tenant '"
              + tenant
              + "' is already used by a stored response with other content (survey '"
              + surveyId
              + "', idempotency key '"
              + k
              + "')";
    };
  }

  /** Which rule the append broke. */
  public Reason reason() {
    return reason;
  }

  /** The tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** The survey of the stored response. */
  public String surveyId() {
    return surveyId;
  }

  /** The idempotency key of the stored response. */
  public String idempotencyKey() {
    return idempotencyKey;
  }

  /** The id of the stored response. */
  public String storedResponseId() {
    return storedResponseId;
  }
}
