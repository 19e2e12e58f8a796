package io.feedbackloop.examples.demo.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.routing.cases.CaseMetricsLeaderboardEntry;
import io.feedbackloop.routing.cases.CaseMetricsShare;
import io.feedbackloop.scoring.insight.TopicDrivers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private final String text = TextReport.render(ReportFixtures.full());

  private static List<String> section(String text, String heading) {
    List<String> lines = text.lines().toList();
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(heading)) {
        start = i + 1;
        break;
      }
    }
    assertThat(start).as("section %s", heading).isPositive();
    List<String> out = new ArrayList<>();
    for (int i = start; i < lines.size() && !lines.get(i).isEmpty(); i++) {
      out.add(lines.get(i));
    }
    return out;
  }

  @Test
  void theHeaderNamesTitlePeriodSeedAndFacts() {
    assertThat(text.lines().limit(3))
        .containsExactly(
            "Demo shop " + ReportFixtures.NASTY,
            "Period 2026-01-05 .. 2026-03-01, seed 42",
            "Orders 10,000 | Responses 2,930 | Languages en, de, nl, sv, pl");
  }

  @Test
  void theWeeklyTableIsAlignedInColumns() {
    List<String> table = section(text, "NPS per week");
    assertThat(table).hasSize(9);
    assertThat(table.get(0))
        .isEqualTo("  Week of       n  Prom  Pass  Detr     NPS  CI low  CI high");
    assertThat(table.get(1))
        .isEqualTo("  2026-01-05  410   200   120    90  +26.8    +18.9    +34.3");
    // right-aligned numbers: every row ends in the same column
    assertThat(table).extracting(String::length).containsOnly(table.get(0).length());
    assertThat(table.get(3)).startsWith("  2026-01-19    0").contains("  -  ");
    assertThat(table.get(6)).contains("+16.7*").endsWith("-        -");
  }

  @Test
  void satisfactionDriversAlertsTeamsAndOwnersAreListed() {
    assertThat(section(text, "Satisfaction"))
        .containsExactly(
            "  Metric            Value  CI low  CI high   n",
            "  CSAT (top-2-box)  84.4%   68.2%    93.1%  32",
            "  CES (mean)         5.69    5.21     6.17  32");
    assertThat(text).contains("Top detractor topics: price 50.0% (80), "
        + ReportFixtures.NASTY + " 75.0% (120)");
    List<String> drivers = section(text, "Topic drivers");
    assertThat(drivers.get(1)).startsWith("  " + ReportFixtures.NASTY).endsWith("+42.9");
    assertThat(drivers.get(4)).startsWith("  product_quality").endsWith("-42.9");
    assertThat(section(text, "Recurring issues").get(1))
        .contains("delivery", "2026-02-09 00:00 +7d", "34", "6.3");
    List<String> teams = section(text, "Closed loop per team");
    assertThat(teams.get(0))
        .isEqualTo("  Team       Opened  Closed  1st-SLA  Res-SLA  Med.1st  Esc    Recovered");
    assertThat(teams.get(3))
        .isEqualTo("  billing         5       0    80.0%        -   3h 20m    0  40.0% of 30");
    assertThat(teams.get(4)).startsWith("  all ");
    assertThat(section(text, "Owner leaderboard").get(2))
        .isEqualTo("     2  ben        45              1d 6h       66.7%");
    assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void emptySectionsSaySo() {
    String empty = TextReport.render(ReportFixtures.empty());
    assertThat(empty)
        .contains("NPS per week (CI; * below the minimum sample)\n  no responses\n")
        .contains("Recurring issues\n  none detected\n")
        .contains("Closed loop per team (SLA = within the target)\n  no cases\n")
        .doesNotContain("Satisfaction", "Topic drivers", "Owner leaderboard");
  }

  @Test
  void aHugeModelStillFitsInFewerThan80Lines() {
    ShopReport.Builder b =
        ShopReport.builder()
            .period(ReportFixtures.FIRST_WEEK, ReportFixtures.FIRST_WEEK.plusWeeks(60));
    for (int i = 0; i < 30; i++) {
      b.fact("Figure number " + i, "value " + i);
    }
    for (int i = 0; i < 60; i++) {
      b.week(new WeeklyNps(ReportFixtures.FIRST_WEEK.plusWeeks(i), ReportFixtures.nps(20, 10, i)));
    }
    TopicDrivers drivers = TopicDrivers.ofDefaults();
    for (int i = 0; i < 600; i++) {
      drivers.add(i % 11, Set.of("topic" + i % 30));
    }
    b.drivers(drivers.report());
    List<TeamLoop> teams = new ArrayList<>();
    List<CaseMetricsLeaderboardEntry> owners = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      b.detractorTopic(new DetractorTopic("topic" + i, 20 - i, 0.01 * (20 - i)));
      b.alert(new IssueAlert("topic" + i, "all", Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400),
          10, 1));
      teams.add(new TeamLoop("team" + i,
          ReportFixtures.summary(10, 5, new CaseMetricsShare(5, 10), CaseMetricsShare.NONE), 1));
      owners.add(new CaseMetricsLeaderboardEntry(i + 1, "owner" + i, 3,
          Optional.of(Duration.ofHours(i)), new CaseMetricsShare(1, 3)));
    }
    b.closedLoop(new ClosedLoop(Optional.empty(), teams, owners));
    String big = TextReport.render(b.build());
    assertThat(big.lines().count()).isLessThan(80);
    assertThat(big)
        .contains("  ... and 50 earlier weeks (see the HTML report)\n")
        .contains("  ... and 24 topics\n", "  ... and 15 alerts\n", "  ... and 14 teams\n")
        .contains("  ... and 15 owners\n")
        .contains(ReportFixtures.FIRST_WEEK.plusWeeks(59).toString())
        .doesNotContain(ReportFixtures.FIRST_WEEK.plusWeeks(9).toString() + " ");
  }

  @Test
  void freeTextStaysOnOneLine() {
    assertThat(TextReport.oneLine("late\nparcel\tagain\u0007")).isEqualTo("late parcel again ");
  }

  @Test
  void theSameModelGivesTheSameText() {
    assertThat(TextReport.render(ReportFixtures.full())).isEqualTo(text);
  }
}
