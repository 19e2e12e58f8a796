package io.feedbackloop.routing.internal.loop;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.loop.RespondentErasure;
import io.feedbackloop.routing.loop.RespondentExport;
import java.time.Instant;

/** Erasure and export of one respondent across every store of a loop. */
public final class LoopPrivacy {

  private LoopPrivacy() {}

  /** Erases one respondent everywhere in one unit of work; idempotent. */
  @SuppressWarnings("DoNotCallSuggester") // a stub until built
  public static RespondentErasure erase(
      LoopStores stores, TenantId tenant, RespondentId respondent, Instant now) {
    throw new UnsupportedOperationException("LoopPrivacy.erase: not built yet");
  }

  /** Exports everything held about one respondent. */
  @SuppressWarnings("DoNotCallSuggester") // a stub until built
  public static RespondentExport export(
      LoopStores stores, TenantId tenant, RespondentId respondent) {
    throw new UnsupportedOperationException("LoopPrivacy.export: not built yet");
  }
}
