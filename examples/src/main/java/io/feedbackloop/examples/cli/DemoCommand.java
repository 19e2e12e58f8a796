package io.feedbackloop.examples.cli;

import io.feedbackloop.examples.demo.report.HtmlReport;
import io.feedbackloop.examples.demo.report.TextReport;
import io.feedbackloop.examples.demo.run.DemoResult;
import io.feedbackloop.examples.demo.run.ShopDemo;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code demo [--out DIR] [--seed N] [--jdbc] [--orders N]}: runs the web-shop demo ({@link
 * ShopDemo}: eight simulated weeks of orders through the whole feedback loop), prints the text
 * report and the invitation and delivery figures, writes {@code DIR/feedback-report.html} and says
 * how long it took. With {@code --jdbc} the loop keeps its data in an H2 file database under
 * {@code DIR}; a second run finds the first one's data and continues after it.
 */
public final class DemoCommand implements Command {

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "run the web shop through the whole feedback loop; text report + HTML page";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    DemoOptions o;
    try {
      o = DemoOptions.parse(args);
    } catch (InputFormatException e) {
      err.println("error: demo: " + e.getMessage());
      err.println(DemoOptions.USAGE);
      return USAGE;
    }
    if (Files.exists(o.out) && !Files.isDirectory(o.out)) {
      err.println("error: demo: --out must be a directory, but " + o.out + " is a file");
      return USAGE;
    }
    long started = System.nanoTime();
    Files.createDirectories(o.out);
    ShopDemo.Builder b = ShopDemo.builder().seed(o.seed).orders(o.orders);
    if (o.jdbc) {
      b.database(o.out);
    }
    out.println(
        "Web-shop demo: seed " + o.seed + ", " + ShopDemo.count(o.orders) + " orders over "
            + ShopDemo.WEEKS + " simulated weeks, "
            + (o.jdbc ? "JDBC storage (H2 file database under " + o.out + ")" : "in-memory storage"));
    DemoResult r = b.build().run();
    r.database().ifPresent(db -> out.println(
        r.previousResponses() == 0
            ? "Database " + db + ": empty, starting at week 1"
            : "Database " + db + ": found " + ShopDemo.count(r.previousResponses())
                + " responses from a previous run; continuing from week " + r.firstWeek()));
    out.println();
    out.print(TextReport.render(r.report()));
    out.println();
    out.print(figures(r));
    Path html = HtmlReport.write(r.report(), o.out);
    out.println();
    out.println("HTML report: " + html.toAbsolutePath());
    double seconds = (System.nanoTime() - started) / 1e9;
    out.println(String.format(Locale.ROOT, "Wall time: %.1f s", seconds));
    return OK;
  }

  /** The invitation, delivery and loop figures (deterministic for a seed). */
  static String figures(DemoResult r) {
    StringBuilder s = new StringBuilder();
    s.append("Invitations: ")
        .append(ShopDemo.count(r.invitationsSent()))
        .append(" sent (")
        .append(ShopDemo.count(r.invitationsDeferred()))
        .append(" moved out of quiet hours), ")
        .append(ShopDemo.count(r.invitationsSuppressed()))
        .append(" suppressed\n");
    StringJoiner reasons = new StringJoiner(", ");
    for (Map.Entry<String, Long> e : r.suppressedLargestFirst().entrySet()) {
      reasons.add(e.getKey().toLowerCase(Locale.ROOT) + " " + ShopDemo.count(e.getValue()));
    }
    if (r.invitationsSuppressed() > 0) {
      s.append("  suppressed by reason: ").append(reasons).append('\n');
    }
    s.append("Messages delivered: e-mail (invitations, in process) ")
        .append(ShopDemo.count(r.mailMessages()))
        .append(", webhook (customer messages) ")
        .append(ShopDemo.count(r.webhookMessages()))
        .append(", Slack (team alerts and SLA notices) ")
        .append(ShopDemo.count(r.slackMessages()))
        .append(", dead letters ")
        .append(ShopDemo.count(r.deadLetters()))
        .append('\n');
    s.append("Cases: ")
        .append(ShopDemo.count(r.casesOpened()))
        .append(" opened (")
        .append(ShopDemo.count(r.problemCases()))
        .append(" problem case(s) for recurring issues), ")
        .append(ShopDemo.count(r.escalations()))
        .append(" SLA steps fired; re-surveys sent ")
        .append(ShopDemo.count(r.resurveysSent()))
        .append(", answered ")
        .append(ShopDemo.count(r.resurveysAnswered()))
        .append('\n');
    s.append("Responses: ")
        .append(ShopDemo.count(r.responsesSubmitted()))
        .append(" submitted in this run, ")
        .append(ShopDemo.count(r.responsesStored()))
        .append(" in the store; runDueWork() ran ")
        .append(ShopDemo.count(r.dueWorkRuns()))
        .append(" times\n");
    return s.toString();
  }
}
