/** Escaping shared by the examples' HTML: the demo report and the survey server's own pages. */
@NullMarked
package io.feedbackloop.examples.markup;

import org.jspecify.annotations.NullMarked;
