/**
 * The JSON codec's implementation: streaming readers and writers on Jackson's {@code jackson-core}
 * parser and generator. Jackson types never leave this package; the API is {@link
 * io.feedbackloop.core.json.FeedbackJson}. Not API: no compatibility promise.
 */
@NullMarked
package io.feedbackloop.core.internal.json;

import org.jspecify.annotations.NullMarked;
