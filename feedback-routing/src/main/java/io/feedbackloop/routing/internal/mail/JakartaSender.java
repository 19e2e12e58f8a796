package io.feedbackloop.routing.internal.mail;

import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.mail.OutgoingMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Sends over SMTP with Jakarta Mail: one connection per mail (no pool: a broken pooled connection
 * would blur which attempt sent what). The {@link Session} is built once; {@link Transport}s are
 * not shared, so this class is thread-safe.
 */
public final class JakartaSender {
  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private final Session session;
  private final String protocol;
  private final String host;
  private final int port;
  private final @Nullable String username;
  private final @Nullable String password;
  private final Clock clock;

  /**
   * Creates a sender.
   *
   * @param properties the complete Jakarta Mail session properties
   * @param implicitTls whether to use {@code smtps} (TLS from the first byte) instead of {@code
   *     smtp}
   */
  public JakartaSender(
      Properties properties,
      boolean implicitTls,
      String host,
      int port,
      @Nullable String username,
      @Nullable String password,
      Clock clock) {
    this.session = Session.getInstance(properties);
    this.protocol = implicitTls ? "smtps" : "smtp";
    this.host = host;
    this.port = port;
    this.username = username;
    this.password = password;
    this.clock = clock;
  }

  /** Sends {@code mail} once and classifies the outcome. */
  public DeliveryResult send(OutgoingMail mail) {
    TrackingMessage message;
    try {
      message = toMime(mail);
    } catch (MessagingException | UnsupportedEncodingException e) {
      return DeliveryResult.permanent(
          "the mail could not be built (" + e.getClass().getSimpleName() + ")");
    }
    try {
      Transport transport = session.getTransport(protocol);
      try {
        transport.connect(host, port, username, password);
        transport.sendMessage(message, message.getAllRecipients());
        return DeliveryResult.delivered();
      } finally {
        closeQuietly(transport);
      }
    } catch (MessagingException e) {
      return SmtpOutcomes.classify(e, message.contentSent);
    }
  }

  private static void closeQuietly(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException e) {
      // The outcome is already decided; a failing QUIT changes nothing about it.
    }
  }

  private TrackingMessage toMime(OutgoingMail mail)
      throws MessagingException, UnsupportedEncodingException {
    TrackingMessage m = new TrackingMessage(session, mail.messageId());
    m.setFrom(new InternetAddress(mail.from().value(), mail.fromName().orElse(null), UTF_8));
    m.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to().value(), true));
    if (mail.replyTo().isPresent()) {
      m.setReplyTo(new InternetAddress[] {new InternetAddress(mail.replyTo().get().value(), true)});
    }
    m.setSubject(mail.subject(), UTF_8);
    m.setSentDate(Date.from(clock.instant()));
    for (Map.Entry<String, String> h : mail.headers().entrySet()) {
      String encoded = MimeUtility.encodeText(h.getValue(), UTF_8, null);
      m.setHeader(h.getKey(), MimeUtility.fold(h.getKey().length() + 2, encoded));
    }
    if (mail.html().isPresent()) {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.text(), UTF_8, "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(mail.html().get(), UTF_8, "html");
      MimeMultipart alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(text);
      alternative.addBodyPart(html);
      m.setContent(alternative);
    } else {
      m.setText(mail.text(), UTF_8, "plain");
    }
    m.saveChanges();
    return m;
  }

  /**
   * Keeps the Message-ID stable across attempts (MimeMessage would make a new one on each save)
   * and notes when the transport starts writing the content, which SMTP does only after the server
   * accepted DATA: from then on a lost connection leaves the outcome unknown.
   */
  private static final class TrackingMessage extends MimeMessage {
    private final String messageId;
    volatile boolean contentSent;

    TrackingMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }

    @Override
    public void writeTo(OutputStream os, String[] ignoreList) throws IOException, MessagingException {
      contentSent = true;
      super.writeTo(os, ignoreList);
    }
  }
}
