package io.feedbackloop.routing.suppression;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import java.util.Optional;

/**
 * The suppression list as the invitation service reads it. Thread-safe; the store behind it is the
 * source of truth (a cache in front of it must be invalidated on every change).
 */
public interface SuppressionList {

  /**
   * The entry that blocks contacting {@code respondent} through {@code channel}, if any (an entry
   * for all channels counts).
   *
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  Optional<Suppression> find(TenantId tenant, RespondentId respondent, String channel);
}
