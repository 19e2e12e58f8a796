/**
 * Scores for NPS, CSAT and CES with confidence intervals, significance tests, weighting,
 * classification of single answers, and mergeable accumulators for large and segmented volumes.
 *
 * <p>Entry points: {@link io.feedbackloop.scoring.Scorer} computes results, {@link
 * io.feedbackloop.scoring.NpsAccumulator} and {@link io.feedbackloop.scoring.ScaleAccumulator}
 * collect answers, {@link io.feedbackloop.scoring.Category} classifies one answer.
 */
@NullMarked
package io.feedbackloop.scoring;

import org.jspecify.annotations.NullMarked;
