package io.feedbackloop.examples;

import io.feedbackloop.examples.cli.Command;
import io.feedbackloop.examples.cli.DemoCommand;
import io.feedbackloop.examples.cli.DriversCommand;
import io.feedbackloop.examples.cli.ScoreCommand;
import io.feedbackloop.examples.cli.ServeCommand;
import io.feedbackloop.examples.cli.TopicsCommand;
import io.feedbackloop.examples.qr.QrCommand;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of {@code feedback-examples.jar}: {@code java -jar feedback-examples.jar <command>
 * [args]}.
 */
public final class Main {

  private static final List<Command> COMMANDS =
      List.of(
          new DemoCommand(),
          new ScoreCommand(),
          new TopicsCommand(),
          new DriversCommand(),
          new QrCommand(),
          new ServeCommand());

  private Main() {}

  /** Runs a sub-command and exits with its code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs a sub-command without exiting the JVM (used by tests).
   *
   * @return the exit code: 0 success, 1 unexpected failure, 2 bad input or usage
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      usage(err);
      return Command.USAGE;
    }
    for (Command command : COMMANDS) {
      if (command.name().equals(args[0])) {
        try {
          return command.run(Arrays.asList(args).subList(1, args.length), out, err);
        } catch (Exception e) {
          err.println("error: " + command.name() + " failed unexpectedly: " + e);
          return Command.FAILURE;
        }
      }
    }
    err.println("error: unknown command '" + args[0] + "'");
    usage(err);
    return Command.USAGE;
  }

  private static void usage(PrintStream err) {
    err.println("usage: java -jar feedback-examples.jar <command> [options]");
    err.println("commands:");
    for (Command command : COMMANDS) {
      err.printf("  %-8s %s%n", command.name(), command.summary());
    }
  }
}
