/**
 * Implementation of the insight package: bucketed counters, shared id lists and the per-series state
 * of the recurring-issue detector. No compatibility promise.
 */
@NullMarked
package io.feedbackloop.scoring.internal.insight;

import org.jspecify.annotations.NullMarked;
