package io.feedbackloop.scoring;

import io.feedbackloop.scoring.internal.Checks;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names one segment of {@link SegmentedScores}: the value of every grouping dimension, in the
 * order the dimensions were configured ({@code {touchpoint=delivery, region=north}}), and the
 * start of the time window when results are windowed.
 *
 * <p>Equality ignores the order of {@link #values()} (it is {@link Map#equals}); {@link
 * #compareTo} compares dimension by dimension in iteration order (name, then value), then the
 * window start (no window first), which for keys of one {@link SegmentedScores} is the order of
 * the configured dimensions.
 *
 * @param values dimension name to value, in dimension order; {@link #ABSENT} for no value
 * @param windowStart the first day of the window, empty when not windowed
 */
public record SegmentKey(Map<String, String> values, Optional<LocalDate> windowStart)
    implements Comparable<SegmentKey> {

  /** The value of a dimension the response has no value for: the empty string. */
  public static final String ABSENT = "";

  /**
   * Creates a key, copying {@code values} (iteration order kept).
   *
   * @throws NullPointerException if an argument, a name or a value is null
   */
  public SegmentKey {
    Checks.notNull("values", values);
    Checks.notNull("windowStart", windowStart);
    LinkedHashMap<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      copy.put(Checks.notNull("dimension name", e.getKey()),
          Checks.notNull("value of " + e.getKey(), e.getValue()));
    }
    values = Collections.unmodifiableMap(copy);
  }

  /**
   * A key without window. Pass an ordered map (e.g. {@link LinkedHashMap}) for a meaningful
   * {@link #toString()}; lookups work with any order.
   *
   * @throws NullPointerException if {@code values}, a name or a value is null
   */
  public static SegmentKey of(Map<String, String> values) {
    return new SegmentKey(values, Optional.empty());
  }

  /**
   * A key of the window starting on {@code windowStart}.
   *
   * @throws NullPointerException if an argument, a name or a value is null
   */
  public static SegmentKey of(Map<String, String> values, LocalDate windowStart) {
    return new SegmentKey(values, Optional.of(Checks.notNull("windowStart", windowStart)));
  }

  /** This key without its window: the key of the segment's trend series. */
  public SegmentKey withoutWindow() {
    return windowStart.isEmpty() ? this : new SegmentKey(values, Optional.empty());
  }

  @Override
  public int compareTo(SegmentKey other) {
    Iterator<Map.Entry<String, String>> a = values.entrySet().iterator();
    Iterator<Map.Entry<String, String>> b = other.values.entrySet().iterator();
    while (a.hasNext() && b.hasNext()) {
      Map.Entry<String, String> x = a.next();
      Map.Entry<String, String> y = b.next();
      int c = x.getKey().compareTo(y.getKey());
      if (c == 0) {
        c = x.getValue().compareTo(y.getValue());
      }
      if (c != 0) {
        return c;
      }
    }
    if (a.hasNext() != b.hasNext()) {
      return a.hasNext() ? 1 : -1;
    }
    if (windowStart.isPresent() && other.windowStart.isPresent()) {
      return windowStart.get().compareTo(other.windowStart.get());
    }
    return Boolean.compare(windowStart.isPresent(), other.windowStart.isPresent());
  }
}
