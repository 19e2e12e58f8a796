/**
 * QR codes for public survey links (receipts, posters): renders a link as SVG text or a PNG with
 * ZXing core, and the {@code qr} command of the examples jar.
 */
@NullMarked
package io.feedbackloop.examples.qr;

import org.jspecify.annotations.NullMarked;
