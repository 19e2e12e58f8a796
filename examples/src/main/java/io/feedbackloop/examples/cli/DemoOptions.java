package io.feedbackloop.examples.cli;

import io.feedbackloop.examples.demo.run.ShopDemo;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/** The parsed options of the {@code demo} command. */
final class DemoOptions {
  static final String USAGE =
      "usage: demo [--out DIR] [--seed N] [--jdbc] [--orders N]"
          + " (defaults: --out target, --seed " + ShopDemo.DEFAULT_SEED + ", in memory, --orders "
          + ShopDemo.DEFAULT_ORDERS + ")";

  Path out = Path.of("target");
  long seed = ShopDemo.DEFAULT_SEED;
  boolean jdbc;
  int orders = ShopDemo.DEFAULT_ORDERS;

  /** Parses the arguments; throws with a message for the user on anything wrong. */
  static DemoOptions parse(List<String> args) throws InputFormatException {
    DemoOptions o = new DemoOptions();
    Iterator<String> it = args.iterator();
    while (it.hasNext()) {
      String arg = it.next();
      switch (arg) {
        case "--out" -> o.out = out(value(it, arg));
        case "--seed" -> o.seed = seed(value(it, arg));
        case "--jdbc" -> o.jdbc = true;
        case "--orders" -> o.orders = orders(value(it, arg));
        default ->
            throw new InputFormatException(
                arg.startsWith("--") ? "unknown option " + arg : "unexpected argument '" + arg + "'");
      }
    }
    return o;
  }

  private static String value(Iterator<String> it, String option) throws InputFormatException {
    if (!it.hasNext()) {
      throw new InputFormatException(option + " needs a value");
    }
    return it.next();
  }

  private static Path out(String v) throws InputFormatException {
    if (v.isBlank()) {
      throw new InputFormatException("--out must be a directory, but was blank");
    }
    return Path.of(v);
  }

  private static long seed(String v) throws InputFormatException {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new InputFormatException("--seed must be a whole number, but was '" + v + "'");
    }
  }

  private static int orders(String v) throws InputFormatException {
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new InputFormatException("--orders must be a whole number, but was '" + v + "'");
    }
    if (n <= 0 || n > 100_000) {
      throw new InputFormatException("--orders must be in 1..100000, but was " + n);
    }
    return n;
  }
}
