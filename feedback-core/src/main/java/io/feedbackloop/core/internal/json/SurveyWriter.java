package io.feedbackloop.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.feedbackloop.core.survey.ChoiceAmong;
import io.feedbackloop.core.survey.Choice;
import io.feedbackloop.core.survey.DisplayCondition;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.MultipleChoiceQuestion;
import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.QuestionType;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaledQuestion;
import io.feedbackloop.core.survey.ScoreBetween;
import io.feedbackloop.core.survey.SingleChoiceQuestion;
import io.feedbackloop.core.survey.SmileyQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.TextQuestion;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a survey definition with every property explicit (required flags, scales, selection
 * bounds, lengths), in the order of the wire format's description.
 */
final class SurveyWriter {
  private SurveyWriter() {}

  static void write(JsonGenerator g, Survey s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", SchemaVersion.CURRENT);
    g.writeStringField("id", s.id());
    g.writeNumberField("version", s.version());
    g.writeStringField("name", s.name());
    Optional<String> touchpoint = s.touchpoint();
    if (touchpoint.isPresent()) {
      g.writeStringField("touchpoint", touchpoint.get());
    }
    g.writeStringField("defaultLocale", s.defaultLocale().toLanguageTag());
    if (!s.metadata().isEmpty()) {
      g.writeObjectFieldStart("metadata");
      for (Map.Entry<String, String> e : s.metadata().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("questions");
    for (Question q : s.questions()) {
      question(g, q);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void question(JsonGenerator g, Question q) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", q.type().wireName());
    g.writeStringField("id", q.id());
    g.writeFieldName("text");
    text(g, q.text());
    g.writeBooleanField("required", q.required());
    Optional<DisplayCondition> condition = q.displayCondition();
    if (condition.isPresent()) {
      g.writeFieldName("showIf");
      condition(g, condition.get());
    }
    if (q instanceof SmileyQuestion smiley) {
      g.writeNumberField("faces", smiley.faces());
    } else if (q instanceof ScaledQuestion scaled && q.type() != QuestionType.NPS) {
      g.writeFieldName("scale");
      scale(g, scaled.scale());
    }
    if (q instanceof ScaledQuestion scaled && !scaled.labels().isEmpty()) {
      g.writeObjectFieldStart("labels");
      for (Map.Entry<Integer, LocalizedText> e : scaled.labels().entrySet()) {
        g.writeFieldName(Integer.toString(e.getKey()));
        text(g, e.getValue());
      }
      g.writeEndObject();
    } else if (q instanceof SingleChoiceQuestion single) {
      choices(g, single.choices());
    } else if (q instanceof MultipleChoiceQuestion multiple) {
      choices(g, multiple.choices());
      g.writeNumberField("minSelections", multiple.minSelections());
      g.writeNumberField("maxSelections", multiple.maxSelections());
    } else if (q instanceof TextQuestion text) {
      g.writeNumberField("maxLength", text.maxLength());
    }
    g.writeEndObject();
  }

  private static void scale(JsonGenerator g, Scale scale) throws IOException {
    g.writeStartObject();
    g.writeNumberField("min", scale.min());
    g.writeNumberField("max", scale.max());
    g.writeNumberField("step", scale.step());
    g.writeStringField("direction", scale.direction().wireName());
    g.writeStringField("metric", scale.metric().wireName());
    g.writeNumberField("positiveFrom", scale.positiveFrom());
    g.writeEndObject();
  }

  private static void condition(JsonGenerator g, DisplayCondition condition) throws IOException {
    g.writeStartObject();
    if (condition instanceof ScoreBetween range) {
      g.writeStringField("type", ConditionReader.SCORE_BETWEEN);
      g.writeStringField("question", range.questionId());
      g.writeNumberField("min", range.min());
      g.writeNumberField("max", range.max());
    } else if (condition instanceof ChoiceAmong among) {
      g.writeStringField("type", ConditionReader.CHOICE_AMONG);
      g.writeStringField("question", among.questionId());
      g.writeArrayFieldStart("choices");
      for (String id : among.choiceIds()) {
        g.writeString(id);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void choices(JsonGenerator g, List<Choice> choices) throws IOException {
    g.writeArrayFieldStart("choices");
    for (Choice choice : choices) {
      g.writeStartObject();
      g.writeStringField("id", choice.id());
      g.writeFieldName("label");
      text(g, choice.label());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void text(JsonGenerator g, LocalizedText text) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, String> e : text.asMap().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }
}
