/** The strict JSON reader and the writer of rule sets, on Jackson's streaming API. Internal. */
@NullMarked
package io.feedbackloop.routing.internal.rules.json;

import org.jspecify.annotations.NullMarked;
