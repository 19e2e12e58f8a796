/**
 * Implementation of business calendars and SLA clocks: the business-time arithmetic and the pause
 * arithmetic behind {@link io.feedbackloop.routing.sla.SlaClock}. No compatibility promise.
 */
@NullMarked
package io.feedbackloop.routing.internal.sla;

import org.jspecify.annotations.NullMarked;
