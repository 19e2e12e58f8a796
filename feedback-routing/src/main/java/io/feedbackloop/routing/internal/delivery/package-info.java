/** Implementation of the delivery channels; no compatibility promise. */
@NullMarked
package io.feedbackloop.routing.internal.delivery;

import org.jspecify.annotations.NullMarked;
