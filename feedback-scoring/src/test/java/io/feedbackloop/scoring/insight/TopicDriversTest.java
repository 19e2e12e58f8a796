package io.feedbackloop.scoring.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedbackloop.scoring.Interval;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every driver formula pinned to a number worked out by hand in the comments. */
class TopicDriversTest {
  private static final double EPS = 1e-6;

  /**
   * 20 responses: 8 detractors, 4 passives, 8 promoters (overall NPS 0). Detractors: 3 × {delivery}, 1 × {delivery, payment}, 2 × {delivery, price}, 2 × {} (score 0-6).
   * Passives: 1 × {delivery}, 3 × {} (score 7-8). Promoters: 2 × {delivery}, 4 × {price}, 2 × {}.
   */
  private static TopicDrivers sample() {
    TopicDrivers t = TopicDrivers.ofDefaults();
    int[] detractorScores = {0, 3, 6, 5, 2, 4, 6, 1};
    List<Set<String>> detractorTopics =
        List.of(Set.of("delivery"), Set.of("delivery"), Set.of("delivery"),
            Set.of("delivery", "payment"), Set.of("delivery", "price"), Set.of("delivery", "price"),
            Set.of(), Set.of());
    for (int i = 0; i < 8; i++) {
      t.add(detractorScores[i], detractorTopics.get(i));
    }
    t.add(7, Set.of("delivery")).add(8, Set.of()).add(7, Set.of()).add(8, Set.of());
    int[] promoterScores = {9, 10, 9, 10, 9, 10, 9, 10};
    List<Set<String>> promoterTopics =
        List.of(Set.of("delivery"), Set.of("delivery"), Set.of("price"), Set.of("price"),
            Set.of("price"), Set.of("price"), Set.of(), Set.of());
    for (int i = 0; i < 8; i++) {
      t.add(promoterScores[i], promoterTopics.get(i));
    }
    return t;
  }

