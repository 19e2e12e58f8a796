package io.feedbackloop.examples.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the examples jar. */
public interface Command {

  /** Exit code for success. */
  int OK = 0;

  /** Exit code for an unexpected failure. */
  int FAILURE = 1;

  /** Exit code for bad input or bad options (a message goes to stderr). */
  int USAGE = 2;

  /** The name typed on the command line, e.g. {@code demo}. */
  String name();

  /** One line for the usage text. */
  String summary();

  /**
   * Runs the command.
   *
   * @param args the arguments after the command name
   * @param out where results go
   * @param err where messages and errors go
   * @return the process exit code: {@link #OK}, {@link #USAGE} or {@link #FAILURE}
   * @throws Exception on an unexpected failure (reported by {@link io.feedbackloop.examples.Main}
   *     with exit code 1)
   */
  int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
