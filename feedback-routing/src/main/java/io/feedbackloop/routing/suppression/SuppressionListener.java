package io.feedbackloop.routing.suppression;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;

/**
 * Told about every suppression that {@link InboundSignals} records, after the store has it: wire
 * {@code InvitationService::cancelReminders} here (via {@link #cancellingReminders}) so that a
 * respondent who unsubscribes gets no reminder. A listener that throws is caught and logged; the
 * suppression stands.
 */
@FunctionalInterface
public interface SuppressionListener {

  /** Called once per newly recorded entry (not for a repeated signal). */
  void suppressed(Suppression entry);

  /** A listener that does nothing. */
  static SuppressionListener noop() {
    return entry -> {};
  }

  /**
   * A listener that cancels the respondent's pending reminders through {@code canceller}, e.g.
   * {@code SuppressionListener.cancellingReminders(invitations::cancelReminders)}.
   */
  static SuppressionListener cancellingReminders(ReminderCanceller canceller) {
    return entry -> canceller.cancelReminders(entry.tenant(), entry.respondent());
  }

  /** Cancels a respondent's pending reminders; {@code InvitationService::cancelReminders} fits. */
  @FunctionalInterface
  interface ReminderCanceller {
    /** Cancels the reminders and returns how many there were. */
    int cancelReminders(TenantId tenant, RespondentId respondent);
  }
}