  @Test
  void workedExample() {
    DriverReport report = sample().report();
    assertThat(report.n()).isEqualTo(20);
    // Sorted by impact: delivery 36.36, payment 5.26, price -14.29.
    assertThat(report.topics()).extracting(TopicDriver::topic).containsExactly("delivery", "payment", "price");

    // delivery: d = 6 of D = 8 detractors, p = 2 of P = 8 promoters, 1 passive: mentions 9.
    // detractorShare 6/8 = 0.75, promoterShare 2/8 = 0.25, lift 0.75 / 0.25 = 3.
    // Katz: SE = sqrt(1/6 - 1/8 + 1/2 - 1/8) = sqrt(0.416667) = 0.645497; z(0.95) = 1.959964;
    // CI = exp(ln 3 ± 1.959964 × 0.645497) = exp(1.098612 ± 1.265148) = [0.846590, 10.630887].
    // npsWith = 100 × (2 - 6) / 9 = -44.444444; npsWithout = 100 × (6 - 2) / 11 = 36.363636;
    // impact = (36.363636 + 44.444444) × 9 / 20 = 36.363636 (= npsWithout - NPS 0).
    TopicDriver delivery = report.topics().get(0);
    assertThat(delivery.mentions()).isEqualTo(9);
    assertThat(delivery.detractorShare()).isEqualTo(0.75);
    assertThat(delivery.promoterShare()).isEqualTo(0.25);
    assertThat(delivery.lift().getAsDouble()).isCloseTo(3.0, within(1e-12));
    Interval ci = delivery.liftCi().orElseThrow();
    assertThat(ci.low()).isCloseTo(0.846590, within(EPS));
    assertThat(ci.high()).isCloseTo(10.630887, within(EPS));
    assertThat(ci.level()).isEqualTo(0.95);
    assertThat(delivery.npsWith().getAsDouble()).isCloseTo(-44.444444, within(EPS));
    assertThat(delivery.npsWithout().getAsDouble()).isCloseTo(36.363636, within(EPS));
    assertThat(delivery.impact()).isCloseTo(36.363636, within(EPS));

    // payment: d = 1, p = 0 — a zero cell, so 0.5 is added to each of 1, 7, 0, 8:
    // lift = (1.5 / 9) / (0.5 / 9) = 3; SE = sqrt(1/1.5 - 1/9 + 1/0.5 - 1/9) = sqrt(2.444444)
    // = 1.563472; CI = exp(1.098612 ± 3.064349) = [0.140053, 64.261516].
    // npsWith = 100 × (0 - 1) / 1 = -100; npsWithout = 100 × (8 - 7) / 19 = 5.263158;
    // impact = (5.263158 + 100) × 1 / 20 = 5.263158.
    TopicDriver payment = report.topics().get(1);
    assertThat(payment.mentions()).isEqualTo(1);
    assertThat(payment.detractorShare()).isEqualTo(0.125);
    assertThat(payment.promoterShare()).isEqualTo(0.0);
    assertThat(payment.lift().getAsDouble()).isCloseTo(3.0, within(1e-12));
    assertThat(payment.liftCi().orElseThrow().low()).isCloseTo(0.140053, within(EPS));
    assertThat(payment.liftCi().orElseThrow().high()).isCloseTo(64.261516, within(EPS));
    assertThat(payment.npsWith().getAsDouble()).isEqualTo(-100.0);
    assertThat(payment.npsWithout().getAsDouble()).isCloseTo(5.263158, within(EPS));
    assertThat(payment.impact()).isCloseTo(5.263158, within(EPS));

    // price: d = 2, p = 4, mentions 6: shares 0.25 and 0.5, lift 0.5;
    // SE = sqrt(1/2 - 1/8 + 1/4 - 1/8) = sqrt(0.5) = 0.707107;
    // CI = exp(-0.693147 ± 1.385904) = [0.125049, 1.999219].
    // npsWith = 100 × (4 - 2) / 6 = 33.333333; npsWithout = 100 × (4 - 6) / 14 = -14.285714;
    // impact = (-14.285714 - 33.333333) × 6 / 20 = -14.285714: fixing it would not help.
    TopicDriver price = report.topics().get(2);
    assertThat(price.mentions()).isEqualTo(6);
    assertThat(price.detractorShare()).isEqualTo(0.25);
    assertThat(price.promoterShare()).isEqualTo(0.5);
    assertThat(price.lift().getAsDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(price.liftCi().orElseThrow().low()).isCloseTo(0.125049, within(EPS));
    assertThat(price.liftCi().orElseThrow().high()).isCloseTo(1.999219, within(EPS));
    assertThat(price.npsWith().getAsDouble()).isCloseTo(33.333333, within(EPS));
    assertThat(price.npsWithout().getAsDouble()).isCloseTo(-14.285714, within(EPS));
    assertThat(price.impact()).isCloseTo(-14.285714, within(EPS));
  }

  @Test
  void confidenceWidensTheInterval() {
    TopicDrivers t = TopicDrivers.builder().confidence(0.99).build();
    t.merge(sample());
    // z(0.99) = 2.575829: delivery CI = exp(1.098612 ± 2.575829 × 0.645497) = [0.568884, 15.820443]
    Interval ci = t.report().topics().get(0).liftCi().orElseThrow();
    assertThat(ci.level()).isEqualTo(0.99);
    assertThat(ci.low()).isCloseTo(Math.exp(Math.log(3) - 2.5758293035489 * Math.sqrt(5.0 / 12)), within(1e-9));
    assertThat(ci.low()).isCloseTo(0.568884, within(EPS));
    assertThat(ci.high()).isCloseTo(15.820443, within(EPS));
  }

  @Test
  void withoutDetractorsOrPromotersTheLiftIsLeftOut() {
    // Only promoters and a passive: nothing to compare against.
    TopicDrivers t = TopicDrivers.ofDefaults().add(10, Set.of("price")).add(9, Set.of()).add(8, Set.of("price"));
    TopicDriver price = t.report().topics().get(0);
    assertThat(price.lift()).isEmpty();
    assertThat(price.liftCi()).isEmpty();
    assertThat(price.detractorShare()).isEqualTo(0.0);
    assertThat(price.promoterShare()).isEqualTo(0.5);
    // npsWith = 100 × (1 - 0) / 2 = 50; npsWithout = 100 × 1 / 1 = 100; impact = 50 × 2 / 3.
    assertThat(price.npsWith()).hasValue(50.0);
    assertThat(price.npsWithout()).hasValue(100.0);
    assertThat(price.impact()).isCloseTo(100.0 / 3, within(1e-12));

    TopicDrivers onlyDetractors = TopicDrivers.ofDefaults().add(2, Set.of("delivery"));
    TopicDriver delivery = onlyDetractors.report().topics().get(0);
    assertThat(delivery.lift()).isEmpty();
    assertThat(delivery.detractorShare()).isEqualTo(1.0);
    assertThat(delivery.promoterShare()).isEqualTo(0.0);
    // Everyone mentions it: no "without" group, so no impact.
    assertThat(delivery.npsWithout()).isEmpty();
    assertThat(delivery.npsWith()).hasValue(-100.0);
    assertThat(delivery.impact()).isEqualTo(0.0);
  }

  @Test
  void everyCellZeroCaseStaysFinite() {
    // All detractors and all promoters mention it: cells 3, 0, 2, 0 -> 3.5, 0.5, 2.5, 0.5;
    // lift = (3.5 / 4) / (2.5 / 3) = 1.05; SE = sqrt(1/3.5 - 1/4 + 1/2.5 - 1/3) = sqrt(0.102381).
    TopicDrivers t = TopicDrivers.ofDefaults();
    for (int i = 0; i < 3; i++) {
      t.add(0, Set.of("x"));
    }
    t.add(10, Set.of("x")).add(10, Set.of("x"));
    TopicDriver x = t.report().topics().get(0);
    assertThat(x.lift().getAsDouble()).isCloseTo(1.05, within(1e-12));
    double se = Math.sqrt(1 / 3.5 - 1 / 4.0 + 1 / 2.5 - 1 / 3.0);
    assertThat(se).isCloseTo(0.319970, within(EPS));
    assertThat(x.liftCi().orElseThrow().high())
        .isCloseTo(Math.exp(Math.log(1.05) + 1.959963984540054 * se), within(1e-9));
  }

  @Test
  void tiesSortByTopicIdAndAnEmptyAccumulatorReportsNothing() {
    TopicDrivers t = TopicDrivers.ofDefaults().add(5, Set.of("b", "a")).add(9, Set.of());
    assertThat(t.report().topics()).extracting(TopicDriver::topic).containsExactly("a", "b");
    assertThat(TopicDrivers.ofDefaults().report()).isEqualTo(new DriverReport(0, List.of()));
  }

  @Test
  void impactIsTheGainOverTheOverallNps() {
    Random random = new Random(7);
    TopicDrivers t = TopicDrivers.ofDefaults();
    long promoters = 0;
    long detractors = 0;
    for (int i = 0; i < 500; i++) {
      int score = random.nextInt(11);
      promoters += score >= 9 ? 1 : 0;
      detractors += score <= 6 ? 1 : 0;
      Set<String> topics = new HashSet<>();
      for (String topic : List.of("a", "b", "c")) {
        if (random.nextInt(3) == 0) {
          topics.add(topic);
        }
      }
      t.add(score, topics);
    }
    double nps = 100.0 * (promoters - detractors) / 500;
    assertThat(t.report().topics()).allSatisfy(d ->
        assertThat(d.impact()).isCloseTo(d.npsWithout().getAsDouble() - nps, within(1e-9)));
  }

  @Test
  void mergeEqualsAddingEverythingToOne() {
    TopicDrivers left = TopicDrivers.ofDefaults().add(3, Set.of("delivery")).add(10, Set.of("price"));
    TopicDrivers right = TopicDrivers.ofDefaults().add(9, Set.of("delivery")).add(6, Set.of());
    TopicDrivers all =
        TopicDrivers.ofDefaults().add(3, Set.of("delivery")).add(10, Set.of("price"))
            .add(9, Set.of("delivery")).add(6, Set.of());
    assertThat(left.merge(right).report()).isEqualTo(all.report());
    assertThat(left.count()).isEqualTo(4);
    assertThat(right.count()).isEqualTo(2);
    assertThatThrownBy(() -> left.merge(left))
        .hasMessage("other must be another accumulator, but was this one");
  }

  @Test
  void rejectsBadInput() {
    TopicDrivers t = TopicDrivers.ofDefaults();
    assertThatThrownBy(() -> t.add(11, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("npsScore must be in 0..10, but was 11");
    assertThatThrownBy(() -> t.add(-1, Set.of())).hasMessage("npsScore must be in 0..10, but was -1");
    assertThatThrownBy(() -> t.add(5, Set.of(" "))).hasMessage("topics must hold non-blank ids, but had \" \"");
    assertThat(t.count()).isZero();
    assertThatThrownBy(() -> TopicDrivers.builder().confidence(1.0))
        .hasMessage("confidence must be in (0, 1), but was 1.0");
    assertThatThrownBy(() -> new TopicDriver("x", 1, 1.5, 0, OptionalDouble.empty(), Optional.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), 0))
        .hasMessage("detractorShare must be in [0, 1], but was 1.5");
    assertThatThrownBy(() -> new TopicDriver("x", 1, 0, 0, OptionalDouble.of(1), Optional.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), 0))
        .hasMessage("liftCi must be present exactly when lift is, but was Optional.empty for lift OptionalDouble[1.0]");
    assertThatThrownBy(() -> new DriverReport(-1, List.of())).hasMessage("n must be >= 0, but was -1");
  }
}
