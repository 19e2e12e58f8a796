package io.feedbackloop.core.internal.json;

import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.survey.ChoiceAmong;
import io.feedbackloop.core.survey.DisplayCondition;
import io.feedbackloop.core.survey.ScoreBetween;
import io.feedbackloop.core.validation.ProblemCode;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code showIf} object: {@code {"type":"score_between","question":"nps","min":0,"max":6}}
 * or {@code {"type":"choice_among","question":"reason","choices":["a","b"]}}.
 */
final class ConditionReader {
  static final String SCORE_BETWEEN = "score_between";
  static final String CHOICE_AMONG = "choice_among";

  private static final List<String> NAMES = List.of("type", "question", "min", "max", "choices");
  private static final int TYPE = 1;
  private static final int QUESTION = 2;
  private static final int MIN = 4;
  private static final int MAX = 8;
  private static final int CHOICES = 16;
  private static final int SCORE_PROPERTIES = TYPE | QUESTION | MIN | MAX;
  private static final int CHOICE_PROPERTIES = TYPE | QUESTION | CHOICES;

  private ConditionReader() {}

  static DisplayCondition read(JsonCursor c) throws IOException {
    c.expectObject();
    int seen = 0;
    int allowed = TYPE | QUESTION | MIN | MAX | CHOICES;
    String question = "";
    int min = 0;
    int max = 0;
    Set<String> choices = Set.of();
    for (String name = c.nextName(); name != null; name = c.nextName()) {
      c.next();
      int bit = bit(name);
      if ((bit & allowed) == 0) {
        throw c.unknownProperty(name, allowedNames(allowed));
      }
      seen |= bit;
      switch (bit) {
        case TYPE -> {
          String type = c.string();
          if (type.equals(SCORE_BETWEEN)) {
            allowed = SCORE_PROPERTIES;
          } else if (type.equals(CHOICE_AMONG)) {
            allowed = CHOICE_PROPERTIES;
          } else {
            throw c.invalid(
                "type must be score_between or choice_among, but was '" + Args.printable(type)
                    + "'");
          }
        }
        case QUESTION -> question = c.identifier("question");
        case MIN -> min = c.integer();
        case MAX -> max = c.integer();
        default -> choices = choiceIds(c);
      }
    }
    String base = c.here();
    int extra = seen & ~allowed;
    if (extra != 0) {
      String name = NAMES.get(Integer.numberOfTrailingZeros(extra));
      throw c.problemAt(
          ModelErrors.child(base, name),
          ProblemCode.JSON_UNKNOWN_PROPERTY,
          "unknown property '" + name + "' (allowed here: " + allowedNames(allowed) + ")");
    }
    boolean typed = (seen & TYPE) != 0;
    c.requireAll(seen, typed ? allowed : TYPE | QUESTION, NAMES);
    try {
      return allowed == SCORE_PROPERTIES
          ? new ScoreBetween(question, min, max)
          : new ChoiceAmong(question, choices);
    } catch (IllegalArgumentException e) {
      String message = JsonCursor.messageOf(e);
      throw c.problemAt(
          ModelErrors.path(base, message, ModelErrors.CONDITION),
          ProblemCode.JSON_INVALID_VALUE,
          message);
    }
  }

  private static Set<String> choiceIds(JsonCursor c) throws IOException {
    c.expectArray();
    Set<String> ids = new LinkedHashSet<>();
    while (c.next() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
      String id = c.identifier("choice id");
      if (!ids.add(id)) {
        throw c.invalid("the choice '" + id + "' is listed twice");
      }
    }
    return ids;
  }

  private static int bit(String name) {
    return switch (name) {
      case "type" -> TYPE;
      case "question" -> QUESTION;
      case "min" -> MIN;
      case "max" -> MAX;
      case "choices" -> CHOICES;
      default -> 0;
    };
  }

  static String allowedNames(int bits) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < NAMES.size(); i++) {
      if ((bits & (1 << i)) != 0) {
        sb.append(sb.length() == 0 ? "" : ", ").append(NAMES.get(i));
      }
    }
    return sb.toString();
  }
}
