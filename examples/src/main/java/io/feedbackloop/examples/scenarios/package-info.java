/**
 * Runnable scenarios of the {@link io.feedbackloop.routing.loop.FeedbackLoop} facade, one class per
 * scenario, each with a {@code main} method and a {@code run} method that returns what its test
 * checks. They are documentation: short, readable, and proven by the tests in the same package.
 */
@NullMarked
package io.feedbackloop.examples.scenarios;

import org.jspecify.annotations.NullMarked;
