package io.feedbackloop.examples.demo.report;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.examples.markup.Xml;
import io.feedbackloop.routing.cases.CaseMetricsLeaderboardEntry;
import io.feedbackloop.routing.cases.CaseMetricsSummary;
import io.feedbackloop.scoring.Interval;
import io.feedbackloop.scoring.NpsResult;
import io.feedbackloop.scoring.ScaleResult;
import io.feedbackloop.scoring.insight.TopicDriver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The report as one self-contained HTML5 page: UTF-8, inline CSS and inline SVG charts, no script
 * and no external asset, font, image or link, so it opens offline and can be mailed as is. The
 * markup is also well-formed XML (XHTML-compatible HTML5). Charts: the NPS trend with its
 * confidence band, the category mix per week, SLA compliance per team and the topic drivers; then
 * tables for CSAT/CES, topics, alerts, teams and the owner leaderboard. Every chart has {@code
 * role="img"}, a title and a legend; every text from the model is escaped. The output depends on
 * the model only (no clock). Stateless and thread-safe.
 */
public final class HtmlReport {
  /** The name of the file {@link #write} creates. */
  public static final String FILE_NAME = "feedback-report.html";

  private static final String CSS =
      """
      body{margin:0;background:#f6f6f4;color:#1f1f1f;font:15px/1.45 system-ui,-apple-system,\
      "Segoe UI",Roboto,Helvetica,Arial,sans-serif}
      main{max-width:1000px;margin:0 auto;padding:24px 20px 48px}
      h1{font-size:26px;margin:0 0 4px}
      h2{font-size:19px;margin:0 0 10px}
      section{background:#fff;border:1px solid #dedede;border-radius:8px;padding:16px 18px;\
      margin:16px 0}
      .meta{color:#555;margin:0 0 10px}
      dl.facts{display:flex;flex-wrap:wrap;gap:8px 28px;margin:8px 0 0}
      dl.facts div{min-width:120px}
      dl.facts dt{color:#555;font-size:13px}
      dl.facts dd{margin:0;font-size:20px;font-weight:600}
      svg.chart{display:block;max-width:100%;height:auto}
      svg text{font-family:inherit;fill:#333;font-size:12px}
      svg text.small{font-size:11px;fill:#6b6b6b}
      svg text.gap{fill:#b45309}
      svg text.axis-title{font-size:12px;font-weight:600}
      svg text.label{font-size:13px}
      ul.legend{list-style:none;display:flex;flex-wrap:wrap;gap:6px 20px;padding:0;\
      margin:6px 0 10px}
      ul.legend li{display:flex;align-items:center;gap:6px;font-size:13px}
      .swatch{display:inline-block;width:14px;height:14px;border-radius:2px}
      .swatch.line{height:4px}
      table{border-collapse:collapse;width:100%;margin:8px 0 4px;font-size:14px}
      caption{text-align:left;font-weight:600;padding:4px 0}
      th,td{padding:4px 8px;border-bottom:1px solid #e6e6e6;text-align:right;white-space:nowrap}
      th:first-child,td:first-child{text-align:left}
      thead th{background:#f2f2f0;font-weight:600}
      tbody th{font-weight:600}
      .note{color:#555;font-size:13px}
      footer{color:#777;font-size:12px;text-align:center}
      """;

  private HtmlReport() {}

