/** Helpers shared by the store implementations. Not API: no compatibility promise. */
@NullMarked
package io.feedbackloop.core.internal.store;

import org.jspecify.annotations.NullMarked;
