package io.feedbackloop.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.ChoiceAnswer;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.TextAnswer;
import io.feedbackloop.core.response.ThumbsAnswer;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a response with every property it has. Two answers to one question are written as two
 * members of {@code "answers"} with one name, which the reader accepts (validation reports them).
 */
final class ResponseWriter {
  private ResponseWriter() {}

  static void write(JsonGenerator g, Response r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", SchemaVersion.CURRENT);
    g.writeStringField("id", r.id());
    g.writeStringField("tenant", r.tenant().value());
    g.writeObjectFieldStart("survey");
    g.writeStringField("id", r.surveyId());
    g.writeNumberField("version", r.surveyVersion());
    g.writeEndObject();
    if (r.respondent().isPresent()) {
      g.writeStringField("respondent", r.respondent().get().value());
    }
    if (r.touchpoint().isPresent()) {
      g.writeStringField("touchpoint", r.touchpoint().get());
    }
    g.writeStringField("channel", r.channel().wireName());
    g.writeStringField("submittedAt", r.submittedAt().toString());
    if (r.locale().isPresent()) {
      g.writeStringField("locale", r.locale().get().toLanguageTag());
    }
    g.writeStringField("idempotencyKey", r.idempotencyKey());
    g.writeObjectFieldStart("answers");
    for (Answer a : r.answers()) {
      g.writeFieldName(a.questionId());
      answer(g, a);
    }
    g.writeEndObject();
    if (!r.attributes().isEmpty()) {
      g.writeObjectFieldStart("attributes");
      for (Map.Entry<String, String> e : r.attributes().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void answer(JsonGenerator g, Answer a) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", a.typeName());
    g.writeFieldName("value");
    if (a instanceof ScoreAnswer score) {
      g.writeNumber(score.value());
    } else if (a instanceof ThumbsAnswer thumbs) {
      g.writeBoolean(thumbs.up());
    } else if (a instanceof TextAnswer text) {
      g.writeString(text.text());
    } else if (a instanceof ChoiceAnswer choice) {
      g.writeStartArray();
      for (String id : choice.choiceIds()) {
        g.writeString(id);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