  /**
   * Renders the page; the same model gives the same text.
   *
   * @throws NullPointerException if the report is null
   */
  public static String render(ShopReport report) {
    Checks.notNull("report", report);
    StringBuilder out = new StringBuilder(64 * 1024);
    String title = Xml.escape(report.title());
    out.append("<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n")
        .append("<head>\n<meta charset=\"UTF-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(title)
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>")
        .append(title)
        .append("</h1>\n<p class=\"meta\">")
        .append(report.from())
        .append(" to ")
        .append(report.to())
        .append(" · simulation seed ")
        .append(report.seed())
        .append("</p>\n");
    facts(out, report.facts());
    out.append("</header>\n");
    nps(out, report);
    mix(out, report);
    satisfaction(out, report);
    drivers(out, report);
    alerts(out, report);
    closedLoop(out, report);
    out.append("<footer>Feedback Loop SDK demo report · seed ")
        .append(report.seed())
        .append("</footer>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /**
   * Writes the page to {@code dir/feedback-report.html} in UTF-8, creating the directory and
   * replacing an older file.
   *
   * @return the file written
   * @throws IOException if the directory or the file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static Path write(ShopReport report, Path dir) throws IOException {
    Checks.notNull("report", report);
    Checks.notNull("dir", dir);
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE_NAME);
    Files.writeString(file, render(report), StandardCharsets.UTF_8);
    return file;
  }

  private static void facts(StringBuilder out, List<Fact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    out.append("<dl class=\"facts\">\n");
    for (Fact f : facts) {
      out.append("<div><dt>")
          .append(Xml.escape(f.label()))
          .append("</dt><dd>")
          .append(Xml.escape(f.value()))
          .append("</dd></div>\n");
    }
    out.append("</dl>\n");
  }

  private static void nps(StringBuilder out, ShopReport report) {
    List<WeeklyNps> weeks = report.weeks();
    String level =
        weeks.stream()
            .flatMap(w -> w.nps().interval().stream())
            .findFirst()
            .map(i -> Fmt.decimal(i.level() * 100, 0) + "%")
            .orElse("95%");
    out.append("<section id=\"nps\">\n<h2>NPS per week</h2>\n");
    if (weeks.isEmpty()) {
      out.append("<p class=\"note\">No responses in the period.</p>\n</section>\n");
      return;
    }
    legend(
        out,
        new String[] {Palette.NPS_LINE, "line", "NPS (points, −100 to +100)"},
        new String[] {Palette.NPS_BAND, "", level + " confidence interval"});
    NpsTrendChart.render(out, weeks);
    out.append("<p class=\"note\">Weeks below the minimum sample are gaps: their score is too"
        + " uncertain to draw.</p>\n");
    table(out, "NPS per week", "Week of", "n", "Promoters", "Passives", "Detractors", "NPS",
        "CI low", "CI high");
    for (WeeklyNps w : weeks) {
      NpsResult r = w.nps();
      Optional<Interval> ci = w.plotted() ? r.interval() : Optional.empty();
      row(out, w.weekStart().toString(), Fmt.count(r.n()), Fmt.count(r.promoters()),
          Fmt.count(r.passives()), Fmt.count(r.detractors()),
          Fmt.points(r.score()) + (r.n() > 0 && r.belowMinimum() ? " (too few)" : ""),
          ci.map(i -> Fmt.points(i.low())).orElse(Fmt.NONE),
          ci.map(i -> Fmt.points(i.high())).orElse(Fmt.NONE));
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void mix(StringBuilder out, ShopReport report) {
    if (report.weeks().isEmpty()) {
      return;
    }
    out.append("<section id=\"mix\">\n<h2>Promoters, passives and detractors</h2>\n");
    legend(
        out,
        new String[] {Palette.PROMOTER, "", "Promoters (9–10)"},
        new String[] {Palette.PASSIVE, "", "Passives (7–8)"},
        new String[] {Palette.DETRACTOR, "", "Detractors (0–6)"});
    CategoryMixChart.render(out, report.weeks());
    out.append("</section>\n");
  }

  private static void satisfaction(StringBuilder out, ShopReport report) {
    if (report.csat().isEmpty() && report.ces().isEmpty()) {
      return;
    }
    out.append("<section id=\"satisfaction\">\n<h2>Satisfaction and effort</h2>\n");
    table(out, "CSAT and CES over the period", "Metric", "Value", "CI low", "CI high", "n");
    report.csat().ifPresent(r -> scaleRow(out, r));
    report.ces().ifPresent(r -> scaleRow(out, r));
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void scaleRow(StringBuilder out, ScaleResult r) {
    String mark = r.belowMinimum() ? " (too few)" : "";
    if (r.metric() == Metric.CES) {
      Optional<Interval> ci = r.mean().flatMap(m -> m.interval());
      row(out, "CES (mean, 1–7)",
          r.mean().map(m -> Fmt.decimal(m.value(), 2)).orElse(Fmt.NONE) + mark,
          ci.map(i -> Fmt.decimal(i.low(), 2)).orElse(Fmt.NONE),
          ci.map(i -> Fmt.decimal(i.high(), 2)).orElse(Fmt.NONE), Fmt.count(r.n()));
    } else {
      row(out, r.metric().name() + " (top-2-box)",
          r.positiveShare().map(p -> Fmt.percent(p.share())).orElse(Fmt.NONE) + mark,
          r.positiveShare().map(p -> Fmt.percent(p.interval().low())).orElse(Fmt.NONE),
          r.positiveShare().map(p -> Fmt.percent(p.interval().high())).orElse(Fmt.NONE),
          Fmt.count(r.n()));
    }
  }

  private static void drivers(StringBuilder out, ShopReport report) {
    List<TopicDriver> sorted = TextReport.sortedDrivers(report);
    List<DetractorTopic> topics = report.detractorTopics();
    if (sorted.isEmpty() && topics.isEmpty()) {
      return;
    }
    out.append("<section id=\"topics\">\n<h2>What drives the score</h2>\n");
    if (!sorted.isEmpty()) {
      legend(
          out,
          new String[] {Palette.HURTS, "", "Topic lowers the NPS (fixing it gains points)"},
          new String[] {Palette.HELPS, "", "Topic comes with a higher NPS"});
      DriverChart.render(out, DriverChart.shown(sorted));
      table(out, "Topic drivers (n = " + Fmt.count(report.drivers().n()) + ")", "Topic",
          "Mentions", "Of detractors", "Of promoters", "Lift", "Lift CI", "NPS with",
          "NPS without", "Impact");
      for (TopicDriver d : sorted) {
        row(out, d.topic(), Fmt.count(d.mentions()), Fmt.percent(d.detractorShare()),
            Fmt.percent(d.promoterShare()),
            d.lift().isPresent() ? Fmt.decimal(d.lift().getAsDouble(), 2) : Fmt.NONE,
            d.liftCi()
                .map(i -> Fmt.decimal(i.low(), 2) + "–" + Fmt.decimal(i.high(), 2))
                .orElse(Fmt.NONE),
            Fmt.points(d.npsWith()), Fmt.points(d.npsWithout()), Fmt.points(d.impact()));
      }
      out.append("</tbody>\n</table>\n");
    }
    if (!topics.isEmpty()) {
      table(out, "Top detractor topics", "Topic", "Detractor mentions", "Of detractors");
      for (DetractorTopic t : topics) {
        row(out, t.topic(), Fmt.count(t.mentions()), Fmt.percent(t.share()));
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("</section>\n");
  }

  private static void alerts(StringBuilder out, ShopReport report) {
    out.append("<section id=\"alerts\">\n<h2>Recurring issues</h2>\n");
    if (report.alerts().isEmpty()) {
      out.append("<p class=\"note\">No recurring issue was detected.</p>\n</section>\n");
      return;
    }
    table(out, "Topics far more frequent than usual in a segment", "Topic", "Segment",
        "Window start (UTC)", "Length", "Mentions", "Expected");
    for (IssueAlert a : report.alerts()) {
      row(out, a.topic(), a.segment(), Fmt.minute(a.windowStart()),
          Fmt.span(a.windowStart(), a.windowEnd()), Fmt.count(a.count()),
          Fmt.decimal(a.baseline(), 1));
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void closedLoop(StringBuilder out, ShopReport report) {
    ClosedLoop loop = report.closedLoop();
    out.append("<section id=\"loop\">\n<h2>Closed loop per team</h2>\n");
    if (loop.teams().isEmpty() && loop.total().isEmpty()) {
      out.append("<p class=\"note\">No cases were opened in the period.</p>\n</section>\n");
      return;
    }
    if (!loop.teams().isEmpty()) {
      legend(
          out,
          new String[] {Palette.FIRST_CONTACT, "", "First contact within the SLA"},
          new String[] {Palette.RESOLUTION, "", "Resolution within the SLA"});
      SlaChart.render(out, loop.teams());
    }
    table(out, "Cases per team", "Team", "Opened", "Closed", "First contact in SLA",
        "Resolved in SLA", "Median to first contact", "Escalations", "Recovered");
    for (TeamLoop t : loop.teams()) {
      teamRow(out, t);
    }
    loop.total().ifPresent(t -> teamRow(out, t));
    out.append("</tbody>\n</table>\n");
    leaderboard(out, loop.leaderboard());
    out.append("</section>\n");
  }

  private static void teamRow(StringBuilder out, TeamLoop t) {
    CaseMetricsSummary s = t.summary();
    row(out, t.team(), Fmt.count(s.opened()), Fmt.count(s.closed()),
        Fmt.percent(s.firstContactWithinSla()), Fmt.percent(s.resolutionWithinSla()),
        Fmt.duration(s.firstContact().wallMedian()), Fmt.count(t.escalations()),
        TextReport.recovered(s));
  }

  private static void leaderboard(StringBuilder out, List<CaseMetricsLeaderboardEntry> board) {
    if (board.isEmpty()) {
      return;
    }
    table(out, "Owner leaderboard", "Rank", "Owner", "Closed loops", "Median time to resolution",
        "Resolved within the SLA");
    for (CaseMetricsLeaderboardEntry e : board) {
      row(out, Integer.toString(e.rank()), e.owner(), Fmt.count(e.closedLoops()),
          Fmt.duration(e.medianTimeToResolution()), Fmt.percent(e.withinSla()));
    }
    out.append("</tbody>\n</table>\n");
  }

  /** A legend: each entry is {colour, "line" or "", label}. */
  private static void legend(StringBuilder out, String[]... entries) {
    out.append("<ul class=\"legend\">\n");
    for (String[] e : entries) {
      out.append("<li><span class=\"swatch")
          .append(e[1].isEmpty() ? "" : " " + e[1])
          .append("\" style=\"background:")
          .append(e[0])
          .append("\"></span>")
          .append(Xml.escape(e[2]))
          .append("</li>\n");
    }
    out.append("</ul>\n");
  }

  /** Opens a table with a caption and column headers, and its body. */
  private static void table(StringBuilder out, String caption, String... headers) {
    out.append("<table>\n<caption>").append(Xml.escape(caption)).append("</caption>\n<thead><tr>");
    for (String h : headers) {
      out.append("<th scope=\"col\">").append(Xml.escape(h)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
  }

  private static void row(StringBuilder out, String... cells) {
    out.append("<tr>");
    for (int i = 0; i < cells.length; i++) {
      out.append(i == 0 ? "<th scope=\"row\">" : "<td>")
          .append(Xml.escape(cells[i]))
          .append(i == 0 ? "</th>" : "</td>");
    }
    out.append("</tr>\n");
  }
}
