/**
 * Responses and their answers: {@link io.feedbackloop.core.response.Response} with its builder,
 * the sealed {@link io.feedbackloop.core.response.Answer} hierarchy, channels and respondent
 * references. All values are immutable; {@code toString()} never shows free text.
 */
@NullMarked
package io.feedbackloop.core.response;

import org.jspecify.annotations.NullMarked;
