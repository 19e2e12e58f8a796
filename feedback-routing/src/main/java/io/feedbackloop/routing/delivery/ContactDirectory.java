package io.feedbackloop.routing.delivery;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up how to reach a respondent, at send time, in the host's own customer records: the SDK
 * then stores respondent ids only, never e-mail addresses or phone numbers. Implementations must be
 * thread-safe; a lookup may do I/O. An exception thrown by a lookup is treated by the channels as
 * a retryable delivery failure.
 */
@FunctionalInterface
public interface ContactDirectory {

  /**
   * Finds the contact details of {@code respondent} in {@code tenant}.
   *
   * @return the contact, or empty if the respondent is unknown (the message then fails
   *     permanently)
   */
  Optional<Contact> find(TenantId tenant, RespondentId respondent);

  /** A directory that knows nobody. */
  static ContactDirectory empty() {
    return (tenant, respondent) -> Optional.empty();
  }

  /** A fixed directory, for tests and demos: respondent id to contact, the same for every tenant. */
  static ContactDirectory of(Map<String, Contact> contacts) {
    Map<String, Contact> copy = Map.copyOf(contacts);
    return (tenant, respondent) -> Optional.ofNullable(copy.get(respondent.value()));
  }
}
