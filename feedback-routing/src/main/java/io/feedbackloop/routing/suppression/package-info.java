/**
 * The suppression list: respondents who must not be contacted (on one channel or on all), because
 * they unsubscribed, their address bounced hard or they replied STOP to an SMS, and the inbound API
 * that records those signals.
 */
@NullMarked
package io.feedbackloop.routing.suppression;

import org.jspecify.annotations.NullMarked;
