package io.feedbackloop.examples.demo.report;

import io.feedbackloop.routing.cases.CaseMetricsShare;
import java.util.List;

/**
 * SLA compliance per team: two bars per team, first contact and resolution within the target, in
 * percent of the decided cases. A share with nothing decided has no bar but an "n/a" label.
 */
final class SlaChart {
  static final String ID = "sla";
  static final int WIDTH = 960;
  static final int HEIGHT = 300;
  private static final int LEFT = 72;
  private static final int RIGHT = 24;
  private static final int TOP = 16;
  private static final int BOTTOM = 44;

  private SlaChart() {}

  static void render(StringBuilder out, List<TeamLoop> teams) {
    Axis ys = Axis.fixed(0, 100, HEIGHT - BOTTOM, TOP, 25);
    Svg svg =
        Svg.open(
            out,
            ID,
            WIDTH,
            HEIGHT,
            "SLA compliance per team",
            teams.size() + " teams, each with two bars: the share of first contacts and the share "
                + "of resolutions within the SLA target, in percent.");
    for (double tick : ys.ticks()) {
      svg.line(LEFT, ys.at(tick), WIDTH - RIGHT, ys.at(tick), Palette.GRID, "grid");
      svg.text(LEFT - 8, ys.at(tick) + 4, "end", "tick", Fmt.decimal(tick, 0) + "%");
    }
    svg.line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, Palette.AXIS, "axis");
    svg.line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, Palette.AXIS, "axis");
    svg.verticalText(18, (TOP + HEIGHT - BOTTOM) / 2.0, "axis-title", "Within the SLA");
    double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, teams.size());
    double bar = Math.min(48, slot * 0.3);
    for (int i = 0; i < teams.size(); i++) {
      TeamLoop team = teams.get(i);
      double centre = LEFT + (i + 0.5) * slot;
      bar(svg, ys, centre - bar - 2, bar, team.summary().firstContactWithinSla(),
          Palette.FIRST_CONTACT, "sla-first-contact", team.team() + ": first contact");
      bar(svg, ys, centre + 2, bar, team.summary().resolutionWithinSla(), Palette.RESOLUTION,
          "sla-resolution", team.team() + ": resolution");
      svg.text(centre, HEIGHT - BOTTOM + 18, "middle", "tick", team.team());
    }
    svg.close();
  }

  private static void bar(
      Svg svg, Axis ys, double x, double width, CaseMetricsShare share, String fill, String cls,
      String what) {
    if (share.ratio().isEmpty()) {
      svg.text(x + width / 2, HEIGHT - BOTTOM - 6, "middle", "tick small", "n/a");
      return;
    }
    double pct = share.ratio().getAsDouble() * 100;
    svg.rect(x, ys.at(pct), width, ys.at(0) - ys.at(pct), fill, "bar " + cls,
        what + " within the SLA " + Fmt.percent(share) + " (" + share.part() + " of "
            + share.whole() + ")");
    svg.text(x + width / 2, ys.at(pct) - 5, "middle", "value", Fmt.decimal(pct, 0) + "%");
  }
}
