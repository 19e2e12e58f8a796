/**
 * The web-shop demo that runs the whole loop: {@link io.feedbackloop.examples.demo.run.ShopDemo}
 * drives the {@link io.feedbackloop.routing.loop.FeedbackLoop} facade with the simulated shop of
 * {@code demo.shop} on a simulated clock (invitations, answers, rules, cases, staff work, SLA
 * escalations, deliveries to local HTTP receivers, re-surveys and recovery) and fills the {@code
 * demo.report} model.
 */
@NullMarked
package io.feedbackloop.examples.demo.run;

import org.jspecify.annotations.NullMarked;
