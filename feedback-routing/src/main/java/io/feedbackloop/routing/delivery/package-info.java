/**
 * Delivery: the {@link io.feedbackloop.routing.delivery.Message} model, the {@link
 * io.feedbackloop.routing.delivery.DeliveryChannel} plug-in interface with its {@link
 * io.feedbackloop.routing.delivery.DeliveryResult}, and the {@link
 * io.feedbackloop.routing.delivery.ContactDirectory} that resolves respondents to addresses at
 * send time, so that the SDK need not store e-mail addresses or phone numbers. Messages are queued
 * in the {@linkplain io.feedbackloop.routing.outbox outbox} and handed to channels by its worker.
 */
@NullMarked
package io.feedbackloop.routing.delivery;

import org.jspecify.annotations.NullMarked;
