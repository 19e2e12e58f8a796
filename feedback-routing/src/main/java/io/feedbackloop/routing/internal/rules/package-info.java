/**
 * Implementation of the follow-up rule engine: argument checks, text normalization, the compiled
 * evaluation plan and the JSON reader and writer. No compatibility promise.
 */
@NullMarked
package io.feedbackloop.routing.internal.rules;

import org.jspecify.annotations.NullMarked;
