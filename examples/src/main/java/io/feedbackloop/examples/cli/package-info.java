/** The sub-commands of {@code feedback-examples.jar}: {@code demo}, {@code score}, and more. */
@NullMarked
package io.feedbackloop.examples.cli;

import org.jspecify.annotations.NullMarked;
