/**
 * Feedback Loop core: the values every other module shares.
 *
 * <p>This package holds the tenant id and the exception hierarchy. Surveys and questions live in
 * {@link io.feedbackloop.core.survey}, responses and answers in {@link io.feedbackloop.core.response},
 * validation in {@link io.feedbackloop.core.validation}, the JSON codec in {@link
 * io.feedbackloop.core.json}, storage in {@link io.feedbackloop.core.store} and units of work in
 * {@link io.feedbackloop.core.tx}. Packages named {@code internal} carry no compatibility promise.
 */
@NullMarked
package io.feedbackloop.core;

import org.jspecify.annotations.NullMarked;
