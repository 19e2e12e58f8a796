package io.feedbackloop.routing.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.feedbackloop.routing.delivery.Message;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A Microsoft Teams Workflows webhook body: a message with one Adaptive Card 1.4 attachment that
 * shows the subject, the text, a fact set (score, comment, owner, and the case URL when it is not a
 * usable link) and an {@code Action.OpenUrl} to the case. Texts are cut so that the card stays well
 * under Teams' 28 KB message limit.
 */
public final class TeamsPayload {
  /** The attachment content type of Adaptive Cards. */
  public static final String CARD_TYPE = "application/vnd.microsoft.card.adaptive";

  static final int TEXT_MAX = 8000;
  static final int FACT_MAX = 2000;

  private TeamsPayload() {}

  /** The body for {@code message}. */
  public static byte[] write(Message message) {
    CardFacts facts = CardFacts.of(message);
    return JsonBytes.write(
        g -> {
          g.writeStartObject();
          g.writeStringField("type", "message");
          g.writeArrayFieldStart("attachments");
          g.writeStartObject();
          g.writeStringField("contentType", CARD_TYPE);
          g.writeObjectFieldStart("content");
          card(g, message, facts);
          g.writeEndObject();
          g.writeEndObject();
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private static void card(JsonGenerator g, Message message, CardFacts facts) throws IOException {
    g.writeStringField("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    g.writeStringField("type", "AdaptiveCard");
    g.writeStringField("version", "1.4");
    g.writeStringField("lang", message.locale().toLanguageTag());
    g.writeArrayFieldStart("body");
    if (!message.subject().isBlank()) {
      g.writeStartObject();
      g.writeStringField("type", "TextBlock");
      g.writeStringField("text", Texts.truncate(message.subject(), FACT_MAX));
      g.writeStringField("weight", "Bolder");
      g.writeStringField("size", "Medium");
      g.writeBooleanField("wrap", true);
      g.writeEndObject();
    }
    if (!message.text().isBlank()) {
      g.writeStartObject();
      g.writeStringField("type", "TextBlock");
      g.writeStringField("text", Texts.truncate(message.text(), TEXT_MAX));
      g.writeBooleanField("wrap", true);
      g.writeEndObject();
    }
    boolean anyFact =
        facts.score().isPresent()
            || facts.comment().isPresent()
            || facts.owner().isPresent()
            || facts.caseText().isPresent();
    if (anyFact) {
      g.writeStartObject();
      g.writeStringField("type", "FactSet");
      g.writeArrayFieldStart("facts");
      fact(g, "Score", facts.score().orElse(null));
      fact(g, "Comment", facts.comment().orElse(null));
      fact(g, "Owner", facts.owner().orElse(null));
      fact(g, "Case", facts.caseText().orElse(null));
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    if (facts.caseLink().isPresent()) {
      g.writeArrayFieldStart("actions");
      g.writeStartObject();
      g.writeStringField("type", "Action.OpenUrl");
      g.writeStringField("title", "Open case");
      g.writeStringField("url", facts.caseLink().get().toString());
      g.writeEndObject();
      g.writeEndArray();
    }
  }

  private static void fact(JsonGenerator g, String title, @Nullable String value)
      throws IOException {
    if (value == null) {
      return;
    }
    g.writeStartObject();
    g.writeStringField("title", title);
    g.writeStringField("value", Texts.truncate(value, FACT_MAX));
    g.writeEndObject();
  }
}
