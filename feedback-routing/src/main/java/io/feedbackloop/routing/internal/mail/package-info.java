/**
 * Implementation of e-mail delivery: header checks, Message-ID derivation, the Jakarta Mail sender
 * and the mapping of SMTP outcomes to delivery results. The only package that uses Jakarta Mail
 * types. No compatibility promise.
 */
@NullMarked
package io.feedbackloop.routing.internal.mail;

import org.jspecify.annotations.NullMarked;
