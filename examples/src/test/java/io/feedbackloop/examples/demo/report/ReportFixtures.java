package io.feedbackloop.examples.demo.report;

import io.feedbackloop.routing.cases.CaseMetricsBacklog;
import io.feedbackloop.routing.cases.CaseMetricsDurations;
import io.feedbackloop.routing.cases.CaseMetricsLeaderboardEntry;
import io.feedbackloop.routing.cases.CaseMetricsShare;
import io.feedbackloop.routing.cases.CaseMetricsSummary;
import io.feedbackloop.routing.cases.RecoveryRate;
import io.feedbackloop.scoring.NpsResult;
import io.feedbackloop.scoring.Scorer;
import io.feedbackloop.scoring.insight.TopicDrivers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Fixed report models for the renderer tests, scored with the real {@link Scorer}. */
final class ReportFixtures {
  static final String NASTY = "<b>&\"it's\"</b>";
  static final LocalDate FIRST_WEEK = LocalDate.of(2026, 1, 5);
  private static final Scorer SCORER = Scorer.ofDefaults();

  private ReportFixtures() {}

  /** {@code promoters} 9s/10s, {@code passives} 7s/8s and {@code detractors} 0..6, scored. */
  static NpsResult nps(int promoters, int passives, int detractors) {
    int[] scores = new int[promoters + passives + detractors];
    int k = 0;
    for (int i = 0; i < promoters; i++) {
      scores[k++] = 9 + i % 2;
    }
    for (int i = 0; i < passives; i++) {
      scores[k++] = 7 + i % 2;
    }
    for (int i = 0; i < detractors; i++) {
      scores[k++] = i % 7;
    }
    return SCORER.nps(scores);
  }

  /**
   * Eight weeks: week 3 without answers, week 6 with 12 (below the minimum of 30), the others
   * plotted in three runs of two: [0, 1], [3, 4], [6, 7].
   */
  static List<WeeklyNps> eightWeeks() {
    int[][] counts = {
      {200, 120, 90}, {190, 130, 95}, {0, 0, 0}, {210, 110, 80},
      {150, 120, 140}, {5, 4, 3}, {230, 100, 70}, {240, 105, 60}
    };
    List<WeeklyNps> weeks = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      weeks.add(
          new WeeklyNps(FIRST_WEEK.plusWeeks(i), nps(counts[i][0], counts[i][1], counts[i][2])));
    }
    return weeks;
  }

  static CaseMetricsSummary summary(
      long opened, long closed, CaseMetricsShare firstContact, CaseMetricsShare resolution) {
    return new CaseMetricsSummary(
        new CaseMetricsShare(closed, opened),
        durations(firstContact.whole(), Duration.ofMinutes(200)),
        durations(closed, Duration.ofHours(20)),
        firstContact,
        resolution,
        new CaseMetricsBacklog(opened - closed, 0, 0, 0),
        new RecoveryRate(40, 2, 30, 12));
  }

  static CaseMetricsDurations durations(long count, Duration median) {
    if (count == 0) {
      return CaseMetricsDurations.NONE;
    }
    Optional<Duration> m = Optional.of(median);
    return new CaseMetricsDurations(count, m, Optional.of(median.multipliedBy(3)), m, m);
  }

  /** The full model: every section filled, with markup characters in titles, topics, owners. */
  static ShopReport full() {
    TopicDrivers drivers = TopicDrivers.ofDefaults();
    int[] pattern = {0, 3, 5, 6, 7, 8, 9, 10, 10, 9};
    for (int i = 0; i < 400; i++) {
      int score = pattern[i % pattern.length];
      Set<String> topics =
          score <= 6
              ? Set.of(i % 3 == 0 ? "delivery" : "price", NASTY)
              : score >= 9 ? Set.of("product_quality") : Set.of("delivery");
      drivers.add(score, i % 4 == 0 ? Set.of() : topics);
    }
    TeamLoop support =
        new TeamLoop(
            "support",
            summary(120, 100, new CaseMetricsShare(90, 110), new CaseMetricsShare(80, 100)),
            7);
    TeamLoop logistics =
        new TeamLoop(
            "logistics",
            summary(60, 50, new CaseMetricsShare(40, 58), new CaseMetricsShare(30, 50)),
            3);
    TeamLoop billing =
        new TeamLoop(
            "billing", summary(5, 0, new CaseMetricsShare(4, 5), CaseMetricsShare.NONE), 0);
    ClosedLoop loop =
        new ClosedLoop(
            Optional.of(
                new TeamLoop(
                    "all",
                    summary(185, 150, new CaseMetricsShare(134, 173),
                        new CaseMetricsShare(110, 150)),
                    10)),
            List.of(support, logistics, billing),
            List.of(
                new CaseMetricsLeaderboardEntry(
                    1, "ana", 60, Optional.of(Duration.ofHours(5)), new CaseMetricsShare(55, 60)),
                new CaseMetricsLeaderboardEntry(
                    2, "ben", 45, Optional.of(Duration.ofHours(30)),
                    new CaseMetricsShare(30, 45))));
    return ShopReport.builder()
        .title("Demo shop " + NASTY)
        .seed(42)
        .period(FIRST_WEEK, FIRST_WEEK.plusWeeks(8).minusDays(1))
        .fact("Orders", "10,000")
        .fact("Responses", "2,930")
        .fact("Languages", "en, de, nl, sv, pl")
        .weeks(eightWeeks())
        .csat(SCORER.csat(new int[] {5, 5, 4, 4, 4, 3, 2, 5, 5, 4, 1, 5, 4, 4, 5, 5, 3, 4, 5, 5,
            5, 4, 4, 5, 5, 2, 4, 5, 5, 4, 4, 5}))
        .ces(SCORER.ces(new int[] {6, 7, 5, 4, 6, 7, 7, 3, 5, 6, 6, 7, 5, 6, 2, 7, 6, 6, 5, 7,
            6, 7, 5, 4, 6, 7, 7, 3, 5, 6, 6, 7}))
        .detractorTopic(new DetractorTopic("price", 80, 0.5))
        .detractorTopic(new DetractorTopic(NASTY, 120, 0.75))
        .drivers(drivers.report())
        .alert(
            new IssueAlert(
                "delivery",
                "region=" + NASTY,
                Instant.parse("2026-02-09T00:00:00Z"),
                Instant.parse("2026-02-16T00:00:00Z"),
                34,
                6.25))
        .closedLoop(loop)
        .build();
  }

  /** The bare minimum: a period, no weeks, no cases, no alerts. */
  static ShopReport empty() {
    return ShopReport.builder().period(FIRST_WEEK, FIRST_WEEK.plusDays(6)).build();
  }
}
