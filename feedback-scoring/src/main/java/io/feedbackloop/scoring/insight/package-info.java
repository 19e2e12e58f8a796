/**
 * Insight over many comments: recurring issues spotted in real time ({@link
 * io.feedbackloop.scoring.insight.RecurringIssueDetector}) and what drives the score ({@link
 * io.feedbackloop.scoring.insight.TopicDrivers}).
 *
 * <p>Values are immutable; detectors and accumulators say in their documentation how they may be
 * shared between threads.
 */
@NullMarked
package io.feedbackloop.scoring.insight;

import org.jspecify.annotations.NullMarked;
