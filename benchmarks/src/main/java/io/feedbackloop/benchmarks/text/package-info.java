/** Benchmarks of text insight: topic tagging beside a naive keyword loop. */
@NullMarked
package io.feedbackloop.benchmarks.text;

import org.jspecify.annotations.NullMarked;
