package io.feedbackloop.core.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import io.feedbackloop.core.validation.ValidationException;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns Jackson's exceptions into problems: syntax, duplicate keys and the read constraints
 * (nesting depth, lengths). Jackson's messages are shortened and quoted tokens are redacted, as
 * they may be pieces of free text.
 */
final class JacksonProblems {
  private static final Pattern QUOTED = Pattern.compile("'([^']{2,})'");
  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'$", Pattern.DOTALL);
  private static final int MAX_MESSAGE = 200;

  private JacksonProblems() {}

  static ValidationException toValidation(
      String subject, @Nullable JsonParser parser, IOException e, int maxDepth) {
    String path = parser == null ? "" : pathOf(parser);
    String original =
        e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    String message = original == null ? "" : original;
    Problem problem;
    if (e instanceof StreamConstraintsException) {
      problem = constraint(path, message, maxDepth);
    } else {
      Matcher dup = DUPLICATE.matcher(message);
      if (dup.matches()) {
        problem =
            new Problem(
                path,
                ProblemCode.JSON_DUPLICATE_KEY,
                "the property '" + Args.printable(dup.group(1)) + "' is given twice");
      } else {
        problem =
            new Problem(path, ProblemCode.JSON_SYNTAX, "malformed JSON" + where(e) + ": " + tidy(message));
      }
    }
    return new ValidationException(subject, List.of(problem));
  }

  private static Problem constraint(String path, String message, int maxDepth) {
    if (message.startsWith("Document nesting depth")) {
      return new Problem(
          path,
          ProblemCode.JSON_TOO_DEEP,
          "the document nests deeper than the limit of " + maxDepth + " levels");
    }
    if (message.startsWith("Number value length")) {
      return new Problem(
          path, ProblemCode.JSON_INVALID_VALUE, "a number has too many digits: " + tidy(message));
    }
    return new Problem(path, ProblemCode.JSON_TOO_LARGE, tidy(message));
  }

  private static String pathOf(JsonParser parser) {
    try {
      return parser.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return ""; // the context of a broken parser is best effort only
    }
  }

  private static String where(IOException e) {
    if (e instanceof JsonProcessingException j) {
      JsonLocation at = j.getLocation();
      if (at != null && at.getLineNr() > 0) {
        return " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      }
    }
    return "";
  }

  /** The first line of a Jackson message, without source excerpts and quoted tokens. */
  static String tidy(String message) {
    String m = message;
    int cut = m.indexOf('\n');
    if (cut >= 0) {
      m = m.substring(0, cut);
    }
    for (String tail : new String[] {" (start marker at", " at [Source", ", from `", " (from `"}) {
      int at = m.indexOf(tail);
      if (at >= 0) {
        m = m.substring(0, at);
      }
    }
    m =
        QUOTED
            .matcher(m)
            .replaceAll(
                r -> {
                  String token = r.group(1);
                  return token.equals("null") || token.equals("true") || token.equals("false")
                      ? "'" + token + "'"
                      : "'…'";
                });
    StringBuilder out = new StringBuilder(Math.min(m.length(), MAX_MESSAGE + 1));
    for (int i = 0; i < m.length() && out.length() < MAX_MESSAGE; i++) {
      char c = m.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    if (m.length() > MAX_MESSAGE) {
      out.append('…');
    }
    return out.toString().isBlank() ? "unreadable input" : out.toString();
  }
}
