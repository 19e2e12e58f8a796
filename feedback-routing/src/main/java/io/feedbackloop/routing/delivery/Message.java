package io.feedbackloop.routing.delivery;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.internal.rules.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One message to deliver: who it is for, a subject, a plain-text body (always present, the
 * alternative every channel can fall back on), an optional HTML body, the locale it was written in,
 * the idempotency key that every delivery attempt carries, free-form metadata for channels that
 * render structured content (a score, a case link), and extra header fields for e-mail.
 *
 * <p>Header values and the subject never contain CR or LF: the builder replaces each run of line
 * breaks with one space, so a tenant-authored text cannot inject a header. Immutable and
 * thread-safe; {@code toString()} prints no address and no message text.
 */
public final class Message {
  /** The longest idempotency key accepted. */
  public static final int MAX_KEY_LENGTH = 200;

  private final TenantId tenant;
  private final Recipient recipient;
  private final String subject;
  private final String text;
  private final @Nullable String html;
  private final Locale locale;
  private final String idempotencyKey;
  private final Map<String, String> metadata;
  private final Map<String, String> headers;

  private Message(Builder b) {
    this.tenant = Checks.notNull("tenant", b.tenant);
    this.recipient = Checks.notNull("recipient", b.recipient);
    this.idempotencyKey = checkKey(b.idempotencyKey);
    this.text = Checks.notNull("text", b.text);
    this.subject = b.subject;
    this.html = b.html;
    this.locale = b.locale;
    this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
  }

  /**
   * Starts a message. The tenant, recipient, idempotency key and text are required; the subject
   * defaults to empty, the locale to English.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this message's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b =
        builder()
            .tenant(tenant)
            .recipient(recipient)
            .subject(subject)
            .text(text)
            .locale(locale)
            .idempotencyKey(idempotencyKey);
    b.html = html;
    b.metadata.putAll(metadata);
    b.headers.putAll(headers);
    return b;
  }

  /** The tenant the message belongs to. */
  public TenantId tenant() {
    return tenant;
  }

  /** Who it goes to. */
  public Recipient recipient() {
    return recipient;
  }

  /** The subject, a single line; empty for channels without one (SMS). */
  public String subject() {
    return subject;
  }

  /** The plain-text body. */
  public String text() {
    return text;
  }

  /** The HTML body, if any. */
  public Optional<String> html() {
    return Optional.ofNullable(html);
  }

  /** The locale the message is written in. */
  public Locale locale() {
    return locale;
  }

  /** The key every attempt to deliver this message carries, so that receivers can de-duplicate. */
  public String idempotencyKey() {
    return idempotencyKey;
  }

  /** Structured values for channels that render them (e.g. {@code score}, {@code caseUrl}), in order. */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** Extra header fields for e-mail (e.g. {@code List-Unsubscribe}), single-line values, in order. */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Message m)) {
      return false;
    }
    return tenant.equals(m.tenant)
        && recipient.equals(m.recipient)
        && subject.equals(m.subject)
        && text.equals(m.text)
        && Objects.equals(html, m.html)
        && locale.equals(m.locale)
        && idempotencyKey.equals(m.idempotencyKey)
        && metadata.equals(m.metadata)
        && headers.equals(m.headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, idempotencyKey, recipient, text);
  }

  @Override
  public String toString() {
    return "Message[tenant="
        + tenant.value()
        + ", key="
        + idempotencyKey
        + ", to="
        + recipient
        + ", locale="
        + locale.toLanguageTag()
        + "]";
  }

  private static String checkKey(@Nullable String key) {
    String k = Checks.notBlank("idempotencyKey", key);
    Checks.check(
        k.length() <= MAX_KEY_LENGTH, "idempotencyKey length", "<= " + MAX_KEY_LENGTH, k.length());
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (c <= ' ' || c > '~') {
        throw new IllegalArgumentException(
            "idempotencyKey must be printable ASCII without spaces, but was '"
                + Checks.printable(k)
                + "' (character "
                + i
                + ")");
      }
    }
    return k;
  }

  /** Replaces each run of CR/LF characters (and surrounding spaces) with a single space. */
  static String singleLine(String value) {
    if (value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
      return value;
    }
    return value.replaceAll("[ \\t]*[\\r\\n]+[ \\t]*", " ").strip();
  }

  /** Builds a {@link Message}. Not thread-safe. */
  public static final class Builder {
    private @Nullable TenantId tenant;
    private @Nullable Recipient recipient;
    private String subject = "";
    private @Nullable String text;
    private @Nullable String html;
    private Locale locale = Locale.ENGLISH;
    private @Nullable String idempotencyKey;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /** The tenant (required). */
    public Builder tenant(TenantId tenant) {
      this.tenant = Checks.notNull("tenant", tenant);
      return this;
    }

    /** The recipient (required). */
    public Builder recipient(Recipient recipient) {
      this.recipient = Checks.notNull("recipient", recipient);
      return this;
    }

    /** The subject; line breaks become spaces. */
    public Builder subject(String subject) {
      this.subject = singleLine(Checks.notNull("subject", subject));
      return this;
    }

    /** The plain-text body (required). */
    public Builder text(String text) {
      this.text = Checks.notNull("text", text);
      return this;
    }

    /** The HTML body, already escaped by whoever rendered it (see the template support). */
    public Builder html(String html) {
      this.html = Checks.notNull("html", html);
      return this;
    }

    /** The locale (default English). */
    public Builder locale(Locale locale) {
      this.locale = Checks.notNull("locale", locale);
      return this;
    }

    /**
     * The idempotency key (required): 1-200 printable ASCII characters without spaces, stable for
     * this message across retries and restarts.
     */
    public Builder idempotencyKey(String idempotencyKey) {
      this.idempotencyKey = checkKey(idempotencyKey);
      return this;
    }

    /** Adds a metadata entry (replacing one with the same key). */
    public Builder metadata(String key, String value) {
      metadata.put(Checks.notBlank("metadata key", key), Checks.notNull("metadata value", value));
      return this;
    }

    /**
     * Adds an e-mail header field; the name must be an RFC 5322 field name, line breaks in the value
     * become spaces.
     */
    public Builder header(String name, String value) {
      Checks.check(isFieldName(Checks.notNull("header name", name)), "header name",
          "printable ASCII without ':' or spaces", "'" + Checks.printable(name) + "'");
      headers.put(name, singleLine(Checks.notNull("header value", value)));
      return this;
    }

    /**
     * Builds the message.
     *
     * @throws NullPointerException if the tenant, recipient, text or idempotency key is missing
     */
    public Message build() {
      return new Message(this);
    }

    private static boolean isFieldName(String name) {
      if (name.isEmpty()) {
        return false;
      }
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c <= ' ' || c > '~' || c == ':') {
          return false;
        }
      }
      return true;
    }
  }
}
