package io.feedbackloop.scoring.internal.insight;

import java.util.Map;
import java.util.TreeMap;

/**
 * One counted series: a topic in one combination of segment values (empty for all responses).
 *
 * @param topic the topic id
 * @param segment the segment values, immutable
 * @param label the segment as {@code key=value,...} in key order, or {@code all}
 */
public record SeriesKey(String topic, Map<String, String> segment, String label) {

  /** A key for {@code topic} in {@code segment} (copied). */
  public static SeriesKey of(String topic, Map<String, String> segment) {
    return new SeriesKey(topic, Map.copyOf(segment), label(segment));
  }

  /** The label of a segment, the same as {@code RecurringIssueDetected.segmentLabel()}. */
  public static String label(Map<String, String> segment) {
    if (segment.isEmpty()) {
      return "all";
    }
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(segment)
        .forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v));
    return sb.toString();
  }
}
