/**
 * Implementation of the scoring module: distribution functions, estimators and the accumulator
 * state and codecs. Internal: no compatibility promise.
 */
@NullMarked
package io.feedbackloop.scoring.internal;

import org.jspecify.annotations.NullMarked;
