/**
 * Runnable examples of the Feedback Loop SDK, each proven by a test, and {@link
 * io.feedbackloop.examples.Main}, the entry point of {@code feedback-examples.jar}.
 */
@NullMarked
package io.feedbackloop.examples;

import org.jspecify.annotations.NullMarked;
