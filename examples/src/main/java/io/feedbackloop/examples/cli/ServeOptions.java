package io.feedbackloop.examples.cli;

import java.util.Iterator;
import java.util.List;

/** The parsed options of the {@code serve} command. */
final class ServeOptions {
  static final int DEFAULT_PORT = 8080;
  static final String USAGE =
      "usage: serve [--port N] (default --port " + DEFAULT_PORT
          + "; 0 picks a free port; binds to 127.0.0.1 only)";

  int port = DEFAULT_PORT;

  /** Parses the arguments; throws with a message for the user on anything wrong. */
  static ServeOptions parse(List<String> args) throws InputFormatException {
    ServeOptions o = new ServeOptions();
    Iterator<String> it = args.iterator();
    while (it.hasNext()) {
      String arg = it.next();
      if (arg.equals("--port")) {
        if (!it.hasNext()) {
          throw new InputFormatException("--port needs a value");
        }
        o.port = port(it.next());
      } else {
        throw new InputFormatException(
            arg.startsWith("--") ? "unknown option " + arg : "unexpected argument '" + arg + "'");
      }
    }
    return o;
  }

  private static int port(String v) throws InputFormatException {
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new InputFormatException("--port must be a whole number, but was '" + v + "'");
    }
    if (n < 0 || n > 65_535) {
      throw new InputFormatException("--port must be in 0..65535, but was " + n);
    }
    return n;
  }
}
