package io.feedbackloop.routing.internal.cases.metrics;

import io.feedbackloop.routing.cases.CaseMetricsBacklog;
import io.feedbackloop.routing.cases.CaseMetricsDurations;
import io.feedbackloop.routing.cases.CaseMetricsShare;
import io.feedbackloop.routing.cases.CaseMetricsSummary;
import io.feedbackloop.routing.cases.CaseStatus;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.RecoveryRate;
import io.feedbackloop.routing.cases.Resurvey;
import io.feedbackloop.routing.sla.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Collects the cases of one group and turns them into a {@link CaseMetricsSummary}. Not thread-safe. */
public final class GroupAccumulator {
  private static final Duration ONE_DAY = Duration.ofDays(1);
  private static final Duration THREE_DAYS = Duration.ofDays(3);
  private static final Duration SEVEN_DAYS = Duration.ofDays(7);

  private final Instant now;
  private long opened;
  private long closed;
  private final List<Duration> contactWall = new ArrayList<>();
  private final List<Duration> contactBusiness = new ArrayList<>();
  private final List<Duration> resolutionWall = new ArrayList<>();
  private final List<Duration> resolutionBusiness = new ArrayList<>();
  private long contactMet;
  private long contactDecided;
  private long resolutionMet;
  private long resolutionDecided;
  private final long[] backlog = new long[4];
  private final List<Resurvey> resurveys = new ArrayList<>();

  /** A group judged at {@code now}. */
  public GroupAccumulator(Instant now) {
    this.now = now;
  }

  /** Tells whether a case's loop is closed: RESOLVED or CLOSED. */
  public static boolean isClosedLoop(FollowUpCase c) {
    return c.status() == CaseStatus.RESOLVED || c.status() == CaseStatus.CLOSED;
  }

  /** Counts {@code c}, measuring business time on {@code calendar}, with its re-survey if any. */
  public void add(FollowUpCase c, BusinessCalendar calendar, Optional<Resurvey> resurvey) {
    opened++;
    Instant created = c.createdAt();
    Optional<Instant> contact = c.firstContactAt();
    if (contact.isPresent()) {
      contactWall.add(Duration.between(created, contact.get()));
      contactBusiness.add(calendar.between(created, contact.get()));
    }
    Optional<Instant> resolved = isClosedLoop(c) ? c.resolvedAt() : Optional.empty();
    if (isClosedLoop(c)) {
      closed++;
    }
    if (resolved.isPresent()) {
      resolutionWall.add(Duration.between(created, resolved.get()));
      resolutionBusiness.add(calendar.between(created, resolved.get()));
    }
    Optional<Instant> contactDue = c.firstContactDue();
    if (contactDue.isPresent()) {
      int verdict = verdict(contact, contactDue.get());
      contactDecided += Math.abs(verdict);
      contactMet += Math.max(verdict, 0);
    }
    Optional<Instant> resolutionDue = c.resolutionDue();
    if (resolutionDue.isPresent()) {
      int verdict = verdict(resolved, resolutionDue.get());
      resolutionDecided += Math.abs(verdict);
      resolutionMet += Math.max(verdict, 0);
    }
    if (c.isOpen()) {
      backlog[ageBucket(Duration.between(created, now))]++;
    }
    resurvey.ifPresent(resurveys::add);
  }

  /** 1 met, -1 missed, 0 not decided yet (not reached, due instant still ahead). */
  private int verdict(Optional<Instant> reachedAt, Instant due) {
    if (reachedAt.isPresent()) {
      return reachedAt.get().isAfter(due) ? -1 : 1;
    }
    return now.isAfter(due) ? -1 : 0;
  }

  private static int ageBucket(Duration age) {
    if (age.compareTo(ONE_DAY) < 0) {
      return 0;
    }
    if (age.compareTo(THREE_DAYS) < 0) {
      return 1;
    }
    return age.compareTo(SEVEN_DAYS) < 0 ? 2 : 3;
  }

  /** The wall-clock resolution times seen so far, sorted; for the leaderboard. */
  public Optional<Duration> medianResolution() {
    if (resolutionWall.isEmpty()) {
      return Optional.empty();
    }
    List<Duration> sorted = new ArrayList<>(resolutionWall);
    Collections.sort(sorted);
    return Optional.of(Percentiles.nearestRank(sorted, 50));
  }

  /** The figures of the group. */
  public CaseMetricsSummary summary() {
    return new CaseMetricsSummary(
        new CaseMetricsShare(closed, opened),
        durations(contactWall, contactBusiness),
        durations(resolutionWall, resolutionBusiness),
        new CaseMetricsShare(contactMet, contactDecided),
        new CaseMetricsShare(resolutionMet, resolutionDecided),
        new CaseMetricsBacklog(backlog[0], backlog[1], backlog[2], backlog[3]),
        RecoveryRate.of(resurveys));
  }

  private static CaseMetricsDurations durations(List<Duration> wall, List<Duration> business) {
    if (wall.isEmpty()) {
      return CaseMetricsDurations.NONE;
    }
    List<Duration> w = new ArrayList<>(wall);
    List<Duration> b = new ArrayList<>(business);
    Collections.sort(w);
    Collections.sort(b);
    return new CaseMetricsDurations(
        w.size(),
        Optional.of(Percentiles.nearestRank(w, 50)),
        Optional.of(Percentiles.nearestRank(w, 90)),
        Optional.of(Percentiles.nearestRank(b, 50)),
        Optional.of(Percentiles.nearestRank(b, 90)));
  }
}
