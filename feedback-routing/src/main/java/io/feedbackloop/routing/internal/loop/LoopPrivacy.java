package io.feedbackloop.routing.internal.loop;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.store.ErasureReport;
import io.feedbackloop.core.store.ResponseQuery;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.invite.Invitation;
import io.feedbackloop.routing.loop.RespondentErasure;
import io.feedbackloop.routing.loop.RespondentExport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Erasure and export of one respondent across every store of a loop.
 *
 * <p><b>Erasure</b> runs in one transaction of {@link LoopStores#unitOfWork()}: if any store fails
 * midway, every store's change is rolled back. It deletes the respondent's responses (answers,
 * free text, attributes), anonymizes the cases opened from or linked to them ({@link
 * CaseRedaction}), cancels pending outbox messages addressed to them and strips the content of
 * every other unclaimed one (delivered history keeps its row and key, so a replay sends nothing
 * twice, but loses subject, text, HTML, metadata and headers), deletes their invitations and the
 * re-surveys of them or of the anonymized cases. Suppressions stay: an opt-out must outlive
 * erasure, or the person would be surveyed again. Survey-link records (which expire) are not
 * touched.
 */
public final class LoopPrivacy {
  private static final Instant EARLIEST = Instant.MIN;
  private static final Instant LATEST = Instant.MAX;
  private static final Comparator<FollowUpCase> CASE_ORDER =
      Comparator.comparing(FollowUpCase::createdAt).thenComparing(c -> c.id().value());

  private LoopPrivacy() {}

  /** Erases one respondent everywhere in one unit of work; idempotent. */
  public static RespondentErasure erase(
      LoopStores stores, TenantId tenant, RespondentId respondent, Instant now) {
    Checks.notNull("stores", stores);
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    Checks.notNull("now", now);
    return stores
        .unitOfWork()
        .inTransaction(
            tx -> {
              Set<String> own = responseIds(stores, tenant, respondent);
              List<FollowUpCase> cases = casesOf(stores, tenant, respondent, own);
              List<CaseId> caseIds = new ArrayList<>();
              for (FollowUpCase c : cases) {
                stores.cases().redact(CaseRedaction.redact(c, respondent, now), c.version());
                caseIds.add(c.id());
              }
              ErasureReport responses = stores.responses().erase(tenant, respondent);
              int cancelled = stores.outbox().erase(tenant, respondent);
              int invitations = stores.invitations().erase(tenant, respondent);
              int resurveys = stores.resurveys().erase(tenant, respondent);
              resurveys += stores.resurveys().deleteForCases(tenant, caseIds);
              return new RespondentErasure(
                  tenant,
                  respondent,
                  responses.responses(),
                  cases.size(),
                  cancelled,
                  invitations,
                  resurveys);
            });
  }

  /** Exports everything held about one respondent, read in one transaction. */
  public static RespondentExport export(
      LoopStores stores, TenantId tenant, RespondentId respondent) {
    Checks.notNull("stores", stores);
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    return stores
        .unitOfWork()
        .inTransaction(
            tx -> {
              List<Response> responses;
              try (Stream<Response> s = stores.responses().stream(query(tenant, respondent))) {
                responses = s.toList();
              }
              Set<String> own = new LinkedHashSet<>();
              for (Response r : responses) {
                own.add(r.id());
              }
              List<FollowUpCase> cases = new ArrayList<>();
              for (FollowUpCase c : casesOf(stores, tenant, respondent, own)) {
                cases.add(ExportView.forSubject(c, respondent, own));
              }
              List<Invitation> invitations =
                  stores.invitations().history(tenant, respondent, EARLIEST, LATEST);
              return new RespondentExport(
                  tenant,
                  respondent,
                  responses,
                  cases,
                  stores.outbox().addressedTo(tenant, respondent),
                  invitations,
                  stores.suppressions().list(tenant, respondent));
            });
  }

  private static ResponseQuery query(TenantId tenant, RespondentId respondent) {
    return ResponseQuery.builder(tenant).respondent(respondent).build();
  }

  private static Set<String> responseIds(
      LoopStores stores, TenantId tenant, RespondentId respondent) {
    Set<String> ids = new LinkedHashSet<>();
    try (Stream<Response> s = stores.responses().stream(query(tenant, respondent))) {
      s.forEach(r -> ids.add(r.id()));
    }
    return ids;
  }

  /** The cases linked to the respondent or to one of their responses, oldest first, once each. */
  private static List<FollowUpCase> casesOf(
      LoopStores stores, TenantId tenant, RespondentId respondent, Set<String> responseIds) {
    Map<CaseId, FollowUpCase> found = new LinkedHashMap<>();
    for (FollowUpCase c : stores.cases().findByRespondent(tenant, respondent)) {
      found.put(c.id(), c);
    }
    for (String id : responseIds) {
      for (FollowUpCase c : stores.cases().findByResponse(tenant, id)) {
        found.putIfAbsent(c.id(), c);
      }
    }
    List<FollowUpCase> out = new ArrayList<>(found.values());
    out.sort(CASE_ORDER);
    return out;
  }
}
