package io.feedbackloop.routing.internal.outbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Message} in full as compact JSON (jackson-core streaming) and reads it back, for
 * the JDBC outbox's payload column. Stateless and thread-safe.
 */
public final class MessageCodec {
  /** The format version written into every payload. */
  public static final int VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private MessageCodec() {}

  /** The JSON form of {@code m}. */
  public static String write(Message m) {
    StringWriter out = new StringWriter(256 + m.text().length());
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("v", VERSION);
      g.writeStringField("tenant", m.tenant().value());
      g.writeStringField("key", m.idempotencyKey());
      g.writeObjectFieldStart("recipient");
      Recipient r = m.recipient();
      if (r instanceof Recipient.Respondent p) {
        g.writeStringField("kind", "respondent");
        g.writeStringField("value", p.id().value());
      } else if (r instanceof Recipient.Email e) {
        g.writeStringField("kind", "email");
        g.writeStringField("value", e.address().value());
      } else if (r instanceof Recipient.Phone p) {
        g.writeStringField("kind", "phone");
        g.writeStringField("value", p.number().value());
      } else if (r instanceof Recipient.Team t) {
        g.writeStringField("kind", "team");
        g.writeStringField("value", t.name());
      }
      g.writeEndObject();
      g.writeStringField("locale", m.locale().toLanguageTag());
      g.writeStringField("subject", m.subject());
      g.writeStringField("text", m.text());
      if (m.html().isPresent()) {
        g.writeStringField("html", m.html().get());
      }
      writeMap(g, "metadata", m.metadata());
      writeMap(g, "headers", m.headers());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeMap(JsonGenerator g, String name, Map<String, String> map)
      throws IOException {
    if (map.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, String> e : map.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  /**
   * Reads a message written by {@link #write}.
   *
   * @throws IllegalArgumentException if {@code json} is not such a message
   */
  public static Message read(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      expect(p.nextToken(), JsonToken.START_OBJECT, "the message");
      Message.Builder b = Message.builder();
      @Nullable String html = null;
      Map<String, String> metadata = new LinkedHashMap<>();
      Map<String, String> headers = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "v" -> {
            if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != VERSION) {
              throw new IllegalArgumentException(
                  "message payload version must be " + VERSION + ", but was " + p.getText());
            }
          }
          case "tenant" -> b.tenant(TenantId.of(text(p, value, field)));
          case "key" -> b.idempotencyKey(text(p, value, field));
          case "recipient" -> b.recipient(recipient(p, value));
          case "locale" -> b.locale(Locale.forLanguageTag(text(p, value, field)));
          case "subject" -> b.subject(text(p, value, field));
          case "text" -> b.text(text(p, value, field));
          case "html" -> html = text(p, value, field);
          case "metadata" -> readMap(p, value, field, metadata);
          case "headers" -> readMap(p, value, field, headers);
          default -> p.skipChildren();
        }
      }
      if (html != null) {
        b.html(html);
      }
      metadata.forEach(b::metadata);
      headers.forEach(b::header);
      return b.build();
    } catch (IOException e) {
      throw new IllegalArgumentException("message payload is not valid JSON", e);
    } catch (NullPointerException e) {
      throw new IllegalArgumentException("message payload misses a part: " + e.getMessage(), e);
    }
  }

  private static Recipient recipient(JsonParser p, @Nullable JsonToken start) throws IOException {
    expect(start, JsonToken.START_OBJECT, "recipient");
    @Nullable String kind = null;
    @Nullable String value = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      if (field.equals("kind")) {
        kind = text(p, t, "recipient kind");
      } else if (field.equals("value")) {
        value = text(p, t, "recipient value");
      } else {
        p.skipChildren();
      }
    }
    if (kind == null || value == null) {
      throw new IllegalArgumentException("recipient must have a kind and a value");
    }
    return switch (kind) {
      case "respondent" -> Recipient.respondent(value);
      case "email" -> Recipient.email(value);
      case "phone" -> Recipient.phone(value);
      case "team" -> Recipient.team(value);
      default ->
          throw new IllegalArgumentException(
              "recipient kind must be respondent, email, phone or team, but was " + kind);
    };
  }

  private static void readMap(
      JsonParser p, @Nullable JsonToken start, String name, Map<String, String> into)
      throws IOException {
    expect(start, JsonToken.START_OBJECT, name);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String k = p.currentName();
      into.put(k, text(p, p.nextToken(), name + " value"));
    }
  }

  private static String text(JsonParser p, @Nullable JsonToken t, String name) throws IOException {
    expect(t, JsonToken.VALUE_STRING, name);
    return p.getText();
  }

  private static void expect(@Nullable JsonToken actual, JsonToken expected, String name) {
    if (actual != expected) {
      throw new IllegalArgumentException(name + " must be " + expected + ", but was " + actual);
    }
  }
}
