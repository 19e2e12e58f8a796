/**
 * Validation of responses against the survey version they answer, with every problem reported at
 * once: a JSON-pointer path, a stable {@link io.feedbackloop.core.validation.ProblemCode} and a
 * message. Entry point: {@link io.feedbackloop.core.validation.ResponseValidator}.
 */
@NullMarked
package io.feedbackloop.core.validation;

import org.jspecify.annotations.NullMarked;
