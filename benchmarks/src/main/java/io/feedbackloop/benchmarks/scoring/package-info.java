/**
 * JMH benchmarks of scoring: our columnar bulk path and per-Response path next to hand-written
 * loops (the floor), the Java Streams {@code groupingBy} idiom and Apache Commons Math intervals.
 * Results and how to run them: {@code benchmarks/results-scoring.md}.
 */
@NullMarked
package io.feedbackloop.benchmarks.scoring;

import org.jspecify.annotations.NullMarked;
