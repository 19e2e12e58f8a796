package io.feedbackloop.core.internal.json;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.validation.ProblemCode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a response document in one streaming pass. Values whose rules the model checks (ids,
 * respondent, idempotency key) are handed to the builder at the end with the property's path, so
 * a broken rule is reported where it is; answers and attributes are checked as they are read.
 */
final class ResponseReader {
  static final List<String> NAMES =
      List.of(
          "schemaVersion", "id", "tenant", "survey", "respondent", "touchpoint", "channel",
          "submittedAt", "locale", "idempotencyKey", "answers", "attributes");
  private static final String ALLOWED = String.join(", ", NAMES);
  private static final int TENANT = 1 << 2;
  private static final int SURVEY = 1 << 3;
  private static final int CHANNEL = 1 << 6;
  private static final int SUBMITTED_AT = 1 << 7;
  private static final int ANSWERS = 1 << 10;
  private static final int REQUIRED = TENANT | SURVEY | CHANNEL | SUBMITTED_AT | ANSWERS;
  private static final List<String> SURVEY_NAMES = List.of("id", "version");

  private @Nullable String id;
  private String tenant = "";
  private String surveyId = "";
  private int surveyVersion = 1;
  private @Nullable String respondent;
  private @Nullable String touchpoint;
  private Channel channel = Channel.API;
  private Instant submittedAt = Instant.EPOCH;
  private @Nullable Locale locale;
  private @Nullable String idempotencyKey;
  private final List<Answer> answers = new ArrayList<>();
  private @Nullable List<String> attributes;

  private ResponseReader() {}

  static Response read(JsonCursor c) throws IOException {
    return new ResponseReader().readDocument(c);
  }

  private Response readDocument(JsonCursor c) throws IOException {
    c.root();
    c.expectObject();
    // Duplicate keys are detected here and in the nested objects by bit masks (and in
    // "attributes" by a scan), which costs less than Jackson's detector on the hot path.
    c.allowDuplicateNames();
    int seen = 0;
    for (String name = c.nextName(); name != null; name = c.nextName()) {
      c.next();
      int bit = readProperty(c, name);
      if ((seen & bit) != 0) {
        throw c.duplicate(name);
      }
      seen |= bit;
    }
    c.end();
    c.requireAll(seen, REQUIRED, NAMES);
    return build(c);
  }

  /** Reads one property of the root object; returns its bit. */
  private int readProperty(JsonCursor c, String name) throws IOException {
    switch (name) {
      case "schemaVersion" -> {
        SchemaVersion.read(c);
        return 1;
      }
      case "id" -> {
        id = c.string();
        return 1 << 1;
      }
      case "tenant" -> {
        tenant = c.string();
        return TENANT;
      }
      case "survey" -> {
        readSurvey(c);
        return SURVEY;
      }
      case "respondent" -> {
        respondent = c.string();
        return 1 << 4;
      }
      case "touchpoint" -> {
        touchpoint = c.string();
        return 1 << 5;
      }
      case "channel" -> {
        c.expectString();
        Channel ch = WireNames.channel(c);
        if (ch == null) {
          throw c.invalid(
              "channel must be one of " + WireNames.CHANNELS + ", but was '"
                  + Args.printable(c.string()) + "'");
        }
        channel = ch;
        return CHANNEL;
      }
      case "submittedAt" -> {
        c.expectString();
        try {
          submittedAt = Instants.parse(c.textCharacters(), c.textOffset(), c.textLength());
        } catch (DateTimeException e) {
          throw c.invalid(
              "submittedAt must be an ISO-8601 instant such as 2026-11-22T10:15:30Z, but was '"
                  + Args.printable(c.string()) + "'");
        }
        return SUBMITTED_AT;
      }
      case "locale" -> {
        String tag = c.string();
        try {
          locale = Locales.parse(tag);
        } catch (IllegalArgumentException e) {
          throw c.invalid(JsonCursor.messageOf(e));
        }
        return 1 << 8;
      }
      case "idempotencyKey" -> {
        idempotencyKey = c.string();
        return 1 << 9;
      }
      case "answers" -> {
        readAnswers(c);
        return ANSWERS;
      }
      case "attributes" -> {
        readAttributes(c);
        return 1 << 11;
      }
      default -> throw c.unknownProperty(name, ALLOWED);
    }
  }

