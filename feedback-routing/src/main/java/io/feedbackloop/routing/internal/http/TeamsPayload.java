package io.feedbackloop.routing.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.feedbackloop.routing.delivery.Message;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A Microsoft Teams Workflows webhook body: a message with one Adaptive Card 1.4 attachment that
 * shows the subject, the text, the facts (score, comment, owner, and the case URL when it is not a
 * usable link) and an {@code Action.OpenUrl} to the case. Every text is a {@code TextRun}, which
 * Teams never renders as Markdown. Texts are cut so that the card stays well
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
      g.writeStringField("type", "RichTextBlock");
      g.writeArrayFieldStart("inlines");
      run(g, Texts.truncate(message.subject(), FACT_MAX), true, "Medium");
      g.writeEndArray();
      g.writeEndObject();
    }
    if (!message.text().isBlank()) {
      g.writeStartObject();
      g.writeStringField("type", "RichTextBlock");
      g.writeArrayFieldStart("inlines");
      run(g, Texts.truncate(message.text(), TEXT_MAX), false, null);
      g.writeEndArray();
      g.writeEndObject();
    }
    boolean anyFact =
        facts.score().isPresent()
            || facts.comment().isPresent()
            || facts.owner().isPresent()
            || facts.caseText().isPresent();
    if (anyFact) {
      g.writeStartObject();
      g.writeStringField("type", "Container");
      g.writeArrayFieldStart("items");
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

  /** One fact as a line of two text runs: a bold title and the plain value. */
  private static void fact(JsonGenerator g, String title, @Nullable String value)
      throws IOException {
    if (value == null) {
      return;
    }
    g.writeStartObject();
    g.writeStringField("type", "RichTextBlock");
    g.writeArrayFieldStart("inlines");
    run(g, title + ": ", true, null);
    run(g, Texts.truncate(value, FACT_MAX), false, null);
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * A {@code TextRun}: unlike a {@code TextBlock} or a fact value, its text is never read as
   * Markdown, so a customer's comment cannot turn into a link or formatting in the card.
   */
  private static void run(JsonGenerator g, String text, boolean bold, @Nullable String size)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "TextRun");
    g.writeStringField("text", text);
    if (bold) {
      g.writeStringField("weight", "Bolder");
    }
    if (size != null) {
      g.writeStringField("size", size);
    }
    g.writeEndObject();
  }
}
