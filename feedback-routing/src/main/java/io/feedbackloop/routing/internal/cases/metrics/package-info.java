/**
 * Implementation of closing the loop: the default outcome-message texts, percentile arithmetic,
 * grouping for the case metrics and the in-memory re-survey store. No compatibility promise.
 */
@NullMarked
package io.feedbackloop.routing.internal.cases.metrics;

import org.jspecify.annotations.NullMarked;
