/**
 * JMH benchmarks: our code side by side with what users would pick instead. Not published.
 */
@NullMarked
package io.feedbackloop.benchmarks;

import org.jspecify.annotations.NullMarked;
