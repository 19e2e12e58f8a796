/**
 * The whole closed loop behind one object: {@link io.feedbackloop.routing.loop.FeedbackLoop}
 * validates, stores and classifies each response, evaluates the follow-up rules, opens cases and
 * queues messages in one unit of work, and runs the time-driven work (deliveries, SLA steps,
 * reminders, retention) when the host calls it. Also here: the typed events it reports to host
 * listeners, the privacy calls (erase and export one respondent everywhere), retention policies and
 * the operational health snapshot.
 */
@NullMarked
package io.feedbackloop.routing.loop;

import org.jspecify.annotations.NullMarked;
