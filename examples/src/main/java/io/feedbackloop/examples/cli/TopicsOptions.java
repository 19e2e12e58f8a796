package io.feedbackloop.examples.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The parsed options of the {@code topics} and {@code drivers} commands. */
final class TopicsOptions {
  static final String TOPICS_USAGE =
      "usage: topics FILE --text-column COL [--language-column COL] [--skip-invalid]";
  static final String DRIVERS_USAGE =
      "usage: drivers FILE --text-column COL --column NPSCOL [--language-column COL]"
          + " [--confidence 0.95] [--skip-invalid]";

  Path file = Path.of(".");
  String textColumn = "";
  @Nullable String languageColumn;
  String column = "";
  double confidence = 0.95;
  boolean skipInvalid;

  /** Parses the {@code topics} arguments; throws with a message for the user on anything wrong. */
  /**
   * Parses {@code args} for {@code topics} (or {@code drivers}) and checks that the file exists;
   * on a problem prints it and the usage to {@code err} and returns null (the caller exits with
   * {@link Command#USAGE}).
   */
  static @Nullable TopicsOptions parseOrExplain(List<String> args, boolean drivers, PrintStream err) {
    String usage = drivers ? DRIVERS_USAGE : TOPICS_USAGE;
    TopicsOptions options;
    try {
      options = drivers ? parseDrivers(args) : parseTopics(args);
    } catch (InputFormatException e) {
      err.println("error: " + e.getMessage());
      err.println(usage);
      return null;
    }
    if (!Files.isRegularFile(options.file)) {
      err.println("error: FILE '" + options.file + "' does not exist or is not a file");
      err.println(usage);
      return null;
    }
    return options;
  }

  static TopicsOptions parseTopics(List<String> args) throws InputFormatException {
    return parse(args, false);
  }

  /** Parses the {@code drivers} arguments; throws with a message for the user on anything wrong. */
  static TopicsOptions parseDrivers(List<String> args) throws InputFormatException {
    return parse(args, true);
  }

  private static TopicsOptions parse(List<String> args, boolean drivers) throws InputFormatException {
    TopicsOptions o = new TopicsOptions();
    String file = null;
    Iterator<String> it = args.iterator();
    while (it.hasNext()) {
      String arg = it.next();
      switch (arg) {
        case "--text-column" -> o.textColumn = value(it, arg);
        case "--language-column" -> o.languageColumn = value(it, arg);
        case "--skip-invalid" -> o.skipInvalid = true;
        case "--column" -> o.column = value(it, driversOnly(drivers, arg));
        case "--confidence" -> o.confidence = confidence(value(it, driversOnly(drivers, arg)));
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
    if (o.textColumn.isEmpty()) {
      throw new InputFormatException("--text-column is required");
    }
    if (drivers && o.column.isEmpty()) {
      throw new InputFormatException("--column is required");
    }
    return o;
  }

  private static String driversOnly(boolean drivers, String option) throws InputFormatException {
    if (!drivers) {
      throw new InputFormatException("unknown option " + option);
    }
    return option;
  }

  private static String value(Iterator<String> it, String option) throws InputFormatException {
    if (!it.hasNext()) {
      throw new InputFormatException(option + " needs a value");
    }
    return it.next();
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
}
