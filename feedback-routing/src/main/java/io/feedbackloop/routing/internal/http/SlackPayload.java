package io.feedbackloop.routing.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.feedbackloop.routing.delivery.Message;
import java.io.IOException;

/**
 * A Slack incoming-webhook body in Block Kit: a section with the subject in bold, a section with
 * the text, a section of fields (score, comment, case link, owner) when the message has them, and
 * the text as the top-level {@code text} that notifications and old clients show. All user text is
 * escaped for mrkdwn and cut to Slack's limits (3000 characters per section text, 2000 per field).
 */
public final class SlackPayload {
  static final int SECTION_MAX = 3000;
  static final int FIELD_MAX = 2000;

  private SlackPayload() {}

  /** The body for {@code message}. */
  public static byte[] write(Message message) {
    CardFacts facts = CardFacts.of(message);
    String fallback = message.text().isBlank() ? message.subject() : message.text();
    return JsonBytes.write(
        g -> {
          g.writeStartObject();
          g.writeStringField("text", Texts.slackEscape(fallback, SECTION_MAX));
          g.writeArrayFieldStart("blocks");
          if (!message.subject().isBlank()) {
            section(g, "*" + Texts.slackEscape(message.subject(), SECTION_MAX - 2) + "*");
          }
          if (!message.text().isBlank()) {
            section(g, Texts.slackEscape(message.text(), SECTION_MAX));
          }
          if (!facts.isEmpty()) {
            fields(g, facts);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private static void section(JsonGenerator g, String mrkdwn) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "section");
    mrkdwn(g, "text", mrkdwn);
    g.writeEndObject();
  }

  private static void fields(JsonGenerator g, CardFacts facts) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "section");
    g.writeArrayFieldStart("fields");
    if (facts.score().isPresent()) {
      field(g, "Score", Texts.slackEscape(facts.score().get(), FIELD_MAX - 16));
    }
    if (facts.comment().isPresent()) {
      field(g, "Comment", Texts.slackEscape(facts.comment().get(), FIELD_MAX - 16));
    }
    if (facts.caseLink().isPresent()) {
      String url = Texts.slackEscape(facts.caseLink().get().toString(), FIELD_MAX);
      field(g, "Case", url.length() <= FIELD_MAX - 32 ? "<" + url + "|Open case>" : "Open case");
    } else if (facts.caseText().isPresent()) {
      field(g, "Case", Texts.slackEscape(facts.caseText().get(), FIELD_MAX - 16));
    }
    if (facts.owner().isPresent()) {
      field(g, "Owner", Texts.slackEscape(facts.owner().get(), FIELD_MAX - 16));
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void field(JsonGenerator g, String label, String escapedValue) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "mrkdwn");
    g.writeStringField("text", "*" + label + "*\n" + escapedValue);
    g.writeEndObject();
  }

  private static void mrkdwn(JsonGenerator g, String name, String text) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("type", "mrkdwn");
    g.writeStringField("text", text);
    g.writeEndObject();
  }
}
