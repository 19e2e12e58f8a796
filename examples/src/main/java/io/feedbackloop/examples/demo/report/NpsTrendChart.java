package io.feedbackloop.examples.demo.report;

import io.feedbackloop.scoring.Interval;
import java.util.ArrayList;
import java.util.List;

/**
 * The NPS per week as a line with its confidence interval as a shaded band. Weeks without a score
 * worth drawing ({@link WeeklyNps#plotted()} false) break the line and the band: each run of
 * plotted weeks gets one band polygon and, from two weeks on, one polyline.
 */
final class NpsTrendChart {
  static final String ID = "nps-trend";
  static final int HEIGHT = 340;
  private static final int TOP = 20;
  private static final int BOTTOM = 62;
  private static final double SINGLE_WEEK_BAND = 8;

  private NpsTrendChart() {}

  static void render(StringBuilder out, List<WeeklyNps> weeks) {
    WeekAxis xs = new WeekAxis(weeks);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    String level = "95%";
    for (WeeklyNps w : weeks) {
      if (w.plotted()) {
        Interval ci = w.nps().interval().orElseThrow();
        min = Math.min(min, Math.min(ci.low(), w.nps().score().orElseThrow()));
        max = Math.max(max, Math.max(ci.high(), w.nps().score().orElseThrow()));
        level = Fmt.decimal(ci.level() * 100, 0) + "%";
      }
    }
    if (min > max) {
      min = -100;
      max = 100;
    }
    double lowest = Math.max(-100, min);
    double highest = Math.min(100, max);
    Axis ys = Axis.nice(lowest, highest, HEIGHT - BOTTOM, TOP, 6);
    List<List<Integer>> runs = runs(weeks);
    Svg svg =
        Svg.open(
            out,
            ID,
            WeekAxis.WIDTH,
            HEIGHT,
            "NPS per week with its " + level + " confidence interval",
            weeks.size() + " weeks; " + plotted(runs) + " with a score from enough answers, "
                + "drawn as a line over a shaded band from the lower to the upper bound; "
                + "other weeks are gaps.");
    for (double tick : ys.ticks()) {
      double y = ys.at(tick);
      svg.line(WeekAxis.LEFT, y, WeekAxis.WIDTH - WeekAxis.RIGHT, y, Palette.GRID, "grid");
      svg.text(WeekAxis.LEFT - 8, y + 4, "end", "tick", Fmt.tick(tick));
    }
    if (ys.low() < 0 && ys.high() > 0) {
      svg.line(WeekAxis.LEFT, ys.at(0), WeekAxis.WIDTH - WeekAxis.RIGHT, ys.at(0), Palette.AXIS,
          "zero");
    }
    svg.line(WeekAxis.LEFT, TOP, WeekAxis.LEFT, HEIGHT - BOTTOM, Palette.AXIS, "axis");
    svg.verticalText(18, (TOP + HEIGHT - BOTTOM) / 2.0, "axis-title", "NPS (points)");
    for (List<Integer> run : runs) {
      band(svg, xs, ys, weeks, run);
    }
    for (List<Integer> run : runs) {
      if (run.size() > 1) {
        List<double[]> points = new ArrayList<>();
        for (int i : run) {
          points.add(new double[] {xs.x(i), ys.at(weeks.get(i).nps().score().orElseThrow())});
        }
        svg.path("polyline", points,
            "fill=\"none\" stroke=\"" + Palette.NPS_LINE + "\" stroke-width=\"3\""
                + " stroke-linejoin=\"round\"", "nps-line");
      }
    }
    for (List<Integer> run : runs) {
      for (int i : run) {
        WeeklyNps w = weeks.get(i);
        Interval ci = w.nps().interval().orElseThrow();
        svg.circle(xs.x(i), ys.at(w.nps().score().orElseThrow()), 4.5, Palette.NPS_LINE,
            "nps-point",
            "Week of " + w.weekStart() + ": NPS " + Fmt.points(w.nps().score()) + ", "
                + level + " CI " + Fmt.points(ci.low()) + " to " + Fmt.points(ci.high())
                + ", n = " + Fmt.count(w.nps().n()));
      }
    }
    xs.draw(svg, HEIGHT - BOTTOM);
    svg.close();
  }

  private static void band(
      Svg svg, WeekAxis xs, Axis ys, List<WeeklyNps> weeks, List<Integer> run) {
    List<double[]> upper = new ArrayList<>();
    List<double[]> lower = new ArrayList<>();
    for (int i : run) {
      Interval ci = weeks.get(i).nps().interval().orElseThrow();
      double x = xs.x(i);
      // a lone week has no neighbour to span to: a narrow bar still shows its interval
      double half = run.size() == 1 ? SINGLE_WEEK_BAND : 0;
      upper.add(new double[] {x - half, ys.at(ci.high())});
      lower.add(0, new double[] {x - half, ys.at(ci.low())});
      if (half > 0) {
        upper.add(new double[] {x + half, ys.at(ci.high())});
        lower.add(0, new double[] {x + half, ys.at(ci.low())});
      }
    }
    upper.addAll(lower);
    svg.path("polygon", upper, "fill=\"" + Palette.NPS_BAND + "\" stroke=\"none\"", "nps-band");
  }

  /** Maximal runs of consecutive plotted weeks, as week indexes. */
  static List<List<Integer>> runs(List<WeeklyNps> weeks) {
    List<List<Integer>> runs = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (int i = 0; i < weeks.size(); i++) {
      if (weeks.get(i).plotted()) {
        current.add(i);
      } else if (!current.isEmpty()) {
        runs.add(List.copyOf(current));
        current.clear();
      }
    }
    if (!current.isEmpty()) {
      runs.add(List.copyOf(current));
    }
    return runs;
  }

  private static int plotted(List<List<Integer>> runs) {
    return runs.stream().mapToInt(List::size).sum();
  }
}
