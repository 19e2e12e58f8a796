package io.feedbackloop.examples.demo.report;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.routing.cases.CaseMetricsLeaderboardEntry;
import io.feedbackloop.routing.cases.CaseMetricsSummary;
import io.feedbackloop.scoring.Interval;
import io.feedbackloop.scoring.NpsResult;
import io.feedbackloop.scoring.ScaleResult;
import io.feedbackloop.scoring.insight.TopicDriver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The console report: plain text in aligned columns, under 80 lines whatever the model holds
 * (longer lists are cut with a "... and N more" line; the HTML page shows everything).
 * Stateless and thread-safe.
 */
public final class TextReport {
  static final int MAX_WEEKS = 10;
  static final int MAX_TOPICS = 5;
  static final int MAX_DRIVERS = 6;
  static final int MAX_ALERTS = 5;
  static final int MAX_TEAMS = 6;
  static final int MAX_OWNERS = 5;
  static final int MAX_FACT_LINES = 3;
  private static final int WIDTH = 78;

  private TextReport() {}

  /**
   * Renders the report, lines ending in {@code \n}; the same model gives the same text.
   *
   * @throws NullPointerException if the report is null
   */
  public static String render(ShopReport report) {
    Checks.notNull("report", report);
    StringBuilder out = new StringBuilder(4096);
    out.append(oneLine(report.title())).append('\n');
    out.append("Period ")
        .append(report.from())
        .append(" .. ")
        .append(report.to())
        .append(", seed ")
        .append(report.seed())
        .append('\n');
    facts(report, out);
    weeks(report, out);
    satisfaction(report, out);
    topics(report, out);
    drivers(report, out);
    alerts(report, out);
    teams(report, out);
    leaderboard(report, out);
    return out.toString();
  }

  private static void facts(ShopReport report, StringBuilder out) {
    StringBuilder line = new StringBuilder();
    int lines = 0;
    for (Fact f : report.facts()) {
      String item = oneLine(f.label()) + " " + oneLine(f.value());
      if (line.length() > 0 && line.length() + 3 + item.length() > WIDTH) {
        out.append(line).append('\n');
        line.setLength(0);
        if (++lines == MAX_FACT_LINES) {
          return;
        }
      }
      line.append(line.length() == 0 ? "" : " | ").append(item);
    }
    if (line.length() > 0) {
      out.append(line).append('\n');
    }
  }

  private static void weeks(ShopReport report, StringBuilder out) {
    List<WeeklyNps> weeks = report.weeks();
    String level =
        weeks.stream()
            .flatMap(w -> w.nps().interval().stream())
            .findFirst()
            .map(i -> Fmt.decimal(i.level() * 100, 0) + "% CI")
            .orElse("CI");
    out.append("\nNPS per week (").append(level).append("; * below the minimum sample)\n");
    if (weeks.isEmpty()) {
      out.append("  no responses\n");
      return;
    }
    TextTable t =
        new TextTable("Week of", "n", "Prom", "Pass", "Detr", "NPS", "CI low", "CI high").left(0);
    int skip = Math.max(0, weeks.size() - MAX_WEEKS);
    for (WeeklyNps w : weeks.subList(skip, weeks.size())) {
      NpsResult r = w.nps();
      Optional<Interval> ci = w.plotted() ? r.interval() : Optional.empty();
      t.row(
          w.weekStart().toString(),
          Fmt.count(r.n()),
          Fmt.count(r.promoters()),
          Fmt.count(r.passives()),
          Fmt.count(r.detractors()),
          Fmt.points(r.score()) + (r.n() > 0 && r.belowMinimum() ? "*" : " "),
          ci.map(i -> Fmt.points(i.low())).orElse(Fmt.NONE),
          ci.map(i -> Fmt.points(i.high())).orElse(Fmt.NONE));
    }
    t.appendTo(out);
    more(out, skip, "earlier weeks (see the HTML report)");
  }

  private static void satisfaction(ShopReport report, StringBuilder out) {
    if (report.csat().isEmpty() && report.ces().isEmpty()) {
      return;
    }
    out.append("\nSatisfaction\n");
    TextTable t = new TextTable("Metric", "Value", "CI low", "CI high", "n").left(0);
    report.csat().ifPresent(r -> scaleRow(t, r));
    report.ces().ifPresent(r -> scaleRow(t, r));
    t.appendTo(out);
  }

  private static void scaleRow(TextTable t, ScaleResult r) {
    String mark = r.belowMinimum() ? "*" : "";
    if (r.metric() == Metric.CES) {
      t.row(
          "CES (mean)",
          r.mean().map(m -> Fmt.decimal(m.value(), 2)).orElse(Fmt.NONE) + mark,
          r.mean().flatMap(m -> m.interval()).map(i -> Fmt.decimal(i.low(), 2)).orElse(Fmt.NONE),
          r.mean().flatMap(m -> m.interval()).map(i -> Fmt.decimal(i.high(), 2)).orElse(Fmt.NONE),
          Fmt.count(r.n()));
    } else {
      t.row(
          r.metric().name().toUpperCase(Locale.ROOT) + " (top-2-box)",
          r.positiveShare().map(p -> Fmt.percent(p.share())).orElse(Fmt.NONE) + mark,
          r.positiveShare().map(p -> Fmt.percent(p.interval().low())).orElse(Fmt.NONE),
          r.positiveShare().map(p -> Fmt.percent(p.interval().high())).orElse(Fmt.NONE),
          Fmt.count(r.n()));
    }
  }

