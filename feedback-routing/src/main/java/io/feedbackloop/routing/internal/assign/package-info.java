/** Implementation of the stock assignment strategies. No compatibility promise. */
@NullMarked
package io.feedbackloop.routing.internal.assign;

import org.jspecify.annotations.NullMarked;
