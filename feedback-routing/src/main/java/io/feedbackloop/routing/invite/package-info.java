/**
 * Survey invitations: host events ({@link io.feedbackloop.routing.invite.Touchpoint}) are matched
 * to {@linkplain io.feedbackloop.routing.invite.InvitationPlan invitation plans}, checked against
 * the {@linkplain io.feedbackloop.routing.invite.ContactPolicy contact (fatigue) policy} and, when
 * allowed, recorded, given a personal link and queued on the outbox in one unit of work by the
 * {@link io.feedbackloop.routing.invite.InvitationService}. Every outcome is an {@link
 * io.feedbackloop.routing.invite.InvitationDecision} that says why, with a {@link
 * io.feedbackloop.routing.invite.ReasonCode}.
 */
@NullMarked
package io.feedbackloop.routing.invite;

import org.jspecify.annotations.NullMarked;
