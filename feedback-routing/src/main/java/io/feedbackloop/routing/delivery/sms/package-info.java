/**
 * SMS delivery: the {@link io.feedbackloop.routing.delivery.sms.SmsChannel} that turns a {@link
 * io.feedbackloop.routing.delivery.Message}'s plain text into an {@link
 * io.feedbackloop.routing.delivery.sms.SmsMessage}, and the {@link
 * io.feedbackloop.routing.delivery.sms.SmsGateway} plug-in interface that the host implements for
 * its SMS provider.
 */
@NullMarked
package io.feedbackloop.routing.delivery.sms;

import org.jspecify.annotations.NullMarked;
