/**
 * E-mail delivery: the {@link io.feedbackloop.routing.delivery.mail.EmailChannel} that turns a
 * {@link io.feedbackloop.routing.delivery.Message} into an {@link
 * io.feedbackloop.routing.delivery.mail.OutgoingMail}, the {@link
 * io.feedbackloop.routing.delivery.mail.MailTransport} plug-in interface that sends it, and the
 * stock SMTP transport {@link io.feedbackloop.routing.delivery.mail.JakartaMailTransport}.
 *
 * <p>The SMTP transport needs Jakarta Mail, which feedback-routing declares as an optional
 * dependency: hosts that use it add {@code jakarta.mail:jakarta.mail-api} and {@code
 * org.eclipse.angus:angus-mail} to their own build. Nothing in this package's signatures mentions a
 * Jakarta Mail type.
 */
@NullMarked
package io.feedbackloop.routing.delivery.mail;

import org.jspecify.annotations.NullMarked;
