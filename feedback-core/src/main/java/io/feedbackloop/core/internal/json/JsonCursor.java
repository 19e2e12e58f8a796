package io.feedbackloop.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadContext;
import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import io.feedbackloop.core.validation.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A thin layer over one {@link JsonParser}: typed reads that fail with a {@link
 * ValidationException} whose path is the JSON pointer of the current value. Paths are computed
 * from Jackson's parsing context only when a problem is reported, so the happy path allocates
 * nothing for them. Not thread-safe; one per document.
 */
final class JsonCursor {
  private final JsonParser parser;
  private final String subject;

  JsonCursor(JsonParser parser, String subject) {
    this.parser = parser;
    this.subject = subject;
  }

  /** Reads the root value's first token. */
  JsonToken root() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw problemAt("", ProblemCode.JSON_SYNTAX, "the document is empty");
    }
    return token;
  }

  /** Checks that nothing but white space follows the root value. */
  void end() throws IOException {
    if (parser.nextToken() != null) {
      throw problemAt(
          "", ProblemCode.JSON_SYNTAX, "unexpected content after the end of the root value");
    }
  }

  /** Advances to the next token (inside a container Jackson never returns null). */
  JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw problemAt("", ProblemCode.JSON_SYNTAX, "unexpected end of the document");
    }
    return token;
  }

  /** The next property name of the current object, or null at its end; then call {@link #next}. */
  @Nullable String nextName() throws IOException {
    return parser.nextFieldName();
  }

  /** The current token. */
  @Nullable JsonToken token() {
    return parser.currentToken();
  }

  /** Turns off Jackson's duplicate detection for the object just started (and its children). */
  void allowDuplicateNames() {
    JsonStreamContext context = parser.getParsingContext();
    if (context instanceof JsonReadContext read) {
      read.withDupDetector(null);
    }
  }

  /** Skips the current value, including every child of a container. */
  void skip() throws IOException {
    parser.skipChildren();
  }

  void expectObject() {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType("an object");
    }
  }

  void expectArray() {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("an array");
    }
  }

  String string() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string");
    }
    return parser.getText();
  }

  /**
   * Checks that the current token is a string, without making a {@code String} of it: read it
   * with {@link #textCharacters()}, {@link #textOffset()} and {@link #textLength()}.
   */
  void expectString() {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string");
    }
  }

  char[] textCharacters() throws IOException {
    return parser.getTextCharacters();
  }

  int textOffset() throws IOException {
    return parser.getTextOffset();
  }

  int textLength() throws IOException {
    return parser.getTextLength();
  }

  /** Tells whether the current string token's text equals {@code expected}. */
  boolean textEquals(String expected) throws IOException {
    int length = parser.getTextLength();
    if (length != expected.length()) {
      return false;
    }
    char[] chars = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    for (int i = 0; i < length; i++) {
      if (chars[offset + i] != expected.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A string that must be an identifier (see {@link Args#identifier}). */
  String identifier(String what) throws IOException {
    String value = string();
    if (!Args.isIdentifier(value)) {
      throw invalid(identifierMessage(what, value));
    }
    return value;
  }

  int integer() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("an integer");
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      throw invalid(subject() + " must be an integer from -2147483648 to 2147483647");
    }
    return parser.getIntValue();
  }

  /** Tells whether the current integer token fits an {@code int}. */
  boolean fitsInt() throws IOException {
    return parser.getNumberType() == JsonParser.NumberType.INT;
  }

  /** An integer that must be {@code >= 1}. */
  int positive() throws IOException {
    int value = integer();
    if (value <= 0) {
      throw invalid(subject() + " must be > 0, but was " + value);
    }
    return value;
  }

  boolean bool() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token != JsonToken.VALUE_FALSE) {
      throw wrongType("a boolean");
    }
    return false;
  }

  /** The JSON pointer of the current value (of the object or array just ended, at its end). */
  String here() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  /** The current property name, or "element i" in an array, for messages. */
  String subject() {
    JsonStreamContext context = parser.getParsingContext();
    if (context.inObject()) {
      String name = context.getCurrentName();
      return name == null ? "the object" : Args.printable(name);
    }
    if (context.inArray()) {
      return "element " + Math.max(0, context.getCurrentIndex());
    }
    return "the document";
  }

  ValidationException wrongType(String expected) {
    return problem(
        ProblemCode.JSON_WRONG_TYPE,
        subject() + " must be " + expected + ", but was " + describe(parser.currentToken()));
  }

  /** A property given twice in one object, reported at the second one. */
  ValidationException duplicate(String name) {
    return problem(
        ProblemCode.JSON_DUPLICATE_KEY, "the property '" + Args.printable(name) + "' is given twice");
  }

  ValidationException invalid(String message) {
    return problem(ProblemCode.JSON_INVALID_VALUE, message);
  }

  ValidationException unknownProperty(String name, String allowed) {
    return problem(
        ProblemCode.JSON_UNKNOWN_PROPERTY,
        "unknown property '" + Args.printable(name) + "' (allowed here: " + allowed + ")");
  }

  ValidationException problem(ProblemCode code, String message) {
    return problemAt(here(), code, message);
  }

  ValidationException problemAt(String path, ProblemCode code, String message) {
    return new ValidationException(subject, List.of(new Problem(path, code, message)));
  }

  /**
   * Reports every property of {@code names} whose bit is in {@code required} but not in {@code
   * seen}, at the pointer the property would have; call at the object's end.
   */
  void requireAll(int seen, int required, List<String> names) {
    int missing = required & ~seen;
    if (missing == 0) {
      return;
    }
    String base = here();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if ((missing & (1 << i)) != 0) {
        problems.add(
            new Problem(
                base + "/" + names.get(i),
                ProblemCode.JSON_MISSING_PROPERTY,
                "the required property '" + names.get(i) + "' is missing"));
      }
    }
    throw new ValidationException(subject, problems);
  }

  /** Describes a token for messages, never quoting its content. */
  static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction or exponent";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }

  /** The message {@link Args#identifier} gives for a value that is not an identifier. */
  static String identifierMessage(String what, String value) {
    try {
      Args.identifier(what, value);
    } catch (IllegalArgumentException e) {
      return messageOf(e);
    }
    return what + " is not allowed";
  }

  /** A non-blank message for a model exception. */
  static String messageOf(RuntimeException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? "the value is not allowed" : message;
  }
}
