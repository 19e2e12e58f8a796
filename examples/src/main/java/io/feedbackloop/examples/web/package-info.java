/**
 * Serves the SDK's survey pages ({@link io.feedbackloop.routing.web.SurveyPages}) over the JDK's
 * {@code com.sun.net.httpserver.HttpServer}: {@link io.feedbackloop.examples.web.SurveyServer} is
 * the adapter a host copies, {@link io.feedbackloop.examples.web.SurveyDemo} the demo loop behind
 * the {@code serve} command.
 */
@NullMarked
package io.feedbackloop.examples.web;

import org.jspecify.annotations.NullMarked;
