/** Implementation helpers of the core module. Not API: no compatibility promise. */
@NullMarked
package io.feedbackloop.core.internal;

import org.jspecify.annotations.NullMarked;
