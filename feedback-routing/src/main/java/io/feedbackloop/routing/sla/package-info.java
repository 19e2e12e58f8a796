/**
 * Service levels of cases: {@link io.feedbackloop.routing.sla.BusinessCalendar}s (opening hours,
 * holidays, time zone), {@link io.feedbackloop.routing.sla.SlaPolicy}s chosen by {@link
 * io.feedbackloop.routing.sla.SlaPolicies}, the {@link io.feedbackloop.routing.sla.SlaClock} that
 * computes due instants, elapsed time and breaches with pauses (ON_HOLD), and {@link
 * io.feedbackloop.routing.sla.EscalationLadder}s that say which escalation steps are due.
 *
 * <p>Everything here is a pure function of immutable values and instants: no clock is read and
 * nothing is stored; the case service records fired steps and queues their notifications.
 */
@NullMarked
package io.feedbackloop.routing.sla;

import org.jspecify.annotations.NullMarked;
