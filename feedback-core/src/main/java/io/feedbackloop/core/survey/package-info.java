/**
 * Survey definitions: {@link io.feedbackloop.core.survey.Survey}, the sealed {@link
 * io.feedbackloop.core.survey.Question} hierarchy with explicit {@link
 * io.feedbackloop.core.survey.Scale} metadata, display conditions, localized texts with a fallback
 * chain, and built-in templates with standard wording in English, Swedish, Dutch, Polish and German
 * ({@link io.feedbackloop.core.survey.Surveys}). All values are immutable and thread-safe.
 */
@NullMarked
package io.feedbackloop.core.survey;

import org.jspecify.annotations.NullMarked;
