/**
 * Contact details as value types that mask themselves: {@link
 * io.feedbackloop.core.contact.EmailAddress} and {@link io.feedbackloop.core.contact.PhoneNumber}.
 * Their {@code toString()} never reveals the full value, so they are safe in logs and exception
 * messages; call {@code value()} where the real address is needed.
 */
@NullMarked
package io.feedbackloop.core.contact;

import org.jspecify.annotations.NullMarked;
