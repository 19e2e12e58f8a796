package io.feedbackloop.scoring.insight;

import io.feedbackloop.scoring.Interval;
import io.feedbackloop.scoring.internal.Checks;
import io.feedbackloop.scoring.internal.insight.DriverMath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Collects NPS answers with the topics of their comments and reports, per topic, what drives the
 * score (see {@link TopicDriver}):
 *
 * <ul>
 *   <li>{@code detractorShare = d / D} and {@code promoterShare = p / P}, where {@code D} and {@code
 *       P} count detractors (0-6) and promoters (9-10) and {@code d}, {@code p} those of them who
 *       mention the topic;
 *   <li>{@code lift = detractorShare / promoterShare}, a risk ratio, with the Katz log interval
 *       {@code exp(ln lift ± z × sqrt(1/d - 1/D + 1/p - 1/P))}. When one of the four cells {@code
 *       d, D - d, p, P - p} is zero, 0.5 is added to each of them (Haldane-Anscombe) for the lift
 *       and its interval alike, so both stay finite. With no detractors or no promoters at all
 *       there is nothing to compare: lift and interval are empty (and the share of the empty group
 *       is 0);
 *   <li>{@code npsWith}, {@code npsWithout}: the NPS {@code 100 × (promoters - detractors) / n} of
 *       the responses mentioning and not mentioning the topic, empty for no responses;
 *   <li>{@code impact = (npsWithout - npsWith) × mentions / n}, which equals {@code npsWithout -
 *       NPS}: the points the NPS would gain if those mentioning the topic scored like the rest; 0
 *       when either NPS is empty.
 * </ul>
 *
 * <p>Default confidence 0.95. Accumulators {@link #merge merge} exactly (counts only). Mutable and
 * <b>not thread-safe</b>: confine an instance to one thread, or give each thread its own and merge.
 */
public final class TopicDrivers {
  private static final int DETRACTORS = 0;
  private static final int PROMOTERS = 1;
  private static final int ALL = 2;

  private final double confidence;
  private long n;
  private long detractors;
  private long promoters;
  /** Per topic: detractors, promoters and all responses mentioning it. */
  private final Map<String, long[]> counts = new HashMap<>();

  private TopicDrivers(double confidence) {
    this.confidence = confidence;
  }

  /** A builder; default confidence 0.95. */
  public static Builder builder() {
    return new Builder();
  }

  /** An empty accumulator with confidence 0.95. */
  public static TopicDrivers ofDefaults() {
    return builder().build();
  }

  /**
   * Adds one response.
   *
   * @param npsScore the answer, 0..10
   * @param topics the topic ids its comment mentions, possibly none
   * @return this
   * @throws IllegalArgumentException if the score is not in 0..10 or a topic id is blank (nothing
   *     is added then)
   */
  public TopicDrivers add(int npsScore, Set<String> topics) {
    if (npsScore < 0 || npsScore > 10) {
      throw new IllegalArgumentException("npsScore must be in 0..10, but was " + npsScore);
    }
    Checks.notNull("topics", topics);
    for (String topic : topics) {
      if (topic == null || topic.isBlank()) {
        throw new IllegalArgumentException(
            "topics must hold non-blank ids, but had " + (topic == null ? "null" : "\"" + topic + "\""));
      }
    }
    n++;
    int group = npsScore <= 6 ? DETRACTORS : npsScore >= 9 ? PROMOTERS : -1;
    if (group == DETRACTORS) {
      detractors++;
    } else if (group == PROMOTERS) {
      promoters++;
    }
    for (String topic : topics) {
      long[] c = counts.computeIfAbsent(topic, t -> new long[3]);
      c[ALL]++;
      if (group >= 0) {
        c[group]++;
      }
    }
    return this;
  }

  /**
   * Adds the counts of {@code other} to this one; {@code other} is unchanged and this keeps its
   * confidence.
   *
   * @return this
   */
  public TopicDrivers merge(TopicDrivers other) {
    Objects.requireNonNull(other, "other must not be null");
    if (other == this) {
      throw new IllegalArgumentException("other must be another accumulator, but was this one");
    }
    n += other.n;
    detractors += other.detractors;
    promoters += other.promoters;
    other.counts.forEach((topic, c) -> {
      long[] mine = counts.computeIfAbsent(topic, t -> new long[3]);
      for (int i = 0; i < 3; i++) {
        mine[i] += c[i];
      }
    });
    return this;
  }

  /** The responses added. */
  public long count() {
    return n;
  }

  /** The report over everything added so far; the accumulator stays usable. */
  public DriverReport report() {
    double z = DriverMath.criticalValue(confidence);
    List<TopicDriver> rows = new ArrayList<>(counts.size());
    counts.forEach((topic, c) -> rows.add(row(topic, c, z)));
    rows.sort(
        Comparator.comparingDouble(TopicDriver::impact).reversed().thenComparing(TopicDriver::topic));
    return new DriverReport(n, rows);
  }

  private TopicDriver row(String topic, long[] c, double z) {
    long d = c[DETRACTORS];
    long p = c[PROMOTERS];
    long m = c[ALL];
    OptionalDouble lift = OptionalDouble.empty();
    Optional<Interval> ci = Optional.empty();
    if (detractors > 0 && promoters > 0) {
      double[] rr = DriverMath.riskRatio(d, detractors, p, promoters, z);
      lift = OptionalDouble.of(rr[0]);
      ci = Optional.of(new Interval(rr[1], rr[2], confidence));
    }
    OptionalDouble with = DriverMath.nps(p, d, m);
    OptionalDouble without = DriverMath.nps(promoters - p, detractors - d, n - m);
    double impact =
        with.isPresent() && without.isPresent()
            ? (without.getAsDouble() - with.getAsDouble()) * m / n
            : 0.0;
    return new TopicDriver(
        topic,
        m,
        detractors == 0 ? 0.0 : (double) d / detractors,
        promoters == 0 ? 0.0 : (double) p / promoters,
        lift,
        ci,
        with,
        without,
        impact);
  }

  /** Builds a {@link TopicDrivers}. Not thread-safe. */
  public static final class Builder {
    private double confidence = 0.95;

    private Builder() {}

    /**
     * The confidence level of the lift intervals; default 0.95.
     *
     * @throws IllegalArgumentException if not in (0, 1)
     */
    public Builder confidence(double confidence) {
      this.confidence = Checks.confidence(confidence);
      return this;
    }

    /** An empty accumulator. */
    public TopicDrivers build() {
      return new TopicDrivers(confidence);
    }
  }
}
