package io.feedbackloop.routing.internal.mail;

import io.feedbackloop.routing.delivery.DeliveryResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.jspecify.annotations.Nullable;

/**
 * Maps a failed SMTP send to a {@link DeliveryResult}. A reply code from the server decides first
 * (4xx retryable, 5xx permanent); without one, what matters is whether the content had been handed
 * over: before that nothing can have arrived (retryable), after it the mail may have arrived
 * (ambiguous). Reasons carry reply codes and exception class names only: server texts and exception
 * messages may quote the address.
 */
public final class SmtpOutcomes {
  private static final int MAX_CHAIN = 16;

  private SmtpOutcomes() {}

  /**
   * Classifies {@code failure}.
   *
   * @param contentSent whether the server had accepted DATA and the content was being written
   */
  public static DeliveryResult classify(MessagingException failure, boolean contentSent) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < MAX_CHAIN; depth++) {
      int code = replyCode(t);
      if (code >= 400 && code < 600) {
        return byCode(code, stage(t, contentSent));
      }
      if (t instanceof AuthenticationFailedException) {
        // A rejected login is a configuration problem of the whole channel, not of this mail:
        // keep the mail queued (and let the circuit breaker pause the channel) instead of
        // dead-lettering every message until the credentials are fixed.
        return DeliveryResult.retryable("SMTP authentication failed");
      }
      t = next(t);
    }
    String cause = rootCause(failure).getClass().getSimpleName();
    return contentSent
        ? DeliveryResult.ambiguous("SMTP connection failed after the content was sent (" + cause + ")")
        : DeliveryResult.retryable("SMTP connection failed before the content was sent (" + cause + ")");
  }

  /** Classifies a reply code: 4xx retryable, 5xx permanent. */
  static DeliveryResult byCode(int code, String stage) {
    return code >= 500
        ? DeliveryResult.permanent("SMTP server rejected the mail " + stage + " with " + code)
        : DeliveryResult.retryable("SMTP server deferred the mail " + stage + " with " + code);
  }

  private static String stage(Throwable t, boolean contentSent) {
    if (t instanceof SMTPAddressFailedException) {
      return "at RCPT";
    }
    if (t instanceof SMTPSenderFailedException) {
      return "at MAIL FROM";
    }
    return contentSent ? "after DATA" : "before DATA";
  }

  private static int replyCode(Throwable t) {
    if (t instanceof SMTPAddressFailedException e) {
      return e.getReturnCode();
    }
    if (t instanceof SMTPSenderFailedException e) {
      return e.getReturnCode();
    }
    if (t instanceof SMTPSendFailedException e) {
      return e.getReturnCode();
    }
    return -1;
  }

  private static @Nullable Throwable next(Throwable t) {
    if (t instanceof MessagingException m && m.getNextException() != null) {
      return m.getNextException();
    }
    return t.getCause();
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; depth < MAX_CHAIN; depth++) {
      Throwable n = next(t);
      if (n == null || n == t) {
        break;
      }
      t = n;
    }
    return t;
  }
}
