/**
 * Implementation of follow-up cases: the pure command logic ({@link
 * io.feedbackloop.routing.internal.cases.CaseEditor}), instants and sort keys in the stores' form,
 * page tokens and the JDBC row mapping. No compatibility promise.
 */
@NullMarked
package io.feedbackloop.routing.internal.cases;

import org.jspecify.annotations.NullMarked;
