/** Tests of the HTTP delivery channels, the URL policy and the webhook verifier. */
@NullMarked
package io.feedbackloop.routing.delivery.http;

import org.jspecify.annotations.NullMarked;