  private void readSurvey(JsonCursor c) throws IOException {
    c.expectObject();
    int seen = 0;
    for (String name = c.nextName(); name != null; name = c.nextName()) {
      c.next();
      int bit = name.equals("id") ? 1 : name.equals("version") ? 2 : 0;
      if (bit == 0) {
        throw c.unknownProperty(name, "id, version");
      }
      if ((seen & bit) != 0) {
        throw c.duplicate(name);
      }
      seen |= bit;
      if (bit == 1) {
        surveyId = c.identifier("survey id");
      } else {
        surveyVersion = c.positive();
      }
    }
    c.requireAll(seen, 3, SURVEY_NAMES);
  }

  private void readAnswers(JsonCursor c) throws IOException {
    c.expectObject();
    c.allowDuplicateNames(); // a question answered twice is reported by validation, not here
    for (String questionId = c.nextName(); questionId != null; questionId = c.nextName()) {
      c.next();
      answers.add(AnswerReader.read(c, questionId));
    }
  }

  private void readAttributes(JsonCursor c) throws IOException {
    c.expectObject();
    List<String> pairs = new ArrayList<>();
    for (String name = c.nextName(); name != null; name = c.nextName()) {
      c.next();
      String value = c.string();
      if (!Args.isIdentifier(name)) {
        throw c.invalid(JsonCursor.identifierMessage("attribute name", name));
      }
      if (value.length() > Response.MAX_ATTRIBUTE_LENGTH) {
        throw c.invalid(
            "length of attribute " + name + " must be <= " + Response.MAX_ATTRIBUTE_LENGTH
                + ", but was " + value.length());
      }
      for (int i = 0; i < pairs.size(); i += 2) {
        if (pairs.get(i).equals(name)) {
          throw c.duplicate(name);
        }
      }
      if (pairs.size() / 2 >= Response.MAX_ATTRIBUTES) {
        throw c.invalid(
            "number of attributes must be <= " + Response.MAX_ATTRIBUTES + ", but was "
                + (pairs.size() / 2 + 1));
      }
      pairs.add(name);
      pairs.add(value);
    }
    attributes = pairs;
  }

  private Response build(JsonCursor c) {
    TenantId tenantId;
    try {
      tenantId = new TenantId(tenant);
    } catch (IllegalArgumentException e) {
      throw invalidAt(c, "/tenant", e);
    }
    Response.Builder b =
        Response.builder(tenantId, surveyId)
            .surveyVersion(surveyVersion)
            .channel(channel)
            .submittedAt(submittedAt)
            .locale(locale);
    String theId = id;
    if (theId != null) {
      try {
        b.id(theId);
      } catch (IllegalArgumentException e) {
        throw invalidAt(c, "/id", e);
      }
    }
    String theRespondent = respondent;
    if (theRespondent != null) {
      try {
        b.respondent(theRespondent);
      } catch (IllegalArgumentException e) {
        throw invalidAt(c, "/respondent", e);
      }
    }
    try {
      b.touchpoint(touchpoint);
    } catch (IllegalArgumentException e) {
      throw invalidAt(c, "/touchpoint", e);
    }
    String key = idempotencyKey;
    if (key != null) {
      try {
        b.idempotencyKey(key);
      } catch (IllegalArgumentException e) {
        throw invalidAt(c, "/idempotencyKey", e);
      }
    }
    for (int i = 0; i < answers.size(); i++) {
      b.answer(answers.get(i));
    }
    List<String> pairs = attributes;
    if (pairs != null) {
      for (int i = 0; i < pairs.size(); i += 2) {
        b.attribute(pairs.get(i), pairs.get(i + 1));
      }
    }
    return b.build();
  }

  private static io.feedbackloop.core.validation.ValidationException invalidAt(
      JsonCursor c, String path, IllegalArgumentException e) {
    return c.problemAt(path, ProblemCode.JSON_INVALID_VALUE, JsonCursor.messageOf(e));
  }
}
