/** Feedback Loop scoring. */
@NullMarked
package io.feedbackloop.scoring;

import org.jspecify.annotations.NullMarked;
