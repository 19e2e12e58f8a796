package io.feedbackloop.routing.cases;

import static io.feedbackloop.routing.cases.CaseFixtures.ACME;
import static io.feedbackloop.routing.cases.CaseFixtures.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.internal.cases.metrics.Percentiles;
import io.feedbackloop.routing.sla.BusinessCalendar;
import io.feedbackloop.scoring.Category;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CaseMetricsTest {
  /** Monday 2026-03-02 09:00 UTC, the opening of the default calendar's week. */
  private static final Instant MON = Instant.parse("2026-03-02T09:00:00Z");

  private final MutableClock clock = MutableClock.at("2026-03-20T12:00:00Z");
  private final CaseMetrics metrics = CaseMetrics.builder().clock(clock).build();

  private static <K> CaseMetricsSummary get(java.util.Map<K, CaseMetricsSummary> map, K key) {
    return java.util.Objects.requireNonNull(map.get(key), () -> "no group " + key);
  }

  private static Duration h(long hours) {
    return Duration.ofHours(hours);
  }

  private static FollowUpCase.Builder open(String id, String team, @Nullable String owner, Instant created) {
    return CaseFixtures.newCase(ACME, id, "r-" + id, created).team(team).owner(owner);
  }

  private static FollowUpCase resolved(String id, String team, @Nullable String owner, Instant created, Duration after) {
    Instant at = created.plus(after);
    return open(id, team, owner, created)
        .status(CaseStatus.RESOLVED)
        .firstContactAt(created)
        .resolvedAt(at)
        .updatedAt(at)
        .build();
  }

  @Test
  void percentilesAreNearestRank() {
    List<Duration> oneToFour = List.of(h(1), h(2), h(3), h(4));
    List<Duration> oneToTen = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      oneToTen.add(h(i));
    }
    assertThat(Percentiles.nearestRank(oneToFour, 50)).isEqualTo(h(2));
    assertThat(Percentiles.nearestRank(oneToFour, 90)).isEqualTo(h(4));
    assertThat(Percentiles.nearestRank(oneToTen, 50)).isEqualTo(h(5));
    assertThat(Percentiles.nearestRank(oneToTen, 90)).isEqualTo(h(9));
    assertThat(Percentiles.nearestRank(oneToTen, 91)).isEqualTo(h(10));
    assertThat(Percentiles.nearestRank(oneToTen, 1)).isEqualTo(h(1));
    assertThat(Percentiles.nearestRank(List.of(h(7)), 90)).isEqualTo(h(7));
    assertThatThrownBy(() -> Percentiles.nearestRank(List.of(), 50))
        .hasMessage("values must be not empty, but was empty");
    assertThatThrownBy(() -> Percentiles.nearestRank(oneToFour, 0))
        .hasMessage("percent must be in 1..100, but was 0");
  }

  @Test
  void medianAndP90InWallClockAndBusinessTime() {
    List<FollowUpCase> cases = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      cases.add(resolved("c-" + i, "support", "ana", MON, h(i)));
    }

    CaseMetricsDurations r = metrics.compute(cases).overall().resolution();

    // wall: 1..10 h. Business (Mon-Fri 09-17): 1..8 h, then 18:00 and 19:00 still count 8 h
    assertThat(r)
        .isEqualTo(
            new CaseMetricsDurations(
                10, Optional.of(h(5)), Optional.of(h(9)), Optional.of(h(5)), Optional.of(h(8))));
  }

  @Test
  void businessTimeSkipsTheWeekend() {
    Instant friday1600 = Instant.parse("2026-03-06T16:00:00Z");
    FollowUpCase c =
        open("c-1", "support", "ana", friday1600)
            .status(CaseStatus.CLOSED)
            .firstContactAt(Instant.parse("2026-03-09T10:00:00Z"))
            .resolvedAt(Instant.parse("2026-03-10T12:00:00Z"))
            .closedAt(Instant.parse("2026-03-10T12:00:00Z"))
            .updatedAt(Instant.parse("2026-03-10T12:00:00Z"))
            .build();

    CaseMetricsSummary s = metrics.compute(List.of(c)).overall();

    // Fri 16-17 (1 h) + Mon 09-10 (1 h); wall 66 h
    assertThat(s.firstContact())
        .isEqualTo(new CaseMetricsDurations(1, Optional.of(h(66)), Optional.of(h(66)),
            Optional.of(h(2)), Optional.of(h(2))));
    // Fri 1 h + Mon 8 h + Tue 09-12 3 h = 12 h; wall 92 h
    assertThat(s.resolution().wallMedian()).contains(h(92));
    assertThat(s.resolution().businessP90()).contains(h(12));

    CaseMetrics wallClockTeam =
        CaseMetrics.builder().clock(clock).teamCalendar("support", BusinessCalendar.wallClock()).build();
    assertThat(wallClockTeam.compute(List.of(c)).overall().firstContact().businessMedian()).contains(h(66));
  }

  @Test
  void withinSlaCountsDecidedTargetsOnly() {
    Instant now = clock.instant();
    List<FollowUpCase> cases =
        List.of(
            open("met", "support", null, MON).firstContactAt(MON.plus(h(2))).firstContactDue(MON.plus(h(24)))
                .resolutionDue(now.plus(h(1))).build(), // resolution still ahead: not counted
            open("late", "support", null, MON).firstContactAt(MON.plus(h(30))).firstContactDue(MON.plus(h(24)))
                .resolutionDue(now.minus(h(1))).build(), // unresolved past due: missed
            open("waiting", "support", null, MON).firstContactDue(now.minus(h(1))).build(), // missed
            open("ahead", "support", null, MON).firstContactDue(now.plus(h(1))).build(), // not counted
            open("exact", "support", null, MON).status(CaseStatus.RESOLVED).firstContactAt(MON)
                .firstContactDue(MON).resolvedAt(MON.plus(h(5))).resolutionDue(MON.plus(h(5)))
                .updatedAt(MON.plus(h(5))).build(), // both met at the due instant
            open("no-target", "support", null, MON).firstContactAt(MON.plus(h(99))).build());

    CaseMetricsSummary s = metrics.compute(cases).overall();

    assertThat(s.firstContactWithinSla()).isEqualTo(new CaseMetricsShare(2, 4));
    assertThat(s.firstContactWithinSla().ratio()).hasValue(0.5);
    assertThat(s.resolutionWithinSla()).isEqualTo(new CaseMetricsShare(1, 2));
    assertThat(s.closure()).isEqualTo(new CaseMetricsShare(1, 6));
    assertThat(s.opened()).isEqualTo(6);
    assertThat(s.closed()).isEqualTo(1);
  }

  @Test
  void backlogByAgeIncludesEachLowerBound() {
    Instant now = clock.instant();
    List<FollowUpCase> cases =
        List.of(
            open("a", "support", null, now.minus(h(1))).build(),
            open("b", "support", null, now.minus(Duration.ofDays(1))).build(),
            open("c", "support", null, now.minus(Duration.ofDays(2))).status(CaseStatus.REOPENED).build(),
            open("d", "support", null, now.minus(Duration.ofDays(3))).build(),
            open("e", "support", null, now.minus(Duration.ofDays(7))).build(),
            open("f", "support", null, now.minus(Duration.ofDays(9))).build(),
            resolved("g", "support", null, now.minus(Duration.ofDays(9)), h(1)));

    CaseMetricsBacklog b = metrics.compute(cases).overall().backlog();

    assertThat(b).isEqualTo(new CaseMetricsBacklog(1, 2, 1, 2));
    assertThat(b.total()).isEqualTo(6);
  }

  @Test
  void groupsPerTeamOwnerAndPeriodInTheZone() {
    Instant sundayNightUtc = Instant.parse("2026-03-08T23:30:00Z"); // Monday 00:30 in Stockholm
    List<FollowUpCase> cases =
        List.of(
            resolved("c-1", "support", "ana", MON, h(2)),
            open("c-2", "support", "ben", MON.plus(h(1))).build(),
            resolved("c-3", "billing", "ana", sundayNightUtc, h(30)),
            open("c-4", "billing", null, Instant.parse("2026-04-01T10:00:00Z")).build());

    CaseMetricsReport utc = metrics.compute(cases);
    CaseMetricsReport stockholm =
        CaseMetrics.builder().clock(clock).zone(ZoneId.of("Europe/Stockholm")).build().compute(cases);
    CaseMetricsReport monthly =
        CaseMetrics.builder().clock(clock).period(CaseMetricsPeriod.MONTH).build().compute(cases);

    assertThat(utc.byTeam().keySet()).containsExactly("billing", "support");
    assertThat(get(utc.byTeam(), "support").closure()).isEqualTo(new CaseMetricsShare(1, 2));
    assertThat(get(utc.byTeam(), "billing").closure()).isEqualTo(new CaseMetricsShare(1, 2));
    assertThat(utc.byOwner().keySet()).containsExactly("ana", "ben");
    assertThat(get(utc.byOwner(), "ana").closure()).isEqualTo(new CaseMetricsShare(2, 2));
    assertThat(get(utc.byOwner(), "ana").resolution().wallMedian()).contains(h(2));
    assertThat(get(utc.byOwner(), "ana").resolution().wallP90()).contains(h(30));
    assertThat(utc.byPeriod().keySet())
        .containsExactly(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-30"));
    assertThat(get(utc.byPeriod(), LocalDate.parse("2026-03-02")).opened()).isEqualTo(3);
    assertThat(stockholm.byPeriod().keySet())
        .containsExactly(
            LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-30"));
    assertThat(monthly.byPeriod().keySet())
        .containsExactly(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"));
    assertThat(utc.overall().opened()).isEqualTo(4);
    assertThat(utc.overall().closure().ratio()).hasValue(0.5);
    assertThat(utc.asOf()).isEqualTo(clock.instant());
    assertThat(utc.period()).isEqualTo(CaseMetricsPeriod.WEEK);
    assertThat(CaseMetricsPeriod.DAY.start(sundayNightUtc, ZoneId.of("Europe/Stockholm")))
        .isEqualTo(LocalDate.parse("2026-03-09"));
  }

  @Test
  void leaderboardOrdersByClosedLoopsThenSlaThenMedianThenIdAndSharesRanksOnTies() {
    List<FollowUpCase> cases = new ArrayList<>();
    // ben: 3 closed, 3/3 in SLA, median 8 h
    // gus: 3 closed, 2/3 in SLA, median 4 h
    // ana: 3 closed, 2/3 in SLA, median 5 h
    // dora, eve: 2 closed, 1/1 in SLA, median 1 h each (a tie)
    // cy: 1 closed, no SLA target; finn: only open cases
    addOwner(cases, "ben", new long[] {8, 8, 8}, new boolean[] {true, true, true});
    addOwner(cases, "gus", new long[] {4, 4, 4}, new boolean[] {true, true, false});
    addOwner(cases, "ana", new long[] {5, 5, 5}, new boolean[] {false, true, true});
    addOwner(cases, "eve", new long[] {1, 1}, new boolean[] {true});
    addOwner(cases, "dora", new long[] {1, 1}, new boolean[] {true});
    cases.add(resolved("cy-1", "support", "cy", MON, h(3)));
    cases.add(open("finn-1", "support", "finn", MON).build());

    List<CaseMetricsLeaderboardEntry> board = metrics.compute(cases).leaderboard();

    assertThat(board)
        .extracting(CaseMetricsLeaderboardEntry::rank, CaseMetricsLeaderboardEntry::owner)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(1, "ben"),
            org.assertj.core.api.Assertions.tuple(2, "gus"),
            org.assertj.core.api.Assertions.tuple(3, "ana"),
            org.assertj.core.api.Assertions.tuple(4, "dora"),
            org.assertj.core.api.Assertions.tuple(4, "eve"),
            org.assertj.core.api.Assertions.tuple(6, "cy"));
    assertThat(board.get(0))
        .isEqualTo(new CaseMetricsLeaderboardEntry(1, "ben", 3, Optional.of(h(8)), new CaseMetricsShare(3, 3)));
    assertThat(board.get(5).withinSla()).isEqualTo(CaseMetricsShare.NONE);
  }

  /** Resolved cases of {@code owner} with these wall hours; the first {@code sla.length} get a due instant. */
  private static void addOwner(List<FollowUpCase> out, String owner, long[] hours, boolean[] sla) {
    for (int i = 0; i < hours.length; i++) {
      FollowUpCase c = resolved(owner + "-" + i, "support", owner, MON, h(hours[i]));
      if (i < sla.length) {
        Instant due = MON.plus(h(hours[i])).plus(Duration.ofMinutes(sla[i] ? 1 : -1));
        c = c.toBuilder().resolutionDue(due).build();
      }
      out.add(c);
    }
  }

  @Test
  void recoveryCountsTowardTheGroupsOfItsCase() {
    FollowUpCase a = resolved("c-1", "support", "ana", MON, h(1));
    FollowUpCase b = resolved("c-2", "billing", "ben", MON, h(1));
    FollowUpCase c = resolved("c-3", "billing", "ben", MON, h(1));
    List<Resurvey> resurveys =
        List.of(
            answered(a, 9),
            answered(b, 3),
            answered(c, 8),
            answered(resolved("c-elsewhere", "support", "ana", MON, h(1)), 9)); // case not given

    CaseMetricsReport r = metrics.compute(List.of(a, b, c), resurveys);

    assertThat(r.overall().recovery()).isEqualTo(new RecoveryRate(3, 0, 3, 2));
    assertThat(get(r.byTeam(), "billing").recovery()).isEqualTo(new RecoveryRate(2, 0, 2, 1));
    assertThat(get(r.byTeam(), "billing").recovery().rate()).hasValue(0.5);
    assertThat(get(r.byOwner(), "ana").recovery().rate()).hasValue(1.0);
    assertThat(metrics.compute(List.of(a)).overall().recovery()).isEqualTo(RecoveryRate.NONE);
  }

  private Resurvey answered(FollowUpCase c, int score) {
    return new Resurvey(
            ACME, c.id(), ALICE, 2, MON, Optional.of(MON), Optional.of("inv-" + c.id()),
            Optional.empty(), Optional.empty())
        .withAnswer(new ResurveyAnswer(score, Category.nps(score), MON, false));
  }

  @Test
  void anEmptyCollectionGivesEmptyFiguresAndReportsHoldNoFreeText() {
    CaseMetricsReport empty = metrics.compute(List.of());
    assertThat(empty.overall().firstContact()).isEqualTo(CaseMetricsDurations.NONE);
    assertThat(empty.overall().closure().ratio()).isEmpty();
    assertThat(empty.leaderboard()).isEmpty();
    assertThat(empty.byTeam()).isEmpty();

    FollowUpCase secret =
        resolved("c-1", "support", "ana", MON, h(1)).toBuilder()
            .customerMessage("Vi ringde Åsa på 070-123 45 67")
            .resolutionSummary("secret summary")
            .build();
    String text = metrics.compute(List.of(secret)).toString();
    assertThat(text).doesNotContain("Åsa").doesNotContain("070").doesNotContain("secret");
    assertThat(metrics.toString()).startsWith("CaseMetrics[period=WEEK, zone=Z");
    assertThat(CaseMetrics.ofDefaults().compute(List.of(secret)).overall().closed()).isEqualTo(1);
  }

  @Test
  void valuesCheckTheirParts() {
    assertThatThrownBy(() -> new CaseMetricsShare(3, 2)).hasMessage("whole must be >= part (3), but was 2");
    assertThatThrownBy(() -> new CaseMetricsShare(-1, 2)).hasMessage("part must be >= 0, but was -1");
    assertThatThrownBy(
            () -> new CaseMetricsDurations(1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
        .hasMessage(
            "durations must be present for 1 cases, but was Optional.empty, Optional.empty,"
                + " Optional.empty, Optional.empty");
    assertThatThrownBy(() -> new CaseMetricsBacklog(0, -1, 0, 0))
        .hasMessage("backlog counts must be >= 0, but was 0/-1/0/0");
    assertThatThrownBy(
            () -> new CaseMetricsLeaderboardEntry(0, "ana", 1, Optional.empty(), CaseMetricsShare.NONE))
        .hasMessage("rank must be > 0, but was 0");
    assertThatThrownBy(
            () -> new CaseMetricsLeaderboardEntry(1, "ana", 0, Optional.empty(), CaseMetricsShare.NONE))
        .hasMessage("closedLoops must be > 0, but was 0");
  }
}
