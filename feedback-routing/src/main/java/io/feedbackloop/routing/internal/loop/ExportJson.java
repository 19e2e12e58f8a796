package io.feedbackloop.routing.internal.loop;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.feedbackloop.core.json.FeedbackJson;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.routing.cases.AuditEntry;
import io.feedbackloop.routing.cases.CaseNote;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.invite.Invitation;
import io.feedbackloop.routing.loop.RespondentExport;
import io.feedbackloop.routing.outbox.OutboxMessage;
import io.feedbackloop.routing.suppression.Suppression;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link RespondentExport} as one indented JSON document (jackson-core streaming), fields
 * in a fixed order: {@code tenant}, {@code respondent}, {@code responses} (each in the SDK's own
 * response JSON), {@code cases}, {@code messages}, {@code invitations}, {@code suppressions}.
 * Instants are ISO-8601 strings; absent optional values are left out. A case lists only the
 * subject's response ids, and its source response id only if that response is the subject's.
 * Stateless and thread-safe.
 */
public final class ExportJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final FeedbackJson RESPONSES = FeedbackJson.ofDefaults();

  private ExportJson() {}

  /** The JSON document of {@code export}. */
  public static String write(RespondentExport export) {
    StringWriter out = new StringWriter(1024);
    Set<String> own = new HashSet<>();
    for (Response r : export.responses()) {
      own.add(r.id());
    }
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("tenant", export.tenant().value());
      g.writeStringField("respondent", export.respondent().value());
      g.writeArrayFieldStart("responses");
      for (Response r : export.responses()) {
        g.writeRawValue(RESPONSES.writeResponse(r));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("cases");
      for (FollowUpCase c : export.cases()) {
        writeCase(g, c, own);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("messages");
      for (OutboxMessage m : export.messages()) {
        writeMessage(g, m);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("invitations");
      for (Invitation i : export.invitations()) {
        g.writeStartObject();
        g.writeStringField("id", i.id());
        g.writeStringField("surveyId", i.surveyId());
        g.writeStringField("eventId", i.eventId());
        g.writeStringField("channel", i.channel());
        instant(g, "createdAt", i.createdAt());
        instant(g, "sendAt", i.sendAt());
        instant(g, "reminderAt", i.reminderAt());
        instant(g, "answeredAt", i.answeredAt());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("suppressions");
      for (Suppression s : export.suppressions()) {
        g.writeStartObject();
        g.writeStringField("channel", s.channel());
        g.writeStringField("reason", s.reason().name());
        instant(g, "since", s.since());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeCase(JsonGenerator g, FollowUpCase c, Set<String> own)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id().value());
    g.writeStringField("ruleId", c.ruleId());
    if (own.contains(c.sourceResponseId())) {
      g.writeStringField("sourceResponseId", c.sourceResponseId());
    }
    g.writeArrayFieldStart("responseIds");
    for (String id : c.responseIds()) {
      if (own.contains(id)) {
        g.writeString(id);
      }
    }
    g.writeEndArray();
    g.writeStringField("status", c.status().name());
    g.writeStringField("priority", c.priority().name());
    g.writeStringField("team", c.team());
    text(g, "owner", c.owner());
    instant(g, "createdAt", c.createdAt());
    instant(g, "updatedAt", c.updatedAt());
    instant(g, "firstContactDue", c.firstContactDue());
    instant(g, "resolutionDue", c.resolutionDue());
    instant(g, "firstContactAt", c.firstContactAt());
    instant(g, "resolvedAt", c.resolvedAt());
    instant(g, "closedAt", c.closedAt());
    g.writeArrayFieldStart("tags");
    for (String t : c.tags()) {
      g.writeString(t);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rootCauses");
    for (String t : c.rootCauses()) {
      g.writeString(t);
    }
    g.writeEndArray();
    text(g, "resolutionSummary", c.resolutionSummary());
    text(g, "customerMessage", c.customerMessage());
    g.writeArrayFieldStart("notes");
    for (CaseNote n : c.notes()) {
      g.writeStartObject();
      instant(g, "at", n.at());
      g.writeStringField("author", n.author());
      g.writeStringField("text", n.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("audit");
    for (AuditEntry e : c.audit()) {
      g.writeStartObject();
      g.writeNumberField("version", e.version());
      instant(g, "at", e.at());
      g.writeStringField("actor", e.actor());
      g.writeStringField("field", e.field());
      nullableText(g, "from", e.from());
      nullableText(g, "to", e.to());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeMessage(JsonGenerator g, OutboxMessage om) throws IOException {
    Message m = om.message();
    g.writeStartObject();
    g.writeStringField("idempotencyKey", m.idempotencyKey());
    g.writeStringField("channel", om.channel());
    g.writeStringField("state", om.state().name());
    g.writeNumberField("attempts", om.attempts());
    instant(g, "nextAttemptAt", om.nextAttemptAt());
    text(g, "lastError", om.lastError());
    g.writeStringField("locale", m.locale().toLanguageTag());
    g.writeStringField("subject", m.subject());
    g.writeStringField("text", m.text());
    text(g, "html", m.html());
    map(g, "metadata", m.metadata());
    map(g, "headers", m.headers());
    g.writeEndObject();
  }

  private static void map(JsonGenerator g, String name, Map<String, String> values)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, String> e : values.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void nullableText(JsonGenerator g, String name, @Nullable String value)
      throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void instant(JsonGenerator g, String name, Optional<Instant> value)
      throws IOException {
    if (value.isPresent()) {
      instant(g, name, value.get());
    }
  }

  private static void instant(JsonGenerator g, String name, Instant value) throws IOException {
    g.writeStringField(name, value.toString());
  }
}
