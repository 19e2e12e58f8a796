/**
 * Survey pages without a web framework: {@link io.feedbackloop.routing.web.SurveyPages} renders the
 * page of a personal survey link and handles its form, answering with a {@link
 * io.feedbackloop.routing.web.WebPage} (status, headers, HTML) that any HTTP server can send; {@link
 * io.feedbackloop.routing.web.ThankYouPages} configures what respondents see after answering.
 */
@NullMarked
package io.feedbackloop.routing.web;

import org.jspecify.annotations.NullMarked;
