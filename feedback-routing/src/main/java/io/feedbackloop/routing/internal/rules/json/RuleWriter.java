package io.feedbackloop.routing.internal.rules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.routing.rules.Action;
import io.feedbackloop.routing.rules.Condition;
import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.routing.rules.Rule;
import io.feedbackloop.routing.rules.RuleSet;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes rule sets in the format {@link RuleReader} reads; stable key order, pretty-printed. */
public final class RuleWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private RuleWriter() {}

  /** The JSON document of {@code set}. */
  public static String write(RuleSet set) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("schemaVersion", RuleReader.SCHEMA_VERSION);
      g.writeStringField("id", set.id());
      g.writeNumberField("version", set.version());
      g.writeArrayFieldStart("rules");
      for (Rule r : set.rules()) {
        rule(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString() + "\n";
  }

  private static void rule(JsonGenerator g, Rule r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("name", r.name());
    if (!r.description().isEmpty()) {
      g.writeStringField("description", r.description());
    }
    g.writeNumberField("priority", r.priority());
    g.writeBooleanField("enabled", r.enabled());
    if (r.effectiveFrom().isPresent()) {
      g.writeStringField("effectiveFrom", r.effectiveFrom().get().toString());
    }
    if (r.effectiveUntil().isPresent()) {
      g.writeStringField("effectiveUntil", r.effectiveUntil().get().toString());
    }
    g.writeFieldName("when");
    condition(g, r.condition());
    g.writeArrayFieldStart("then");
    for (Action a : r.actions()) {
      action(g, a);
    }
    g.writeEndArray();
    g.writeBooleanField("stopProcessing", r.stopProcessing());
    g.writeEndObject();
  }

  private static void condition(JsonGenerator g, Condition c) throws IOException {
    g.writeStartObject();
    if (c instanceof Condition.Always) {
      g.writeBooleanField("always", true);
    } else if (c instanceof Condition.All all) {
      parts(g, "all", all.conditions());
    } else if (c instanceof Condition.Any any) {
      parts(g, "any", any.conditions());
    } else if (c instanceof Condition.Not not) {
      g.writeFieldName("not");
      condition(g, not.condition());
    } else if (c instanceof Condition.CategoryIn cat) {
      g.writeObjectFieldStart("category");
      g.writeStringField("question", cat.question());
      strings(g, "in", cat.categories().stream().map(x -> x.label(Metric.NONE)).toList());
      g.writeEndObject();
    } else if (c instanceof Condition.ScoreIs s) {
      g.writeObjectFieldStart("score");
      g.writeStringField("question", s.question());
      g.writeNumberField(s.comparison().wireName(), s.value());
      g.writeEndObject();
    } else if (c instanceof Condition.SurveyIn s) {
      in(g, "survey", s.surveyIds());
    } else if (c instanceof Condition.TouchpointIn t) {
      in(g, "touchpoint", t.touchpoints());
    } else if (c instanceof Condition.ChannelIn ch) {
      in(g, "channel", ch.channels().stream().map(Channel::wireName).toList());
    } else if (c instanceof Condition.LocaleIn l) {
      in(g, "locale", l.locales().stream().map(Locale::toLanguageTag).toList());
    } else if (c instanceof Condition.AttributeIn a) {
      g.writeObjectFieldStart("attribute");
      g.writeStringField("name", a.name());
      strings(g, "in", a.values());
      g.writeEndObject();
    } else if (c instanceof Condition.AttributeCompare a) {
      g.writeObjectFieldStart("attribute");
      g.writeStringField("name", a.name());
      g.writeFieldName(a.comparison().wireName());
      double v = a.value();
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        g.writeNumber((long) v);
      } else {
        g.writeNumber(v);
      }
      g.writeEndObject();
    } else if (c instanceof Condition.AttributeExists a) {
      g.writeObjectFieldStart("attribute");
      g.writeStringField("name", a.name());
      g.writeBooleanField("exists", true);
      g.writeEndObject();
    } else if (c instanceof Condition.TextContains t) {
      g.writeObjectFieldStart("text");
      String q = t.question();
      if (q != null) {
        g.writeStringField("question", q);
      }
      strings(g, t.match() == Condition.TextMatch.ALL ? "containsAll" : "containsAny", t.phrases());
      g.writeEndObject();
    } else if (c instanceof Condition.TopicIn t) {
      in(g, "topic", List.copyOf(t.topics()));
    } else if (c instanceof Condition.SentimentIn s) {
      in(g, "sentiment", s.sentiments().stream().map(Sentiment::label).toList());
    } else if (c instanceof Condition.FirstResponse) {
      g.writeBooleanField("firstResponse", true);
    } else if (c instanceof Condition.RepeatDetractor r) {
      g.writeObjectFieldStart("repeatDetractor");
      g.writeStringField("question", r.question());
      g.writeNumberField("times", r.times());
      g.writeStringField("within", r.within().toString());
      g.writeEndObject();
    } else if (c instanceof Condition.ScoreDropped d) {
      g.writeObjectFieldStart("scoreDropped");
      g.writeStringField("question", d.question());
      g.writeNumberField("by", d.by());
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("unknown condition kind " + c.getClass().getName());
    }
    g.writeEndObject();
  }

  private static void parts(JsonGenerator g, String name, List<Condition> parts) throws IOException {
    g.writeArrayFieldStart(name);
    for (Condition p : parts) {
      condition(g, p);
    }
    g.writeEndArray();
  }

  private static void in(JsonGenerator g, String kind, List<String> values) throws IOException {
    g.writeObjectFieldStart(kind);
    strings(g, "in", values);
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void action(JsonGenerator g, Action a) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart(a.kind());
    if (a instanceof Action.OpenCase o) {
      g.writeStringField("team", o.team());
      g.writeStringField("priority", o.priority().wireName());
      g.writeStringField("sla", o.sla().toString());
    } else if (a instanceof Action.NotifyTeam n) {
      g.writeStringField("team", n.team());
      g.writeStringField("channel", n.channel());
      g.writeStringField("template", n.template());
    } else if (a instanceof Action.MessageCustomer m) {
      g.writeStringField("message", m.message().wireName());
      if (m.link() != null) {
        g.writeStringField("link", String.valueOf(m.link()));
      }
    } else if (a instanceof Action.Tag t) {
      g.writeStringField("name", t.tag());
    } else if (a instanceof Action.SuppressSurveys s) {
      g.writeStringField("period", s.period().toString());
    } else if (a instanceof Action.Escalate e) {
      g.writeStringField("to", e.to());
      g.writeStringField("reason", e.reason());
    } else if (a instanceof Action.Custom c) {
      g.writeStringField("type", c.type());
      g.writeObjectFieldStart("parameters");
      for (Map.Entry<String, String> p : c.parameters().entrySet()) {
        g.writeStringField(p.getKey(), p.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
