/** Feedback Loop routing. */
@NullMarked
package io.feedbackloop.routing;

import org.jspecify.annotations.NullMarked;
