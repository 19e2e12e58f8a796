package io.feedbackloop.routing.cases;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.internal.cases.metrics.GroupAccumulator;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.sla.BusinessCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Closed-loop metrics over a collection of cases: per team, per owner and per period, the cases
 * opened and closed and the closure rate, time to first contact and to resolution (wall clock and
 * business time; median and 90th percentile, nearest-rank), the share within SLA, the backlog by
 * age, the recovery rate of the re-surveys, and an owner leaderboard.
 *
 * <pre>{@code
 * CaseMetrics metrics = CaseMetrics.builder()
 *     .calendar(BusinessCalendar.ofDefaults())
 *     .period(CaseMetricsPeriod.WEEK).zone(ZoneId.of("Europe/Stockholm"))
 *     .clock(clock).build();
 * CaseMetricsReport report = metrics.compute(casesOfTheQuarter, tracker.store().list(tenant));
 * }</pre>
 *
 * <p><b>Definitions.</b> A case counts in the period it was <i>opened</i> in (a cohort): its
 * closure rate is the share of those cases now RESOLVED or CLOSED ("closed loops"). Time to first
 * contact runs from opening to {@link FollowUpCase#firstContactAt()}, time to resolution from
 * opening to {@link FollowUpCase#resolvedAt()} (the last resolution); pauses on hold are not taken
 * out (the SLA share, which uses the due instants the case stores, is where pauses count).
 * Business time is measured on the team's calendar ({@link Builder#teamCalendar}), else the
 * default one. Within SLA counts a target as met when reached at or before its due instant and as
 * missed when reached later or still unreached after it; a target still ahead is not counted.
 * Backlog ages and open targets are judged at the clock's instant.
 *
 * <p><b>Leaderboard.</b> Owners with at least one closed loop, ordered by closed loops (more
 * first), then the share of resolutions within SLA (higher first; none decided last), then the
 * median wall-clock time to resolution (shorter first), then the owner id. Owners equal in all
 * three figures share a rank.
 *
 * <p>Pure computation over the values given: nothing is read from a store. Pass the cases (and
 * re-surveys) of one tenant. Immutable and thread-safe.
 */
public final class CaseMetrics {
  private static final Comparator<Optional<Duration>> SHORTER_FIRST_EMPTY_LAST =
      Comparator.comparing((Optional<Duration> d) -> d.isEmpty())
          .thenComparing(d -> d.orElse(Duration.ZERO));

  private final BusinessCalendar calendar;
  private final Map<String, BusinessCalendar> teamCalendars;
  private final CaseMetricsPeriod period;
  private final ZoneId zone;
  private final Clock clock;

  private CaseMetrics(Builder b) {
    this.calendar = b.calendar;
    this.teamCalendars = Map.copyOf(b.teamCalendars);
    this.period = b.period;
    this.zone = b.zone;
    this.clock = b.clock;
  }

  /** Starts a builder; every setting has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Metrics with the defaults: {@link BusinessCalendar#ofDefaults()}, weekly periods in UTC, the system clock. */
  public static CaseMetrics ofDefaults() {
    return builder().build();
  }

  /**
   * The metrics of {@code cases}, without re-surveys (recovery counts stay zero).
   *
   * @throws NullPointerException if the collection or an element is null
   */
  public CaseMetricsReport compute(Collection<FollowUpCase> cases) {
    return compute(cases, List.of());
  }

  /**
   * The metrics of {@code cases}; each re-survey counts toward the groups of its case (re-surveys of
   * cases not given are ignored).
   *
   * @throws NullPointerException if a collection or an element is null
   */
  public CaseMetricsReport compute(Collection<FollowUpCase> cases, Collection<Resurvey> resurveys) {
    Checks.notNull("cases", cases);
    Checks.notNull("resurveys", resurveys);
    Instant now = clock.instant();
    Map<CaseKey, Resurvey> byCase = new HashMap<>();
    for (Resurvey r : resurveys) {
      Checks.notNull("resurvey", r);
      byCase.put(new CaseKey(r.tenant(), r.caseId()), r);
    }
    GroupAccumulator overall = new GroupAccumulator(now);
    Map<String, GroupAccumulator> teams = new TreeMap<>();
    Map<String, GroupAccumulator> owners = new TreeMap<>();
    Map<LocalDate, GroupAccumulator> periods = new TreeMap<>();
    Function<Object, GroupAccumulator> fresh = k -> new GroupAccumulator(now);
    for (FollowUpCase c : cases) {
      Checks.notNull("case", c);
      BusinessCalendar cal = teamCalendars.getOrDefault(c.team(), calendar);
      Optional<Resurvey> r = Optional.ofNullable(byCase.get(new CaseKey(c.tenant(), c.id())));
      overall.add(c, cal, r);
      teams.computeIfAbsent(c.team(), fresh).add(c, cal, r);
      periods.computeIfAbsent(period.start(c.createdAt(), zone), fresh).add(c, cal, r);
      Optional<String> owner = c.owner();
      if (owner.isPresent()) {
        owners.computeIfAbsent(owner.get(), fresh).add(c, cal, r);
      }
    }
    SortedMap<String, CaseMetricsSummary> byOwner = summaries(owners);
    return new CaseMetricsReport(
        now,
        period,
        zone,
        overall.summary(),
        summaries(teams),
        byOwner,
        summaries(periods),
        leaderboard(owners, byOwner));
  }

  private static <K> SortedMap<K, CaseMetricsSummary> summaries(
      Map<K, GroupAccumulator> groups) {
    SortedMap<K, CaseMetricsSummary> out = new TreeMap<>();
    groups.forEach((k, g) -> out.put(k, g.summary()));
    return out;
  }

  private static List<CaseMetricsLeaderboardEntry> leaderboard(
      Map<String, GroupAccumulator> owners, SortedMap<String, CaseMetricsSummary> summaries) {
    record Row(String owner, long closed, CaseMetricsShare sla, Optional<Duration> median) {}
    List<Row> rows = new ArrayList<>();
    summaries.forEach(
        (owner, s) -> {
          if (s.closed() > 0) {
            GroupAccumulator g = owners.get(owner);
            Optional<Duration> median = g == null ? Optional.empty() : g.medianResolution();
            rows.add(new Row(owner, s.closed(), s.resolutionWithinSla(), median));
          }
        });
    Comparator<Row> figures =
        Comparator.comparingLong(Row::closed)
            .reversed()
            .thenComparing(
                (Row r) -> r.sla().ratio().orElse(-1.0),
                Comparator.reverseOrder())
            .thenComparing(Row::median, SHORTER_FIRST_EMPTY_LAST);
    rows.sort(figures.thenComparing(Row::owner));
    List<CaseMetricsLeaderboardEntry> out = new ArrayList<>(rows.size());
    int rank = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (i == 0 || figures.compare(rows.get(i - 1), row) != 0) {
        rank = i + 1;
      }
      out.add(
          new CaseMetricsLeaderboardEntry(rank, row.owner(), row.closed(), row.median(), row.sla()));
    }
    return out;
  }

  @Override
  public String toString() {
    return "CaseMetrics[period=" + period + ", zone=" + zone + ", calendar=" + calendar
        + ", teamCalendars=" + teamCalendars.keySet() + "]";
  }

  private record CaseKey(TenantId tenant, CaseId id) {}

  /** Builds {@link CaseMetrics}. Not thread-safe. */
  public static final class Builder {
    private BusinessCalendar calendar = BusinessCalendar.ofDefaults();
    private final Map<String, BusinessCalendar> teamCalendars = new HashMap<>();
    private CaseMetricsPeriod period = CaseMetricsPeriod.WEEK;
    private ZoneId zone = ZoneOffset.UTC;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Sets the calendar business time is measured on; default {@link BusinessCalendar#ofDefaults()}. */
    public Builder calendar(BusinessCalendar value) {
      this.calendar = Checks.notNull("calendar", value);
      return this;
    }

    /** Sets the calendar of one team (an identifier), overriding the default for its cases. */
    public Builder teamCalendar(String team, BusinessCalendar value) {
      teamCalendars.put(Checks.identifier("team", team), Checks.notNull("calendar", value));
      return this;
    }

    /** Sets the period buckets; default {@link CaseMetricsPeriod#WEEK}. */
    public Builder period(CaseMetricsPeriod value) {
      this.period = Checks.notNull("period", value);
      return this;
    }

    /** Sets the zone the period buckets are cut in; default UTC. */
    public Builder zone(ZoneId value) {
      this.zone = Checks.notNull("zone", value);
      return this;
    }

    /** Sets the clock whose instant judges backlog ages and open SLA targets; default the system clock. */
    public Builder clock(Clock value) {
      this.clock = Checks.notNull("clock", value);
      return this;
    }

    /** Builds the metrics. */
    public CaseMetrics build() {
      return new CaseMetrics(this);
    }
  }
}
