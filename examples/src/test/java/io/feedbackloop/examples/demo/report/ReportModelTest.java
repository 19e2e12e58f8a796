package io.feedbackloop.examples.demo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.routing.cases.CaseMetricsLeaderboardEntry;
import io.feedbackloop.routing.cases.CaseMetricsPeriod;
import io.feedbackloop.routing.cases.CaseMetricsReport;
import io.feedbackloop.routing.cases.CaseMetricsShare;
import io.feedbackloop.routing.cases.CaseMetricsSummary;
import io.feedbackloop.scoring.insight.RecurringIssueDetected;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReportModelTest {
  private static final LocalDate DAY = ReportFixtures.FIRST_WEEK;

  @Test
  void weeksMustStrictlyIncrease() {
    ShopReport.Builder b =
        ShopReport.builder()
            .period(DAY, DAY.plusWeeks(2))
            .week(new WeeklyNps(DAY.plusWeeks(1), ReportFixtures.nps(1, 1, 1)))
            .week(new WeeklyNps(DAY.plusWeeks(1), ReportFixtures.nps(1, 1, 1)));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weeks[1].weekStart must be after 2026-01-12, but was 2026-01-12");
  }

  @Test
  void thePeriodIsRequiredAndOrdered() {
    assertThatThrownBy(() -> ShopReport.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("period must be set, but was not");
    assertThatThrownBy(() -> ShopReport.builder().period(DAY, DAY.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to must be >= from (2026-01-05), but was 2026-01-04");
    assertThatThrownBy(() -> ShopReport.builder().title(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("title must not be blank, but was ' '");
  }

  @Test
  void theBuilderDefaultsAndCopies() {
    ShopReport r = ShopReport.builder().period(DAY, DAY).build();
    assertThat(r.title()).isEqualTo("Feedback report");
    assertThat(r.seed()).isZero();
    assertThat(r.weeks()).isEmpty();
    assertThat(r.csat()).isEmpty();
    assertThat(r.drivers().topics()).isEmpty();
    assertThat(r.closedLoop()).isSameAs(ClosedLoop.NONE);
    assertThatThrownBy(() -> r.facts().add(Fact.of("a", "b")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aWeekIsPlottedOnlyWithEnoughAnswers() {
    assertThat(new WeeklyNps(DAY, ReportFixtures.nps(20, 10, 10)).plotted()).isTrue();
    assertThat(new WeeklyNps(DAY, ReportFixtures.nps(10, 10, 9)).plotted()).isFalse();
    assertThat(new WeeklyNps(DAY, ReportFixtures.nps(0, 0, 0)).plotted()).isFalse();
  }

  @Test
  void valuesCheckTheirParts() {
    assertThatThrownBy(() -> new DetractorTopic("price", 3, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share must be in [0, 1], but was 1.5");
    assertThatThrownBy(() -> new DetractorTopic("price", -1, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentions must be >= 0, but was -1");
    assertThatThrownBy(() -> new IssueAlert("price", "all", Instant.EPOCH, Instant.EPOCH, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "windowEnd must be after windowStart (1970-01-01T00:00:00Z), but was"
                + " 1970-01-01T00:00:00Z");
    assertThatThrownBy(
            () -> new IssueAlert("price", "all", Instant.EPOCH, Instant.MAX, 1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseline must be finite and >= 0, but was NaN");
    assertThatThrownBy(
            () -> new TeamLoop("support", ReportFixtures.full().closedLoop().teams().get(0)
                .summary(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("escalations must be >= 0, but was -1");
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullsAreRejectedByName() {
    assertThatThrownBy(() -> new WeeklyNps(DAY, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("nps must not be null");
    assertThatThrownBy(() -> Fact.of("a", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value must not be null");
  }

  @Test
  void anAlertTakesTheDetectorEventsFigures() {
    RecurringIssueDetected event =
        new RecurringIssueDetected(
            "delivery:region=north:0", 3, "delivery", Map.of("region", "north"),
            Instant.EPOCH, Instant.EPOCH.plus(Duration.ofDays(1)), 12, 2.5, 4.1,
            List.of("r1"), List.of());
    assertThat(IssueAlert.of(event))
        .isEqualTo(new IssueAlert("delivery", "region=north", Instant.EPOCH,
            Instant.EPOCH.plus(Duration.ofDays(1)), 12, 2.5));
  }

  @Test
  void theClosedLoopOfACaseMetricsReportKeepsTeamsTotalAndLeaderboard() {
    CaseMetricsSummary support =
        ReportFixtures.summary(10, 8, new CaseMetricsShare(9, 10), new CaseMetricsShare(7, 8));
    CaseMetricsSummary billing =
        ReportFixtures.summary(4, 2, new CaseMetricsShare(4, 4), new CaseMetricsShare(1, 2));
    CaseMetricsSummary all =
        ReportFixtures.summary(14, 10, new CaseMetricsShare(13, 14), new CaseMetricsShare(8, 10));
    CaseMetricsLeaderboardEntry ana =
        new CaseMetricsLeaderboardEntry(1, "ana", 8, Optional.empty(), new CaseMetricsShare(7, 8));
    CaseMetricsReport report =
        new CaseMetricsReport(Instant.EPOCH, CaseMetricsPeriod.WEEK, ZoneOffset.UTC, all,
            new TreeMap<>(Map.of("support", support, "billing", billing)), new TreeMap<>(),
            new TreeMap<>(),
            List.of(ana));
    ClosedLoop loop = ClosedLoop.of(report, Map.of("support", 3L));
    assertThat(loop.teams())
        .containsExactly(new TeamLoop("billing", billing, 0), new TeamLoop("support", support, 3));
    assertThat(loop.total()).contains(new TeamLoop("all", all, 3));
    assertThat(loop.leaderboard()).containsExactly(ana);
  }

  @Test
  void noCasesMeansNoTotal() {
    CaseMetricsSummary none =
        ReportFixtures.summary(0, 0, CaseMetricsShare.NONE, CaseMetricsShare.NONE);
    CaseMetricsReport report =
        new CaseMetricsReport(Instant.EPOCH, CaseMetricsPeriod.WEEK, ZoneOffset.UTC, none,
            new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), List.of());
    assertThat(ClosedLoop.of(report, Map.of())).isEqualTo(ClosedLoop.NONE);
  }
}
