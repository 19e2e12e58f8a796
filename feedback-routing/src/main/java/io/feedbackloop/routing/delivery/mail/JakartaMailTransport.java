package io.feedbackloop.routing.delivery.mail;

import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.internal.mail.JakartaSender;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * A {@link MailTransport} that sends over SMTP with Jakarta Mail (Eclipse Angus). Hosts that use it
 * add {@code jakarta.mail:jakarta.mail-api} and {@code org.eclipse.angus:angus-mail} to their build:
 * feedback-routing declares both as optional dependencies.
 *
 * <pre>{@code
 * MailTransport smtp = JakartaMailTransport.builder()
 *     .host("smtp.example.com").port(587).startTls(true)
 *     .credentials("feedback", secret)
 *     .build();
 * }</pre>
 *
 * <p><b>Outcomes.</b> A 2xx acceptance is delivered; a 4xx reply, a refused connection or a timeout
 * before the content was sent is retryable; a 5xx reply is permanent; a connection lost after the
 * content was sent (no final reply) is ambiguous. A failed login is retryable, so a credentials
 * problem keeps mail queued rather than dead-lettering it. Reasons name reply codes and exception
 * classes, never addresses or server texts.
 *
 * <p>Opens one connection per mail. Immutable and thread-safe.
 */
public final class JakartaMailTransport implements MailTransport {
  private final JakartaSender sender;
  private final String description;

  private JakartaMailTransport(JakartaSender sender, String description) {
    this.sender = sender;
    this.description = description;
  }

  /** Starts a transport configuration; the host is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public DeliveryResult send(OutgoingMail mail) {
    return sender.send(Checks.notNull("mail", mail));
  }

  @Override
  public String toString() {
    return description;
  }

  /** Configures a {@link JakartaMailTransport}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String host;
    private int port = 25;
    private boolean startTls;
    private boolean implicitTls;
    private @Nullable String username;
    private @Nullable String password;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private final Properties extra = new Properties();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The SMTP server's host name (required). */
    public Builder host(String host) {
      this.host = Checks.notBlank("host", host);
      return this;
    }

    /** The port; default 25 (use 587 with {@link #startTls}, 465 with {@link #implicitTls}). */
    public Builder port(int port) {
      Checks.check(port > 0 && port < 65536, "port", "1-65535", port);
      this.port = port;
      return this;
    }

    /**
     * Whether to upgrade the connection with STARTTLS; when on, it is required (no silent fallback
     * to plain text) and the server's certificate must match the host. Default off.
     */
    public Builder startTls(boolean startTls) {
      this.startTls = startTls;
      return this;
    }

    /** Whether to speak TLS from the first byte (SMTPS, usually port 465). Default off. */
    public Builder implicitTls(boolean implicitTls) {
      this.implicitTls = implicitTls;
      return this;
    }

    /** Logs in with these credentials (SMTP AUTH). Default: no login. */
    public Builder credentials(String username, String password) {
      this.username = Checks.notBlank("username", username);
      this.password = Checks.notNull("password", password);
      return this;
    }

    /** How long to wait for the connection; default 10 seconds. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /** How long to wait for each server reply and each write; default 30 seconds. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive("readTimeout", timeout);
      return this;
    }

    /**
     * Extra Jakarta Mail session properties ({@code mail.smtp.*}), applied last so they override
     * what this builder sets; for settings it has no method for.
     */
    public Builder properties(Properties properties) {
      extra.putAll(Checks.notNull("properties", properties));
      return this;
    }

    /** The clock for the {@code Date} header; default the system clock in UTC. */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /**
     * Builds the transport.
     *
     * @throws NullPointerException if no host was given
     * @throws IllegalArgumentException if both STARTTLS and implicit TLS are on
     * @throws IllegalStateException if Jakarta Mail is not on the class path
     */
    public JakartaMailTransport build() {
      String h = Checks.notNull("host", host);
      Checks.check(!(startTls && implicitTls), "startTls and implicitTls", "not both on", "both on");
      String p = implicitTls ? "mail.smtps." : "mail.smtp.";
      Properties props = new Properties();
      props.setProperty(p + "host", h);
      props.setProperty(p + "port", Integer.toString(port));
      props.setProperty(p + "connectiontimeout", Long.toString(connectTimeout.toMillis()));
      props.setProperty(p + "timeout", Long.toString(readTimeout.toMillis()));
      props.setProperty(p + "writetimeout", Long.toString(readTimeout.toMillis()));
      props.setProperty(p + "auth", Boolean.toString(username != null));
      if (startTls) {
        props.setProperty(p + "starttls.enable", "true");
        props.setProperty(p + "starttls.required", "true");
      }
      if (startTls || implicitTls) {
        props.setProperty(p + "ssl.checkserveridentity", "true");
      }
      props.putAll(extra);
      String description =
          "JakartaMailTransport[" + (implicitTls ? "smtps" : "smtp") + "://" + h + ":" + port
              + (startTls ? ", STARTTLS" : "") + "]";
      try {
        return new JakartaMailTransport(
            new JakartaSender(props, implicitTls, h, port, username, password, clock), description);
      } catch (NoClassDefFoundError e) {
        throw new IllegalStateException(
            "JakartaMailTransport needs jakarta.mail:jakarta.mail-api and"
                + " org.eclipse.angus:angus-mail on the class path",
            e);
      }
    }

    private static Duration positive(String name, Duration d) {
      Checks.notNull(name, d);
      Checks.check(!d.isNegative() && !d.isZero(), name, "> 0", d);
      return d;
    }
  }
}
