/**
 * Implementation of the invitations: the pure contact-policy evaluation, deterministic sampling,
 * invitation ids, message composition and JDBC helpers. No compatibility promise.
 */
@NullMarked
package io.feedbackloop.routing.internal.invite;

import org.jspecify.annotations.NullMarked;
