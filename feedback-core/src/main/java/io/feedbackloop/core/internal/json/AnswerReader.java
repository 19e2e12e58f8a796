package io.feedbackloop.core.internal.json;

import com.fasterxml.jackson.core.JsonToken;
import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.ChoiceAnswer;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.TextAnswer;
import io.feedbackloop.core.response.ThumbsAnswer;
import io.feedbackloop.core.validation.ProblemCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads one answer object, {@code {"type":"score","value":3}}. {@code "value"} may come before
 * {@code "type"}, so the value is held with its JSON kind until both are known. Jackson's
 * duplicate detection is off inside {@code "answers"} (a question may be answered twice there), so
 * this reader detects a repeated {@code type} or {@code value} itself.
 */
final class AnswerReader {
  private static final List<String> NAMES = List.of("type", "value");
  private static final int TYPE = 1;
  private static final int VALUE = 2;
  private static final List<String> TYPES = List.of("score", "thumbs", "choice", "text");

  private @Nullable String type;
  private @Nullable JsonToken kind;
  private boolean intRange;
  private int number;
  private boolean flag;
  private @Nullable String string;
  private @Nullable List<String> strings;
  private int badElement = -1;
  private @Nullable JsonToken badElementKind;

  private AnswerReader() {}

  /** Reads the answer object at the cursor, answering {@code questionId}. */
  static Answer read(JsonCursor c, String questionId) throws IOException {
    return new AnswerReader().readObject(c, questionId);
  }

  private Answer readObject(JsonCursor c, String questionId) throws IOException {
    c.expectObject();
    int seen = 0;
    for (String name = c.nextName(); name != null; name = c.nextName()) {
      c.next();
      int bit = name.equals("type") ? TYPE : name.equals("value") ? VALUE : 0;
      if (bit == 0) {
        throw c.unknownProperty(name, "type, value");
      }
      if ((seen & bit) != 0) {
        throw c.duplicate(name);
      }
      seen |= bit;
      if (bit == TYPE) {
        type = typeName(c);
      } else {
        readValue(c);
      }
    }
    c.requireAll(seen, TYPE | VALUE, NAMES);
    String base = c.here();
    Answer answer;
    try {
      answer = answer(c, base, questionId);
    } catch (IllegalArgumentException e) {
      throw c.problemAt(base, ProblemCode.JSON_INVALID_VALUE, JsonCursor.messageOf(e));
    }
    return answer;
  }

  /** The type name as one of the constant strings (no allocation), or as read if unknown. */
  private static String typeName(JsonCursor c) throws IOException {
    c.expectString();
    for (String known : TYPES) {
      if (c.textEquals(known)) {
        return known;
      }
    }
    return c.string();
  }

  private void readValue(JsonCursor c) throws IOException {
    JsonToken token = c.token();
    kind = token;
    if (token == JsonToken.VALUE_NUMBER_INT) {
      intRange = c.fitsInt(); // if not, reported once the type is known
      number = intRange ? c.integer() : 0;
    } else if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      flag = c.bool();
    } else if (token == JsonToken.VALUE_STRING) {
      string = c.string();
    } else if (token == JsonToken.START_ARRAY) {
      List<String> list = new ArrayList<>(4);
      int index = 0;
      for (JsonToken t = c.next(); t != JsonToken.END_ARRAY; t = c.next(), index++) {
        if (t == JsonToken.VALUE_STRING) {
          list.add(c.string());
        } else {
          if (badElement < 0) {
            badElement = index;
            badElementKind = t;
          }
          c.skip();
        }
      }
      strings = list;
    } else {
      c.skip();
    }
  }

  private Answer answer(JsonCursor c, String base, String questionId) {
    String t = type == null ? "" : type;
    String valuePath = base + "/value";
    switch (t) {
      case "score" -> {
        if (kind != JsonToken.VALUE_NUMBER_INT) {
          throw wrongType(c, valuePath, "an integer");
        }
        if (!intRange) {
          throw c.problemAt(
              valuePath,
              ProblemCode.JSON_INVALID_VALUE,
              "value must be an integer from -2147483648 to 2147483647");
        }
        return new ScoreAnswer(questionId, number);
      }
      case "thumbs" -> {
        if (kind != JsonToken.VALUE_TRUE && kind != JsonToken.VALUE_FALSE) {
          throw wrongType(c, valuePath, "a boolean");
        }
        return new ThumbsAnswer(questionId, flag);
      }
      case "text" -> {
        String s = string;
        if (kind != JsonToken.VALUE_STRING || s == null) {
          throw wrongType(c, valuePath, "a string");
        }
        return new TextAnswer(questionId, s);
      }
      case "choice" -> {
        List<String> list = strings;
        if (kind != JsonToken.START_ARRAY || list == null) {
          throw wrongType(c, valuePath, "an array of choice ids");
        }
        if (badElement >= 0) {
          throw c.problemAt(
              valuePath + "/" + badElement,
              ProblemCode.JSON_WRONG_TYPE,
              "element " + badElement + " must be a string, but was "
                  + JsonCursor.describe(badElementKind));
        }
        return new ChoiceAnswer(questionId, list);
      }
      default ->
          throw c.problemAt(
              base + "/type",
              ProblemCode.JSON_INVALID_VALUE,
              "type must be one of score, thumbs, choice, text, but was '" + Args.printable(t)
                  + "'");
    }
  }

  private io.feedbackloop.core.validation.ValidationException wrongType(
      JsonCursor c, String path, String expected) {
    return c.problemAt(
        path,
        ProblemCode.JSON_WRONG_TYPE,
        "value of a " + type + " answer must be " + expected + ", but was "
            + JsonCursor.describe(kind));
  }
}
