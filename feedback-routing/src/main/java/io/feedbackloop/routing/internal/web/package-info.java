/**
 * Implementation of the survey pages: the page texts in five languages, the language choice, the
 * form decoder and answer parser, the HTML writers and the fixed style and script with their
 * Content-Security-Policy hashes. No compatibility promise; not for use outside the routing module.
 */
@NullMarked
package io.feedbackloop.routing.internal.web;

import org.jspecify.annotations.NullMarked;
