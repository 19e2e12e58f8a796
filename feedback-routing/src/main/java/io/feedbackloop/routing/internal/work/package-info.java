/** The scheduling loop shared by the SDK's due-work runners; no compatibility promise. */
@NullMarked
package io.feedbackloop.routing.internal.work;

import org.jspecify.annotations.NullMarked;
