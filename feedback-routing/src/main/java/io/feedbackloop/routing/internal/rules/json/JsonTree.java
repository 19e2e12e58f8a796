package io.feedbackloop.routing.internal.rules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A minimal JSON tree read with Jackson's streaming parser, so that the rule reader can report
 * every problem with a JSON pointer. Duplicate keys are reported (the first value is kept); syntax
 * errors, excessive depth and trailing content end the read with one problem that gives the line
 * and column, never the offending text.
 */
final class JsonTree {
  static final int MAX_DEPTH = 32;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH + 8)
                  .maxNumberLength(100)
                  .maxStringLength(100_000)
                  .maxNameLength(1000)
                  .build())
          .build();

  /** A JSON value. */
  sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
    /** The JSON type name for messages. */
    String typeName();
  }

  /** An object, keys in document order. */
  record Obj(Map<String, Node> fields) implements Node {
    @Override
    public String typeName() {
      return "an object";
    }
  }

  /** An array. */
  record Arr(List<Node> items) implements Node {
    @Override
    public String typeName() {
      return "an array";
    }
  }

  /** A string. */
  record Str(String value) implements Node {
    @Override
    public String typeName() {
      return "a string";
    }
  }

  /**
   * A number; {@code isInt} when it is an integer within int range.
   *
   * @param value the value as a double (may be infinite for huge numbers)
   * @param isInt whether it is an int
   * @param intValue the int value when {@code isInt}
   */
  record Num(double value, boolean isInt, int intValue) implements Node {
    @Override
    public String typeName() {
      return "a number";
    }
  }

  /** true or false. */
  record Bool(boolean value) implements Node {
    @Override
    public String typeName() {
      return "a boolean";
    }
  }

  /** null. */
  record Null() implements Node {
    @Override
    public String typeName() {
      return "null";
    }
  }

  /** Thrown to end a read that cannot go on. */
  static final class Abort extends Exception {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }

  private final JsonParser parser;
  private final List<Problem> problems;

  private JsonTree(JsonParser parser, List<Problem> problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /** Parses {@code json}; adds problems; returns null when the document cannot be read. */
  static @Nullable Node parse(byte[] json, List<Problem> problems) {
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonTree tree = new JsonTree(p, problems);
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(new Problem("", ProblemCode.JSON_SYNTAX, "the document is empty"));
        return null;
      }
      Node root = tree.value(first, "", 0);
      if (p.nextToken() != null) {
        problems.add(
            new Problem("", ProblemCode.JSON_SYNTAX, "trailing content " + where(p.currentLocation())));
        return null;
      }
      return root;
    } catch (Abort e) {
      return null;
    } catch (JsonParseException e) {
      problems.add(syntax(e.getLocation()));
      return null;
    } catch (IOException | RuntimeException e) {
      // Jackson reports malformed encodings and limit breaches with other exception types
      problems.add(new Problem("", ProblemCode.JSON_SYNTAX, "the document is not well-formed JSON"));
      return null;
    }
  }

  private static Problem syntax(@Nullable JsonLocation at) {
    return new Problem("", ProblemCode.JSON_SYNTAX, "malformed JSON " + where(at));
  }

  private static String where(@Nullable JsonLocation at) {
    return at == null ? "" : "at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  private Node value(@Nullable JsonToken token, String path, int depth)
      throws IOException, Abort {
    if (token == null) {
      problems.add(syntax(parser.currentLocation()));
      throw new Abort();
    }
    switch (token) {
      case START_OBJECT -> {
        enter(path, depth);
        Map<String, Node> fields = new LinkedHashMap<>();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          String child = path + "/" + Problem.escape(name);
          Node v = value(parser.nextToken(), child, depth + 1);
          if (fields.putIfAbsent(name, v) != null) {
            problems.add(
                new Problem(
                    child,
                    ProblemCode.JSON_DUPLICATE_KEY,
                    "the property '" + printable(name) + "' is given twice"));
          }
        }
        if (t != JsonToken.END_OBJECT) {
          problems.add(syntax(parser.currentLocation()));
          throw new Abort();
        }
        return new Obj(fields);
      }
      case START_ARRAY -> {
        enter(path, depth);
        List<Node> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            problems.add(syntax(parser.currentLocation()));
            throw new Abort();
          }
          items.add(value(t, path + "/" + items.size(), depth + 1));
        }
        return new Arr(items);
      }
      case VALUE_STRING -> {
        return new Str(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        if (parser.getNumberType() == JsonParser.NumberType.INT) {
          int v = parser.getIntValue();
          return new Num(v, true, v);
        }
        return new Num(parser.getDoubleValue(), false, 0);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new Num(parser.getDoubleValue(), false, 0);
      }
      case VALUE_TRUE -> {
        return new Bool(true);
      }
      case VALUE_FALSE -> {
        return new Bool(false);
      }
      case VALUE_NULL -> {
        return new Null();
      }
      default -> {
        problems.add(syntax(parser.currentLocation()));
        throw new Abort();
      }
    }
  }

  private void enter(String path, int depth) throws Abort {
    if (depth >= MAX_DEPTH) {
      problems.add(
          new Problem(
              path, ProblemCode.JSON_TOO_DEEP, "the document nests deeper than " + MAX_DEPTH + " levels"));
      throw new Abort();
    }
  }

  static String printable(String value) {
    return io.feedbackloop.routing.internal.rules.Checks.printable(value);
  }
}
