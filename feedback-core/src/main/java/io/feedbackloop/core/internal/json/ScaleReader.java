package io.feedbackloop.core.internal.json;

import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaleDirection;
import io.feedbackloop.core.validation.ProblemCode;
import java.io.IOException;
import java.util.List;

/**
 * Reads a scale: {@code {"min":1,"max":5,"step":1,"direction":"ascending","metric":"csat",
 * "positiveFrom":4}}; all six properties are required.
 */
final class ScaleReader {
  static final List<String> NAMES =
      List.of("min", "max", "step", "direction", "metric", "positiveFrom");
  private static final int ALL = 0b111111;

  private ScaleReader() {}

  static Scale read(JsonCursor c) throws IOException {
    c.expectObject();
    int seen = 0;
    int min = 0;
    int max = 0;
    int step = 0;
    int positiveFrom = 0;
    ScaleDirection direction = ScaleDirection.ASCENDING;
    Metric metric = Metric.NONE;
    for (String name = c.nextName(); name != null; name = c.nextName()) {
      c.next();
      int index = NAMES.indexOf(name);
      if (index < 0) {
        throw c.unknownProperty(name, String.join(", ", NAMES));
      }
      seen |= 1 << index;
      switch (index) {
        case 0 -> min = c.integer();
        case 1 -> max = c.integer();
        case 2 -> step = c.integer();
        case 3 -> {
          String value = c.string();
          ScaleDirection d = WireNames.direction(value);
          if (d == null) {
            throw c.invalid(
                "direction must be one of " + WireNames.DIRECTIONS + ", but was '"
                    + Args.printable(value) + "'");
          }
          direction = d;
        }
        case 4 -> {
          String value = c.string();
          Metric m = WireNames.metric(value);
          if (m == null) {
            throw c.invalid(
                "metric must be one of " + WireNames.METRICS + ", but was '"
                    + Args.printable(value) + "'");
          }
          metric = m;
        }
        default -> positiveFrom = c.integer();
      }
    }
    c.requireAll(seen, ALL, NAMES);
    try {
      return new Scale(min, max, step, direction, metric, positiveFrom);
    } catch (IllegalArgumentException e) {
      String message = JsonCursor.messageOf(e);
      throw c.problemAt(
          ModelErrors.path(c.here(), message, ModelErrors.SCALE),
          ProblemCode.JSON_INVALID_VALUE,
          message);
    }
  }
}
