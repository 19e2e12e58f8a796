package io.feedbackloop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.examples.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the web-shop demo in process: once in full (10,000 orders, @BeforeAll) with many checks on
 * its output, and smaller runs for determinism, the JDBC database across two runs and bad options.
 */
class DemoCommandTest {
  @TempDir static Path fullOut;
  private static Run full;

  record Run(int exit, String out, String err) {
    /** The output without the wall-time line, the one line that may differ between runs. */
    String withoutWallTime() {
      return out.replaceAll("(?m)^Wall time: .*$", "");
    }

    long figure(String regex) {
      Matcher m = Pattern.compile(regex).matcher(out);
      assertThat(m.find()).as("output matches %s", regex).isTrue();
      return Long.parseLong(m.group(1).replace(",", ""));
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void runTheFullDemo() {
    full = run("demo", "--out", fullOut.toString());
  }

  @Test
  void theFullDemoSucceedsAndWritesTheHtmlReportWithItsCharts() throws IOException {
    assertThat(full.exit()).as(full.err()).isZero();
    Path html = fullOut.resolve("feedback-report.html");
    assertThat(full.out())
        .startsWith("Web-shop demo: seed 42, 10,000 orders over 8 simulated weeks, in-memory storage")
        .contains("HTML report: " + html.toAbsolutePath())
        .containsPattern("(?m)^Wall time: \\d+\\.\\d s$");
    String page = Files.readString(html);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg", "role=\"img\"");
    assertThat(count(page, "<svg")).isGreaterThanOrEqualTo(4);
  }

  @Test
  void theResponsesCountedAreTheResponsesTheLoopStored() {
    long submitted = full.figure("Responses: ([\\d,]+) submitted in this run");
    long stored = full.figure("submitted in this run, ([\\d,]+) in the store");
    long inHeadline = full.figure("Responses ([\\d,]+)");
    assertThat(submitted).isEqualTo(stored).isEqualTo(inHeadline).isGreaterThan(2_000);
    long weekly = 0;
    for (String[] row : rows("NPS per week", 8)) {
      weekly += Long.parseLong(row[1].replace(",", ""));
    }
    // the weekly NPS counts post-delivery answers of the eight weeks; support answers come on top
    assertThat(weekly).isPositive().isLessThanOrEqualTo(stored);
  }

  @Test
  void invitationsAreSentAndRepeatBuyersSuppressedWithReasons() {
    long sent = full.figure("Invitations: ([\\d,]+) sent");
    long suppressed = full.figure("sent \\([\\d,]+ moved out of quiet hours\\), ([\\d,]+) suppressed");
    assertThat(sent).isGreaterThan(5_000);
    assertThat(suppressed).isPositive();
    assertThat(full.out()).containsPattern("suppressed by reason: frequency_cap_survey [\\d,]+");
    long byReason = 0;
    Matcher m = Pattern.compile("([a-z_]+) ([\\d,]+)").matcher(line("suppressed by reason:"));
    while (m.find()) {
      byReason += Long.parseLong(m.group(2).replace(",", ""));
    }
    assertThat(byReason).isEqualTo(suppressed);
    long mail = full.figure("e-mail \\(invitations, in process\\) ([\\d,]+)");
    long resurveys = full.figure("re-surveys sent ([\\d,]+)");
    // every invitation and every re-survey invitation reached the mail sink
    assertThat(mail).isEqualTo(sent + resurveys);
    assertThat(full.figure("webhook \\(customer messages\\) ([\\d,]+)")).isPositive();
    assertThat(full.figure("Slack \\(team alerts and SLA notices\\) ([\\d,]+)")).isPositive();
    assertThat(full.figure("dead letters ([\\d,]+)")).isZero();
  }

  @Test
  void theWeekSixNorthDeliveryIncidentRaisesAnAlertAndAProblemCase() {
    List<String[]> alerts = rows("Recurring issues", 5);
    assertThat(alerts)
        .anySatisfy(a -> {
          assertThat(a[0]).isEqualTo("delivery");
          assertThat(a[1]).isEqualTo("region=north");
          // the window starts in week 6 (2026-02-09 .. 2026-02-15)
          assertThat(a[2]).startsWith("2026-02-1");
        });
    assertThat(full.figure("opened \\(([\\d,]+) problem case")).isPositive();
  }