  private static void topics(ShopReport report, StringBuilder out) {
    List<DetractorTopic> topics = report.detractorTopics();
    if (topics.isEmpty()) {
      return;
    }
    out.append("\nTop detractor topics: ");
    List<String> items = new ArrayList<>();
    for (DetractorTopic t : topics.subList(0, Math.min(MAX_TOPICS, topics.size()))) {
      items.add(
          oneLine(t.topic()) + " " + Fmt.percent(t.share()) + " (" + Fmt.count(t.mentions()) + ")");
    }
    out.append(String.join(", ", items)).append('\n');
  }

  private static void drivers(ShopReport report, StringBuilder out) {
    List<TopicDriver> drivers = sortedDrivers(report);
    if (drivers.isEmpty()) {
      return;
    }
    out.append("\nTopic drivers (impact: NPS points won if its mentions scored like the rest)\n");
    TextTable t =
        new TextTable("Topic", "Mentions", "Lift", "NPS with", "NPS without", "Impact").left(0);
    for (TopicDriver d : drivers.subList(0, Math.min(MAX_DRIVERS, drivers.size()))) {
      t.row(
          oneLine(d.topic()),
          Fmt.count(d.mentions()),
          d.lift().isPresent() ? Fmt.decimal(d.lift().getAsDouble(), 2) : Fmt.NONE,
          Fmt.points(d.npsWith()),
          Fmt.points(d.npsWithout()),
          Fmt.points(d.impact()));
    }
    t.appendTo(out);
    more(out, drivers.size() - MAX_DRIVERS, "topics");
  }

  /** The drivers by impact, largest first, then topic id: the order both renderers show. */
  static List<TopicDriver> sortedDrivers(ShopReport report) {
    List<TopicDriver> drivers = new ArrayList<>(report.drivers().topics());
    drivers.sort(
        Comparator.comparingDouble(TopicDriver::impact)
            .reversed()
            .thenComparing(TopicDriver::topic));
    return drivers;
  }

  private static void alerts(ShopReport report, StringBuilder out) {
    List<IssueAlert> alerts = report.alerts();
    out.append("\nRecurring issues\n");
    if (alerts.isEmpty()) {
      out.append("  none detected\n");
      return;
    }
    TextTable t =
        new TextTable("Topic", "Segment", "Window (UTC)", "Count", "Baseline").left(0, 1, 2);
    for (IssueAlert a : alerts.subList(0, Math.min(MAX_ALERTS, alerts.size()))) {
      t.row(
          oneLine(a.topic()),
          oneLine(a.segment()),
          Fmt.minute(a.windowStart()) + " +" + Fmt.span(a.windowStart(), a.windowEnd()),
          Fmt.count(a.count()),
          Fmt.decimal(a.baseline(), 1));
    }
    t.appendTo(out);
    more(out, alerts.size() - MAX_ALERTS, "alerts");
  }

  private static void teams(ShopReport report, StringBuilder out) {
    ClosedLoop loop = report.closedLoop();
    out.append("\nClosed loop per team (SLA = within the target)\n");
    if (loop.teams().isEmpty() && loop.total().isEmpty()) {
      out.append("  no cases\n");
      return;
    }
    TextTable t =
        new TextTable(
            "Team", "Opened", "Closed", "1st-SLA", "Res-SLA", "Med.1st", "Esc", "Recovered")
            .left(0);
    List<TeamLoop> teams = loop.teams();
    for (TeamLoop team : teams.subList(0, Math.min(MAX_TEAMS, teams.size()))) {
      teamRow(t, team);
    }
    loop.total().ifPresent(total -> teamRow(t, total));
    t.appendTo(out);
    more(out, teams.size() - MAX_TEAMS, "teams");
  }

  private static void teamRow(TextTable t, TeamLoop team) {
    CaseMetricsSummary s = team.summary();
    t.row(
        oneLine(team.team()),
        Fmt.count(s.opened()),
        Fmt.count(s.closed()),
        Fmt.percent(s.firstContactWithinSla()),
        Fmt.percent(s.resolutionWithinSla()),
        Fmt.duration(s.firstContact().wallMedian()),
        Fmt.count(team.escalations()),
        recovered(s));
  }

  /** The recovery rate with its base, or {@link Fmt#NONE}: {@code 42.0% of 50}. */
  static String recovered(CaseMetricsSummary s) {
    var rate = s.recovery().rate();
    return rate.isPresent()
        ? Fmt.percent(rate.getAsDouble()) + " of " + Fmt.count(s.recovery().answered())
        : Fmt.NONE;
  }

  private static void leaderboard(ShopReport report, StringBuilder out) {
    List<CaseMetricsLeaderboardEntry> board = report.closedLoop().leaderboard();
    if (board.isEmpty()) {
      return;
    }
    out.append("\nOwner leaderboard\n");
    TextTable t =
        new TextTable("Rank", "Owner", "Closed", "Median resolution", "Within SLA").left(1);
    for (CaseMetricsLeaderboardEntry e : board.subList(0, Math.min(MAX_OWNERS, board.size()))) {
      t.row(
          Integer.toString(e.rank()),
          oneLine(e.owner()),
          Fmt.count(e.closedLoops()),
          Fmt.duration(e.medianTimeToResolution()),
          Fmt.percent(e.withinSla()));
    }
    t.appendTo(out);
    more(out, board.size() - MAX_OWNERS, "owners");
  }

  private static void more(StringBuilder out, int hidden, String what) {
    if (hidden > 0) {
      out.append("  ... and ").append(hidden).append(' ').append(what).append('\n');
    }
  }

  /** Free text on one line: control characters (line breaks, tabs) become spaces. */
  static String oneLine(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return sb.toString();
  }
}
