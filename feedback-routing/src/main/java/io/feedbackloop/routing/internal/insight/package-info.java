/**
 * Implementation of the responses to text insight: the idempotency keys derived from issue ids and
 * respondent ids, and the stock alert texts. No compatibility promise.
 */
@NullMarked
package io.feedbackloop.routing.internal.insight;

import org.jspecify.annotations.NullMarked;
