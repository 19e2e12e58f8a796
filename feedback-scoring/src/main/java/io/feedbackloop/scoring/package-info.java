/**
 * Scores for NPS, CSAT and CES with confidence intervals, significance tests, weighting,
 * classification of single answers, and mergeable accumulators for large and segmented volumes.
 *
 * <p>Entry points: {@link io.feedbackloop.scoring.Scorer} computes results, {@link
 * io.feedbackloop.scoring.NpsAccumulator} and {@link io.feedbackloop.scoring.ScaleAccumulator}
 * collect answers, {@link io.feedbackloop.scoring.Category} classifies one answer. Large volumes:
 * {@link io.feedbackloop.scoring.SegmentedCounts} counts columnar arrays in one tight loop, and
 * {@link io.feedbackloop.scoring.SegmentedScores} scores {@code Response} objects per {@link
 * io.feedbackloop.scoring.Dimension segment} and {@link io.feedbackloop.scoring.TimeWindow time
 * window} in one streaming pass.
 */
@NullMarked
package io.feedbackloop.scoring;

import org.jspecify.annotations.NullMarked;
