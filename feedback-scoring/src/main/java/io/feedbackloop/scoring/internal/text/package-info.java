/** Implementation of text insight: normalizing, stemming, matching, lexicons. No compatibility promise. */
@NullMarked
package io.feedbackloop.scoring.internal.text;

import org.jspecify.annotations.NullMarked;
