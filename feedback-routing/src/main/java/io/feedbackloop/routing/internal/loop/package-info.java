/** Internal: the wiring and pipelines behind {@link io.feedbackloop.routing.loop.FeedbackLoop}. */
@NullMarked
package io.feedbackloop.routing.internal.loop;

import org.jspecify.annotations.NullMarked;
