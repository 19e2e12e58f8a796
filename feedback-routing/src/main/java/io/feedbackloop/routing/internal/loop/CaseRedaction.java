package io.feedbackloop.routing.internal.loop;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.cases.AuditEntry;
import io.feedbackloop.routing.cases.CaseNote;
import io.feedbackloop.routing.cases.FollowUpCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How erasure anonymizes a case: it keeps the case (status, team, owner, priority, tags, root
 * causes, timestamps, SLA data, pauses, linked response ids and the audit trail's entries) and
 * drops what a person wrote or what points at the person. Pure; the stores persist the result.
 *
 * <ul>
 *   <li>the erased respondent leaves {@link FollowUpCase#respondents()}; audit entries that named
 *       them say {@value #ERASED} instead;
 *   <li>every note's text, the resolution summary and the customer message become {@value
 *       #ERASED} (free text about one person on a case about several cannot be told apart, so all
 *       of it goes);
 *   <li>the change is one new version with an audit entry {@value #FIELD} by {@value #ACTOR}, so a
 *       concurrent editor holding the old version fails instead of writing the texts back.
 * </ul>
 */
public final class CaseRedaction {
  /** What replaces erased text and references. */
  public static final String ERASED = "(erased)";
  /** The audit field of the erasure entry. */
  public static final String FIELD = "erasure";
  /** The audit actor of the erasure entry. */
  public static final String ACTOR = "system";

  private CaseRedaction() {}

  /** {@code c} anonymized for {@code who} at {@code now}, one version later. */
  public static FollowUpCase redact(FollowUpCase c, RespondentId who, Instant now) {
    long version = c.version() + 1;
    List<RespondentId> respondents = new ArrayList<>(c.respondents());
    respondents.remove(who);
    List<CaseNote> notes = new ArrayList<>();
    for (CaseNote n : c.notes()) {
      notes.add(new CaseNote(n.version(), n.at(), n.author(), ERASED));
    }
    List<AuditEntry> audit = new ArrayList<>();
    for (AuditEntry e : c.audit()) {
      audit.add(
          AuditEntry.RESPONDENT.equals(e.field())
              ? new AuditEntry(
                  e.version(), e.at(), e.actor(), e.field(), mask(e.from(), who), mask(e.to(), who))
              : e);
    }
    Instant at = now.isBefore(c.updatedAt()) ? c.updatedAt() : now;
    audit.add(new AuditEntry(version, at, ACTOR, FIELD, null, null));
    return c.toBuilder()
        .version(version)
        .updatedAt(at)
        .respondents(respondents)
        .notes(notes)
        .resolutionSummary(c.resolutionSummary().isPresent() ? ERASED : null)
        .customerMessage(c.customerMessage().isPresent() ? ERASED : null)
        .audit(audit)
        .build();
  }

  private static @Nullable String mask(@Nullable String value, RespondentId who) {
    return Objects.equals(value, who.value()) ? ERASED : value;
  }
}
