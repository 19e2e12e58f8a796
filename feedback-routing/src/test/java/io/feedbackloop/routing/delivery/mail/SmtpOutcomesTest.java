package io.feedbackloop.routing.delivery.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.internal.mail.SmtpOutcomes;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;

/** The mapping from Jakarta Mail exceptions to outcomes, with exceptions built by hand. */
class SmtpOutcomesTest {
  private static final Address[] NONE = new Address[0];

  @Test
  void replyCodesDecideFirst() throws Exception {
    InternetAddress to = new InternetAddress("jane@kund.example");
    SendFailedException invalid = new SendFailedException("Invalid Addresses", new SMTPAddressFailedException(to, "RCPT TO:<jane@kund.example>", 550, "550 no such user jane@kund.example"));
    assertThat(SmtpOutcomes.classify(invalid, false))
        .isEqualTo(DeliveryResult.permanent("SMTP server rejected the mail at RCPT with 550"));
    assertThat(SmtpOutcomes.classify(new SMTPAddressFailedException(to, "RCPT", 452, "452 full"), false))
        .isEqualTo(DeliveryResult.retryable("SMTP server deferred the mail at RCPT with 452"));
    assertThat(SmtpOutcomes.classify(new SMTPSenderFailedException(to, "MAIL", 501, "bad"), false))
        .isEqualTo(DeliveryResult.permanent("SMTP server rejected the mail at MAIL FROM with 501"));
    SMTPSendFailedException afterData = new SMTPSendFailedException(".", 554, "554 spam", null, NONE, NONE, NONE);
    assertThat(SmtpOutcomes.classify(afterData, true))
        .isEqualTo(DeliveryResult.permanent("SMTP server rejected the mail after DATA with 554"));
    SMTPSendFailedException deferred = new SMTPSendFailedException(".", 421, "421 bye", null, NONE, NONE, NONE);
    assertThat(SmtpOutcomes.classify(deferred, true))
        .isEqualTo(DeliveryResult.retryable("SMTP server deferred the mail after DATA with 421"));
    assertThat(SmtpOutcomes.classify(new SMTPSendFailedException("DATA", 599, "x", null, NONE, NONE, NONE), false))
        .isEqualTo(DeliveryResult.permanent("SMTP server rejected the mail before DATA with 599"));
    assertThat(SmtpOutcomes.classify(new SMTPSendFailedException("DATA", 400, "x", null, NONE, NONE, NONE), false))
        .isEqualTo(DeliveryResult.retryable("SMTP server deferred the mail before DATA with 400"));
  }

  @Test
  void codesOutsideFourAndFiveHundredFallBackToWhetherTheContentWasSent() {
    SMTPSendFailedException odd = new SMTPSendFailedException(".", 250, "250?", null, NONE, NONE, NONE);
    assertThat(SmtpOutcomes.classify(odd, true)).isInstanceOf(DeliveryResult.Ambiguous.class);
    assertThat(SmtpOutcomes.classify(odd, false)).isInstanceOf(DeliveryResult.Retryable.class);
    SMTPSendFailedException six = new SMTPSendFailedException(".", 600, "?", null, NONE, NONE, NONE);
    assertThat(SmtpOutcomes.classify(six, false)).isInstanceOf(DeliveryResult.Retryable.class);
  }

  @Test
  void withoutAReplyTheStageDecides() {
    MessagingException refused =
        new MailConnectException(new SocketConnectException("refused", new ConnectException("Connection refused"), "h", 25, 1000));
    assertThat(SmtpOutcomes.classify(refused, false))
        .isEqualTo(DeliveryResult.retryable("SMTP connection failed before the content was sent (ConnectException)"));
    MessagingException timeout = new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"));
    assertThat(SmtpOutcomes.classify(timeout, false))
        .isEqualTo(DeliveryResult.retryable("SMTP connection failed before the content was sent (SocketTimeoutException)"));
    assertThat(SmtpOutcomes.classify(timeout, true))
        .isEqualTo(DeliveryResult.ambiguous("SMTP connection failed after the content was sent (SocketTimeoutException)"));
    assertThat(SmtpOutcomes.classify(new MessagingException("plain"), true))
        .isEqualTo(DeliveryResult.ambiguous("SMTP connection failed after the content was sent (MessagingException)"));
  }

  @Test
  void aFailedLoginIsRetryable() {
    assertThat(SmtpOutcomes.classify(new AuthenticationFailedException("535 bad credentials"), false))
        .isEqualTo(DeliveryResult.retryable("SMTP authentication failed"));
  }

  @Test
  void aLoopingChainEnds() {
    MessagingException a = new MessagingException("a");
    MessagingException b = new MessagingException("b");
    a.setNextException(b);
    b.setNextException(a);
    assertThat(SmtpOutcomes.classify(a, false)).isInstanceOf(DeliveryResult.Retryable.class);
  }
}
