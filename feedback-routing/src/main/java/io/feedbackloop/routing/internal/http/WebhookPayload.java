package io.feedbackloop.routing.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * The generic webhook's JSON body, in the Standard Webhooks shape ({@code type}, {@code timestamp},
 * {@code data}):
 *
 * <pre>{@code
 * {"type":"feedback.message","timestamp":"2026-03-02T09:00:00Z",
 *  "data":{"tenant":"acme","idempotencyKey":"case-42-notify","recipient":{"type":"team","name":"support"},
 *          "subject":"...","text":"...","locale":"sv-SE","metadata":{"score":"3"}}}
 * }</pre>
 *
 * The recipient appears as its kind and, for a team or a respondent, its id; never an e-mail
 * address or phone number.
 */
public final class WebhookPayload {
  /** The event type of every message. */
  public static final String TYPE = "feedback.message";

  private WebhookPayload() {}

  /** The body for {@code message}, stamped with {@code now}. */
  public static byte[] write(Message message, Instant now) {
    return JsonBytes.write(
        g -> {
          g.writeStartObject();
          g.writeStringField("type", TYPE);
          g.writeStringField("timestamp", now.toString());
          g.writeObjectFieldStart("data");
          g.writeStringField("tenant", message.tenant().value());
          g.writeStringField("idempotencyKey", message.idempotencyKey());
          recipient(g, message.recipient());
          g.writeStringField("subject", message.subject());
          g.writeStringField("text", message.text());
          g.writeStringField("locale", message.locale().toLanguageTag());
          g.writeObjectFieldStart("metadata");
          for (Map.Entry<String, String> e : message.metadata().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
          }
          g.writeEndObject();
          g.writeEndObject();
          g.writeEndObject();
        });
  }

  private static void recipient(JsonGenerator g, Recipient r) throws IOException {
    g.writeObjectFieldStart("recipient");
    if (r instanceof Recipient.Team t) {
      g.writeStringField("type", "team");
      g.writeStringField("name", t.name());
    } else if (r instanceof Recipient.Respondent p) {
      g.writeStringField("type", "respondent");
      g.writeStringField("id", p.id().value());
    } else if (r instanceof Recipient.Email) {
      g.writeStringField("type", "email");
    } else {
      g.writeStringField("type", "phone");
    }
    g.writeEndObject();
  }
}
