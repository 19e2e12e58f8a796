package io.feedbackloop.core.internal.json;

import io.feedbackloop.core.internal.Args;
import com.fasterxml.jackson.core.JsonToken;
import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.Survey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a survey definition document. Problems of the JSON are reported as they are met; the
 * survey's own rules are checked by {@link Survey.Builder#build()}, whose problem paths point into
 * the same document.
 */
final class SurveyReader {
  static final List<String> NAMES =
      List.of(
          "schemaVersion", "id", "version", "name", "touchpoint", "defaultLocale", "metadata",
          "questions");
  private static final int SCHEMA_VERSION = 1;
  private static final int ID = 1 << 1;
  private static final int VERSION = 1 << 2;
  private static final int NAME = 1 << 3;
  private static final int DEFAULT_LOCALE = 1 << 5;
  private static final int QUESTIONS = 1 << 7;
  private static final int REQUIRED = SCHEMA_VERSION | ID | VERSION | NAME | DEFAULT_LOCALE | QUESTIONS;

  private SurveyReader() {}

  static Survey read(JsonCursor c) throws IOException {
    c.root();
    c.expectObject();
    int seen = 0;
    String id = "";
    int version = 1;
    String name = "";
    @Nullable String touchpoint = null;
    Locale defaultLocale = Locale.ENGLISH;
    Map<String, String> metadata = Map.of();
    List<Question> questions = List.of();
    for (String property = c.nextName(); property != null; property = c.nextName()) {
      c.next();
      int index = NAMES.indexOf(property);
      if (index < 0) {
        throw c.unknownProperty(property, String.join(", ", NAMES));
      }
      seen |= 1 << index;
      switch (index) {
        case 0 -> SchemaVersion.read(c);
        case 1 -> id = c.identifier("survey id");
        case 2 -> version = c.positive();
        case 3 -> {
          name = c.string();
          if (name.isBlank()) {
            throw c.invalid("name must not be blank");
          }
        }
        case 4 -> touchpoint = c.identifier("touchpoint");
        case 5 -> defaultLocale = locale(c);
        case 6 -> metadata = metadata(c);
        default -> questions = questions(c);
      }
    }
    c.end();
    c.requireAll(seen, REQUIRED, NAMES);
    Survey.Builder builder =
        Survey.builder(id)
            .version(version)
            .name(name)
            .touchpoint(touchpoint)
            .defaultLocale(defaultLocale)
            .questions(questions);
    metadata.forEach(builder::metadata);
    return builder.build();
  }

  private static Locale locale(JsonCursor c) throws IOException {
    String tag = c.string();
    try {
      return Locales.parse(tag);
    } catch (IllegalArgumentException e) {
      throw c.invalid(JsonCursor.messageOf(e));
    }
  }

  private static Map<String, String> metadata(JsonCursor c) throws IOException {
    c.expectObject();
    Map<String, String> metadata = new LinkedHashMap<>();
    for (String key = c.nextName(); key != null; key = c.nextName()) {
      c.next();
      if (!Args.isIdentifier(key)) {
        throw c.invalid(JsonCursor.identifierMessage("metadata key", key));
      }
      metadata.put(key, c.string());
    }
    return metadata;
  }

  private static List<Question> questions(JsonCursor c) throws IOException {
    c.expectArray();
    List<Question> questions = new ArrayList<>();
    while (c.next() != JsonToken.END_ARRAY) {
      questions.add(QuestionReader.read(c));
    }
    return questions;
  }
}
