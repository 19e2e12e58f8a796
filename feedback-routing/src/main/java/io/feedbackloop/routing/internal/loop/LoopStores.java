package io.feedbackloop.routing.internal.loop;

import io.feedbackloop.core.store.ResponseStore;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.cases.CaseStore;
import io.feedbackloop.routing.cases.ResurveyStore;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.invite.InvitationStore;
import io.feedbackloop.routing.link.LinkStore;
import io.feedbackloop.routing.outbox.OutboxStore;
import io.feedbackloop.routing.suppression.SuppressionStore;

/**
 * Every store of one loop, all joined to one unit of work, so that a submit (and an erasure) is
 * all-or-nothing across them.
 */
public record LoopStores(
    UnitOfWork unitOfWork,
    ResponseStore responses,
    CaseStore cases,
    OutboxStore outbox,
    InvitationStore invitations,
    SuppressionStore suppressions,
    ResurveyStore resurveys,
    LinkStore links) {

  /** Checks that no store is null. */
  public LoopStores {
    Checks.notNull("unitOfWork", unitOfWork);
    Checks.notNull("responses", responses);
    Checks.notNull("cases", cases);
    Checks.notNull("outbox", outbox);
    Checks.notNull("invitations", invitations);
    Checks.notNull("suppressions", suppressions);
    Checks.notNull("resurveys", resurveys);
    Checks.notNull("links", links);
  }
}