  @Test
  void everyTeamHasCasesAndTheSlaSharesArePercentages() {
    List<String[]> teams = rows("Closed loop per team", 4);
    assertThat(teams).extracting(t -> t[0]).containsExactly("logistics", "product", "support", "all");
    for (String[] t : teams) {
      assertThat(Long.parseLong(t[1].replace(",", ""))).as("opened by %s", t[0]).isPositive();
      for (String share : List.of(t[3], t[4])) {
        double pct = Double.parseDouble(share.replace("%", ""));
        assertThat(pct).as("SLA share of %s", t[0]).isBetween(0.0, 100.0);
      }
    }
    assertThat(full.out()).contains("Owner leaderboard").containsPattern("Recovered");
    assertThat(full.figure("re-surveys sent [\\d,]+, answered ([\\d,]+)")).isPositive();
  }

  @Test
  void theSameSeedGivesTheSameReport(@TempDir Path a, @TempDir Path b) {
    Run first = run("demo", "--out", a.toString(), "--seed", "7", "--orders", "1500");
    Run second = run("demo", "--out", b.toString(), "--seed", "7", "--orders", "1500");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.withoutWallTime().replace(b.toString(), a.toString()))
        .isEqualTo(first.withoutWallTime());
    assertThat(first.out()).contains("seed 7");
  }

  @Test
  void withJdbcTheSecondRunFindsTheFirstRunsData(@TempDir Path dir) {
    Run first = run("demo", "--out", dir.toString(), "--jdbc", "--orders", "300");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("JDBC storage", ": empty, starting at week 1");
    assertThat(dir.resolve("feedback-demo-db.mv.db")).exists();
    long firstStored = first.figure("submitted in this run, ([\\d,]+) in the store");

    Run second = run("demo", "--out", dir.toString(), "--jdbc", "--orders", "300");

    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out())
        .contains("found " + String.format(java.util.Locale.ROOT, "%,d", firstStored)
            + " responses from a previous run; continuing from week ")
        .contains("Period 2026-03-");
    long submitted = second.figure("Responses: ([\\d,]+) submitted in this run");
    long stored = second.figure("submitted in this run, ([\\d,]+) in the store");
    assertThat(stored).isEqualTo(firstStored + submitted);
  }

  @Test
  void badOptionsExitWithUsage() {
    Run unknown = run("demo", "--nope");
    assertThat(unknown.exit()).isEqualTo(Command.USAGE);
    assertThat(unknown.err()).contains("error: demo: unknown option --nope", "usage: demo [--out DIR]");
    Run seed = run("demo", "--seed", "abc");
    assertThat(seed.exit()).isEqualTo(Command.USAGE);
    assertThat(seed.err()).contains("error: demo: --seed must be a whole number, but was 'abc'");
    Run missing = run("demo", "--out");
    assertThat(missing.exit()).isEqualTo(Command.USAGE);
    assertThat(missing.err()).contains("error: demo: --out needs a value");
    Run orders = run("demo", "--orders", "0");
    assertThat(orders.exit()).isEqualTo(Command.USAGE);
    assertThat(orders.err()).contains("error: demo: --orders must be in 1..100000, but was 0");
    Run stray = run("demo", "extra");
    assertThat(stray.exit()).isEqualTo(Command.USAGE);
    assertThat(stray.err()).contains("error: demo: unexpected argument 'extra'");
  }

  @Test
  void anOutputPathThatIsAFileIsRefused(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    Run r = run("demo", "--out", file.toString());
    assertThat(r.exit()).isEqualTo(Command.USAGE);
    assertThat(r.err()).contains("--out must be a directory, but " + file + " is a file");
  }

  @Test
  void unknownOrMissingCommandPrintsUsage() {
    Run none = run();
    Run unknown = run("frobnicate");
    assertThat(none.exit()).isEqualTo(Command.USAGE);
    assertThat(unknown.exit()).isEqualTo(Command.USAGE);
    assertThat(unknown.err())
        .contains("usage: java -jar feedback-examples.jar <command> [options]")
        .contains("error: unknown command 'frobnicate'")
        .contains("  demo ");
  }

  /** The first {@code max} table rows after the line starting with {@code heading}, split on blanks. */
  private static List<String[]> rows(String heading, int max) {
    String[] lines = full.out().split("\n", -1);
    int i = 0;
    while (i < lines.length && !lines[i].startsWith(heading)) {
      i++;
    }
    assertThat(i).as("heading %s", heading).isLessThan(lines.length);
    List<String[]> rows = new ArrayList<>();
    // skip the heading and the column titles
    for (int k = i + 2; k < lines.length && rows.size() < max; k++) {
      String l = lines[k].strip();
      if (l.isEmpty() || l.startsWith("...")) {
        break;
      }
      rows.add(l.split("\\s+"));
    }
    return rows;
  }

  private static String line(String start) {
    for (String l : full.out().split("\n", -1)) {
      if (l.strip().startsWith(start)) {
        return l.strip().substring(start.length());
      }
    }
    throw new AssertionError("no line starting with " + start);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
