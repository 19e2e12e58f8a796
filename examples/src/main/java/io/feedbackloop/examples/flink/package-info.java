/**
 * The library's mergeable score accumulators on Apache Flink: {@link
 * io.feedbackloop.examples.flink.NpsAggregate} and {@link
 * io.feedbackloop.examples.flink.ScaleAggregate} for the DataStream API, {@link
 * io.feedbackloop.examples.flink.ScoresAggregate} for NPS, CSAT and CES at once, {@link
 * io.feedbackloop.examples.flink.NpsFunction} as a Table/SQL aggregate, and the example job {@link
 * io.feedbackloop.examples.flink.ScoreJob}.
 *
 * <p>Flink is a {@code provided} dependency of the examples: run these classes on a Flink 1.20
 * cluster ({@code flink run}), which brings Flink's own jars. The accumulators cross the network
 * and checkpoints in their versioned byte form ({@link
 * io.feedbackloop.scoring.NpsAccumulator#toBytes()}) through the serializers here, never Kryo.
 */
@NullMarked
package io.feedbackloop.examples.flink;

import org.jspecify.annotations.NullMarked;
