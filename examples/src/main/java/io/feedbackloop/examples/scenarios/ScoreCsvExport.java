package io.feedbackloop.examples.scenarios;

import io.feedbackloop.examples.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Scoring a CSV export with the command-line scorer: the {@code score} command of {@code
 * feedback-examples.jar} computes the NPS of the {@code nps} column of {@code
 * examples/data/nps-sample.csv}, overall and per {@code region}, with 95 % confidence intervals,
 * and prints one JSON object. The same as {@code java -jar feedback-examples.jar score
 * examples/data/nps-sample.csv --metric nps --column nps --by region}.
 */
public final class ScoreCsvExport {
  /** The sample export, relative to the {@code examples} module. */
  public static final Path SAMPLE = Path.of("data", "nps-sample.csv");

  private ScoreCsvExport() {}

  /** Scores the file named by the first argument, else {@link #SAMPLE}, and prints the JSON. */
  public static void main(String[] args) {
    System.out.println(run(args.length > 0 ? Path.of(args[0]) : SAMPLE));
  }

  /**
   * Runs {@code score FILE --metric nps --column nps --by region}.
   *
   * @return the JSON the command printed
   * @throws IllegalStateException with the command's error output if it did not succeed
   */
  public static String run(Path csv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            new String[] {"score", csv.toString(), "--metric", "nps", "--column", "nps", "--by", "region"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    if (exit != 0) {
      throw new IllegalStateException(
          "score exited with " + exit + ": " + err.toString(StandardCharsets.UTF_8).strip());
    }
    return out.toString(StandardCharsets.UTF_8).strip();
  }
}
