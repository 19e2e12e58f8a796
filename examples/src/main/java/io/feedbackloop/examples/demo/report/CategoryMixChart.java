package io.feedbackloop.examples.demo.report;

import io.feedbackloop.scoring.NpsResult;
import java.util.List;

/**
 * The category mix per week: one stacked bar of detractor, passive and promoter shares (bottom to
 * top) for every week with an estimate; a week without answers has no bar.
 */
final class CategoryMixChart {
  static final String ID = "category-mix";
  static final int HEIGHT = 300;
  private static final int TOP = 16;
  private static final int BOTTOM = 62;

  private CategoryMixChart() {}

  static void render(StringBuilder out, List<WeeklyNps> weeks) {
    WeekAxis xs = new WeekAxis(weeks);
    Axis ys = Axis.fixed(0, 100, HEIGHT - BOTTOM, TOP, 25);
    long bars = weeks.stream().filter(w -> w.nps().hasEstimate()).count();
    Svg svg =
        Svg.open(
            out,
            ID,
            WeekAxis.WIDTH,
            HEIGHT,
            "Promoters, passives and detractors per week",
            bars + " stacked bars, one per week with answers: detractors at the bottom, passives in"
                + " the middle, promoters on top, as shares of the week's answers.");
    for (double tick : ys.ticks()) {
      svg.line(WeekAxis.LEFT, ys.at(tick), WeekAxis.WIDTH - WeekAxis.RIGHT, ys.at(tick),
          Palette.GRID, "grid");
      svg.text(WeekAxis.LEFT - 8, ys.at(tick) + 4, "end", "tick", Fmt.decimal(tick, 0) + "%");
    }
    svg.line(WeekAxis.LEFT, TOP, WeekAxis.LEFT, HEIGHT - BOTTOM, Palette.AXIS, "axis");
    svg.verticalText(18, (TOP + HEIGHT - BOTTOM) / 2.0, "axis-title", "Share of answers");
    double width = Math.min(56, xs.slot() * 0.6);
    for (int i = 0; i < weeks.size(); i++) {
      NpsResult r = weeks.get(i).nps();
      if (!r.hasEstimate()) {
        continue;
      }
      double x = xs.x(i) - width / 2;
      String week = "Week of " + weeks.get(i).weekStart() + ": ";
      double base = 0;
      base = segment(svg, ys, x, width, base, r.detractorShare(), Palette.DETRACTOR,
          "mix-detractors", week + "detractors " + Fmt.percent(r.detractorShare()) + " ("
              + Fmt.count(r.detractors()) + ")");
      base = segment(svg, ys, x, width, base, r.passiveShare(), Palette.PASSIVE, "mix-passives",
          week + "passives " + Fmt.percent(r.passiveShare()) + " (" + Fmt.count(r.passives())
              + ")");
      segment(svg, ys, x, width, base, r.promoterShare(), Palette.PROMOTER, "mix-promoters",
          week + "promoters " + Fmt.percent(r.promoterShare()) + " ("
              + Fmt.count(r.promoters()) + ")");
    }
    xs.draw(svg, HEIGHT - BOTTOM);
    svg.close();
  }

  private static double segment(
      Svg svg, Axis ys, double x, double width, double base, double share, String fill,
      String cls, String tooltip) {
    double top = Math.min(100, base + share * 100);
    svg.rect(x, ys.at(top), width, ys.at(base) - ys.at(top), fill, "bar " + cls, tooltip);
    return top;
  }
}
