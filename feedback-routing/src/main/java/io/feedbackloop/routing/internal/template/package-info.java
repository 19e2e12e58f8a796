/**
 * Implementation of {@link io.feedbackloop.routing.delivery.MessageTemplate}: the placeholder
 * parser, the HTML context scanner that decides how each value is escaped, and the precompiled
 * segments that rendering walks. No compatibility promise.
 */
@NullMarked
package io.feedbackloop.routing.internal.template;

import org.jspecify.annotations.NullMarked;
