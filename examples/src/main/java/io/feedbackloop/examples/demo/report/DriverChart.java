package io.feedbackloop.examples.demo.report;

import io.feedbackloop.scoring.insight.TopicDriver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The topic drivers as horizontal bars of NPS impact, largest first: the points the whole NPS
 * would gain if the responses mentioning the topic scored like the rest. Positive bars (the topic
 * hurts the score) go right of zero, negative ones (it helps) go left.
 */
final class DriverChart {
  static final String ID = "drivers";
  static final int WIDTH = 960;
  static final int MAX_BARS = 12;
  private static final int LEFT = 200;
  private static final int RIGHT = 72;
  private static final int TOP = 12;
  private static final int BOTTOM = 44;
  private static final int ROW = 28;

  private DriverChart() {}

  /** The drivers drawn: the {@link #MAX_BARS} largest by size of impact, by impact descending. */
  static List<TopicDriver> shown(List<TopicDriver> sorted) {
    List<TopicDriver> byMagnitude = new ArrayList<>(sorted);
    byMagnitude.sort(
        Comparator.comparingDouble((TopicDriver d) -> Math.abs(d.impact())).reversed()
            .thenComparing(TopicDriver::topic));
    List<TopicDriver> kept =
        new ArrayList<>(byMagnitude.subList(0, Math.min(MAX_BARS, byMagnitude.size())));
    kept.sort(Comparator.comparingInt(sorted::indexOf));
    return kept;
  }

  static int height(int bars) {
    return TOP + BOTTOM + ROW * Math.max(1, bars);
  }

  static void render(StringBuilder out, List<TopicDriver> drivers) {
    int height = height(drivers.size());
    double min = 0;
    double max = 0;
    for (TopicDriver d : drivers) {
      min = Math.min(min, d.impact());
      max = Math.max(max, d.impact());
    }
    Axis xs = Axis.nice(min, max, LEFT, WIDTH - RIGHT, 6);
    Svg svg =
        Svg.open(
            out,
            ID,
            WIDTH,
            height,
            "Topic drivers: NPS impact per topic",
            drivers.size() + " topics as horizontal bars, largest impact first; the impact is the "
                + "NPS points the whole sample would gain if the responses mentioning the topic "
                + "scored like the rest.");
    double bottom = height - BOTTOM;
    for (double tick : xs.ticks()) {
      svg.line(xs.at(tick), TOP, xs.at(tick), bottom, Palette.GRID, "grid");
      svg.text(xs.at(tick), bottom + 16, "middle", "tick", Fmt.tick(tick));
    }
    svg.line(xs.at(0), TOP, xs.at(0), bottom, Palette.AXIS, "axis");
    svg.line(LEFT, bottom, WIDTH - RIGHT, bottom, Palette.AXIS, "axis");
    svg.text((LEFT + WIDTH - RIGHT) / 2.0, bottom + 36, "middle", "axis-title",
        "NPS impact (points)");
    for (int i = 0; i < drivers.size(); i++) {
      TopicDriver d = drivers.get(i);
      double y = TOP + i * ROW + 5;
      double h = ROW - 10;
      boolean hurts = d.impact() >= 0;
      svg.text(LEFT - 10, y + h / 2 + 4, "end", "label", d.topic());
      svg.rect(xs.at(0), y, xs.at(d.impact()) - xs.at(0), h,
          hurts ? Palette.HURTS : Palette.HELPS, hurts ? "bar driver-hurts" : "bar driver-helps",
          d.topic() + ": impact " + Fmt.points(d.impact()) + " points, " + Fmt.count(d.mentions())
              + " mentions");
      double end = xs.at(d.impact());
      svg.text(hurts ? end + 6 : end - 6, y + h / 2 + 4, hurts ? "start" : "end", "value",
          Fmt.points(d.impact()));
    }
    svg.close();
  }
}
