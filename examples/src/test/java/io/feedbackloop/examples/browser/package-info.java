/** Test helpers that find and drive a real Chromium for the browser tests. */
@NullMarked
package io.feedbackloop.examples.browser;

import org.jspecify.annotations.NullMarked;
