/**
 * Survey links: personal one-time links (an opaque random token stored only as a hash, or an
 * HMAC-signed stateless token with key rotation) that expire and are redeemed once, and public
 * multi-use links for QR codes, rate-limited and guarded against duplicate answers. Opening a
 * link never records an answer.
 */
@NullMarked
package io.feedbackloop.routing.link;

import org.jspecify.annotations.NullMarked;
