/**
 * Acting on text insight: {@link io.feedbackloop.routing.insight.RecurringIssueResponder} turns the
 * {@code RecurringIssueDetected} events of the scoring module's detector into one problem case per
 * episode that links every affected response and respondent, and one alert to the topic's team.
 * When the case is resolved, {@link io.feedbackloop.routing.cases.OutcomeMessages#sendToAll} tells
 * every linked respondent what was done, each in their own language ("you said, we did").
 *
 * <pre>{@code
 * RecurringIssueResponder responder = RecurringIssueResponder.builder()
 *     .tenant(tenant)
 *     .cases(caseService)                      // opens and links the problem cases
 *     .outbox(outbox)                          // queues the team alert
 *     .team("delivery", "logistics")           // topic -> team; others go to the default team
 *     .defaultTeam("support")
 *     .alertChannel("slack")
 *     .resolveWithin(Duration.ofDays(3))
 *     .clock(clock)
 *     .build();
 * RecurringIssueDetector detector = RecurringIssueDetector.builder()
 *     .listener(responder)                     // see the scoring module for its settings
 *     .build();
 *
 * // later, when the team has fixed the cause:
 * FollowUpCase resolved = caseService.resolve(tenant, caseId, List.of("carrier-delay"), summary,
 *     "We changed carrier for the northern region.", "ana", version);
 * Map<RespondentId, OutcomeMessage> sent = outcomes.sendToAll(resolved,
 *     who -> directory.find(tenant, who).flatMap(Contact::locale), Locale.ENGLISH, Map.of());
 * }</pre>
 *
 * <p>The responder is idempotent per issue id: a replayed event, or the same event on two nodes
 * sharing a database, opens one case and queues one alert.
 */
@NullMarked
package io.feedbackloop.routing.insight;

import org.jspecify.annotations.NullMarked;
