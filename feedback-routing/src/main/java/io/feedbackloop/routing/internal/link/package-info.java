/**
 * Implementation of survey links and the suppression list: token codecs, hashing, the token
 * bucket, the SMS keyword table, the one-click body parser and the suppression cache. No
 * compatibility promise; not for use outside the routing module.
 */
@NullMarked
package io.feedbackloop.routing.internal.link;

import org.jspecify.annotations.NullMarked;
