package io.feedbackloop.examples.demo.report;

import java.util.List;

/**
 * The x axis the two weekly charts share: one slot per week, labelled with the week's first day
 * (thinned out so labels never overlap) and its number of answers.
 */
final class WeekAxis {
  static final int WIDTH = 960;
  static final int LEFT = 72;
  static final int RIGHT = 24;
  private static final double LABEL_WIDTH = 76;

  private final List<WeeklyNps> weeks;
  private final double slot;

  WeekAxis(List<WeeklyNps> weeks) {
    this.weeks = weeks;
    this.slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, weeks.size());
  }

  double slot() {
    return slot;
  }

  /** The centre of week {@code i}'s slot. */
  double x(int i) {
    return LEFT + (i + 0.5) * slot;
  }

  /** Draws the axis line at {@code y}, the labels below it and the axis title. */
  void draw(Svg svg, double y) {
    svg.line(LEFT, y, WIDTH - RIGHT, y, Palette.AXIS, "axis");
    int every = (int) Math.ceil(LABEL_WIDTH / slot);
    for (int i = 0; i < weeks.size(); i++) {
      if (i % every != 0) {
        continue;
      }
      WeeklyNps w = weeks.get(i);
      svg.text(x(i), y + 16, "middle", "tick", w.weekStart().toString());
      svg.text(x(i), y + 30, "middle", w.plotted() ? "tick small" : "tick small gap",
          w.nps().n() == 0
              ? "no answers"
              : "n = " + Fmt.count(w.nps().n()) + (w.plotted() ? "" : " (too few)"));
    }
    svg.text(LEFT + (WIDTH - LEFT - RIGHT) / 2.0, y + 48, "middle", "axis-title", "Week starting");
  }
}
