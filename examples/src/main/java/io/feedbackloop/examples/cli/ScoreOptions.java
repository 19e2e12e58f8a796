package io.feedbackloop.examples.cli;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaleDirection;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The parsed options of the {@code score} command. */
final class ScoreOptions {
  static final String USAGE =
      "usage: score FILE --metric nps|csat|ces --column COL [--by COL[,COL...]] [--weight COL]"
          + " [--confidence 0.95] [--window day|week|month --time-column COL"
          + " [--zone Europe/Stockholm]] [--scale MIN-MAX] [--min-n 30] [--skip-invalid]";

  /** A time window kind. */
  enum Window {
    DAY,
    WEEK,
    MONTH
  }

  Path file = Path.of(".");
  Metric metric = Metric.NONE;
  String column = "";
  List<String> by = List.of();
  @Nullable String weight;
  double confidence = 0.95;
  @Nullable Window window;
  @Nullable String timeColumn;
  ZoneId zone = ZoneOffset.UTC;
  @Nullable Scale scale;
  int minN = 30;
  boolean skipInvalid;

  /** Parses the arguments; throws with a message for the user on anything wrong. */
  static ScoreOptions parse(List<String> args) throws InputFormatException {
    ScoreOptions o = new ScoreOptions();
    String file = null;
    Iterator<String> it = args.iterator();
    while (it.hasNext()) {
      String arg = it.next();
      switch (arg) {
        case "--metric" -> o.metric = metric(value(it, arg));
        case "--column" -> o.column = value(it, arg);
        case "--by" -> o.by = columns(value(it, arg));
        case "--weight" -> o.weight = value(it, arg);
        case "--confidence" -> o.confidence = confidence(value(it, arg));
        case "--window" -> o.window = window(value(it, arg));
        case "--time-column" -> o.timeColumn = value(it, arg);
        case "--zone" -> o.zone = zone(value(it, arg));
        case "--scale" -> o.scale = range(value(it, arg));
        case "--min-n" -> o.minN = minN(value(it, arg));
        case "--skip-invalid" -> o.skipInvalid = true;
        default -> {
          if (arg.startsWith("--")) {
            throw new InputFormatException("unknown option " + arg);
          }
          if (file != null) {
            throw new InputFormatException("only one FILE is allowed, but got '" + file + "' and '" + arg + "'");
          }
          file = arg;
        }
      }
    }
    if (file == null) {
      throw new InputFormatException("FILE is required");
    }
    o.file = Path.of(file);
    if (o.metric == Metric.NONE) {
      throw new InputFormatException("--metric is required");
    }
    if (o.column.isEmpty()) {
      throw new InputFormatException("--column is required");
    }
    if ((o.window == null) != (o.timeColumn == null)) {
      throw new InputFormatException("--window and --time-column go together");
    }
    if (o.scale != null) {
      if (o.metric == Metric.NPS) {
        throw new InputFormatException("--scale applies to csat and ces only (NPS is always 0-10)");
      }
      o.scale = metricScale(o.metric, o.scale.min(), o.scale.max());
    }
    return o;
  }

  /** The scale the answers are read on. */
  Scale scale() {
    if (scale != null) {
      return scale;
    }
    return switch (metric) {
      case NPS -> Scale.nps();
      case CSAT -> Scale.csat();
      default -> Scale.ces();
    };
  }

  private static String value(Iterator<String> it, String option) throws InputFormatException {
    if (!it.hasNext()) {
      throw new InputFormatException(option + " needs a value");
    }
    return it.next();
  }

  private static Metric metric(String v) throws InputFormatException {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "nps" -> Metric.NPS;
      case "csat" -> Metric.CSAT;
      case "ces" -> Metric.CES;
      default -> throw new InputFormatException("--metric must be nps, csat or ces, but was '" + v + "'");
    };
  }

  private static List<String> columns(String v) throws InputFormatException {
    List<String> names = new ArrayList<>();
    for (String name : v.split(",", -1)) {
      if (name.isBlank()) {
        throw new InputFormatException("--by must be column names separated by commas, but was '" + v + "'");
      }
      names.add(name.strip());
    }
    return List.copyOf(names);
  }

  private static double confidence(String v) throws InputFormatException {
    try {
      double c = Double.parseDouble(v);
      if (c > 0 && c < 1) {
        return c;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputFormatException("--confidence must be a number in (0, 1), but was '" + v + "'");
  }

  private static Window window(String v) throws InputFormatException {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "day" -> Window.DAY;
      case "week" -> Window.WEEK;
      case "month" -> Window.MONTH;
      default -> throw new InputFormatException("--window must be day, week or month, but was '" + v + "'");
    };
  }

  private static ZoneId zone(String v) throws InputFormatException {
    try {
      return ZoneId.of(v);
    } catch (DateTimeException e) {
      throw new InputFormatException("--zone must be a time zone such as Europe/Stockholm, but was '" + v + "'");
    }
  }

  private static Scale range(String v) throws InputFormatException {
    String[] parts = v.split("-", -1);
    try {
      if (parts.length == 2) {
        int min = Integer.parseInt(parts[0].strip());
        int max = Integer.parseInt(parts[1].strip());
        if (min < max && max - min >= 2 && max - min <= 100) {
          return new Scale(min, max, 1, ScaleDirection.ASCENDING, Metric.NONE, max);
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputFormatException(
        "--scale must be MIN-MAX with 3 to 101 points, such as 1-5, but was '" + v + "'");
  }

  /** CSAT: top-2-box (satisfied from max - 1); CES: "agree" above the midpoint (5-7 on 1-7). */
  private static Scale metricScale(Metric metric, int min, int max) {
    int positiveFrom = metric == Metric.CSAT ? max - 1 : (min + max) / 2 + 1;
    return new Scale(min, max, 1, ScaleDirection.ASCENDING, metric, positiveFrom);
  }

  private static int minN(String v) throws InputFormatException {
    try {
      int n = Integer.parseInt(v);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputFormatException("--min-n must be a whole number >= 0, but was '" + v + "'");
  }
}
