package io.feedbackloop.routing.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaClockTest {
  // Monday 10:00 UTC
  private static final Instant OPENED = Instant.parse("2026-03-02T10:00:00Z");
  private static final SlaClock DEFAULTS = SlaClock.of(SlaPolicy.ofDefaults());

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  @Test
  void theDefaultPolicyIsTwentyFourHoursWallClockAndFortyBusinessHours() {
    SlaState state = DEFAULTS.state(SlaTimeline.startingAt(OPENED), at("2026-03-03T04:00:00Z"));

    MilestoneState contact = state.firstContact();
    assertThat(contact.milestone()).isEqualTo(Milestone.FIRST_CONTACT);
    assertThat(contact.target()).isEqualTo(Duration.ofHours(24));
    assertThat(contact.elapsed()).isEqualTo(Duration.ofHours(18));
    assertThat(contact.share()).isEqualTo(0.75);
    assertThat(contact.due()).isEqualTo(at("2026-03-03T10:00:00Z"));
    assertThat(contact.timeLeft()).isEqualTo(Duration.ofHours(6));
    assertThat(contact.isBreached()).isFalse();
    assertThat(contact.isMet()).isFalse();

    MilestoneState resolution = state.resolution();
    assertThat(resolution.elapsed()).isEqualTo(Duration.ofHours(7));
    assertThat(resolution.due()).isEqualTo(at("2026-03-09T10:00:00Z"));
    assertThat(state.paused()).isFalse();
    assertThat(state.milestone(Milestone.RESOLUTION)).isSameAs(resolution);
    assertThat(state.policy()).isEqualTo(SlaPolicy.ofDefaults());
  }

  @Test
  void aRunningClockIsBreachedFromItsDueInstantOn() {
    SlaTimeline timeline = SlaTimeline.startingAt(OPENED);

    assertThat(DEFAULTS.state(timeline, at("2026-03-03T09:59:59Z")).firstContact().isBreached())
        .isFalse();
    MilestoneState due = DEFAULTS.state(timeline, at("2026-03-03T10:00:00Z")).firstContact();
    assertThat(due.isBreached()).isTrue();
    assertThat(due.timeLeft()).isZero();
    MilestoneState late = DEFAULTS.state(timeline, at("2026-03-04T10:00:00Z")).firstContact();
    assertThat(late.timeLeft()).isEqualTo(Duration.ofDays(-1));
    assertThat(late.share()).isEqualTo(2.0);
  }

  @Test
  void aPauseShiftsTheDueInstantsByTheTimeItTookFromEachClock() {
    // ON_HOLD Monday 12:00-14:00: two wall hours and two business hours
    SlaTimeline timeline =
        SlaTimeline.startingAt(OPENED)
            .withPause(Pause.of(at("2026-03-02T12:00:00Z"), at("2026-03-02T14:00:00Z")));

    SlaState state = DEFAULTS.state(timeline, at("2026-03-02T16:00:00Z"));

    assertThat(state.firstContact().elapsed()).isEqualTo(Duration.ofHours(4));
    assertThat(state.firstContact().due()).isEqualTo(at("2026-03-03T12:00:00Z"));
    assertThat(state.resolution().elapsed()).isEqualTo(Duration.ofHours(4));
    assertThat(state.resolution().due()).isEqualTo(at("2026-03-09T12:00:00Z"));
  }

  @Test
  void aPauseOutsideOpeningHoursDoesNotMoveABusinessTimeTarget() {
    SlaTimeline timeline =
        SlaTimeline.startingAt(OPENED)
            .withPause(Pause.of(at("2026-03-02T18:00:00Z"), at("2026-03-03T08:00:00Z")));

    SlaState state = DEFAULTS.state(timeline, at("2026-03-03T09:00:00Z"));

    assertThat(state.resolution().due()).isEqualTo(at("2026-03-09T10:00:00Z"));
    assertThat(state.firstContact().due()).isEqualTo(at("2026-03-04T00:00:00Z"));
  }

  @Test
  void anOpenPauseFreezesTheClockAndProjectsTheDueInstantFromNow() {
    SlaTimeline timeline =
        SlaTimeline.startingAt(OPENED).withPause(Pause.since(at("2026-03-02T12:00:00Z")));

    SlaState later = DEFAULTS.state(timeline, at("2026-03-05T12:00:00Z"));

    assertThat(later.paused()).isTrue();
    assertThat(later.firstContact().elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(later.firstContact().due()).isEqualTo(at("2026-03-06T10:00:00Z"));
    assertThat(later.resolution().elapsed()).isEqualTo(Duration.ofHours(2));
    // 38 business hours from Thursday 12:00: Thu 5, Fri 8, Mon-Wed 24, Thu 1
    assertThat(later.resolution().due()).isEqualTo(at("2026-03-12T10:00:00Z"));
  }

  @Test
  void overlappingPausesCountOnce() {
    SlaTimeline timeline =
        SlaTimeline.startingAt(OPENED)
            .withPause(Pause.of(at("2026-03-02T13:00:00Z"), at("2026-03-02T15:00:00Z")))
            .withPause(Pause.of(at("2026-03-02T12:00:00Z"), at("2026-03-02T14:00:00Z")))
            .withPause(Pause.of(at("2026-03-02T14:30:00Z"), at("2026-03-02T14:45:00Z")));

    SlaState state = DEFAULTS.state(timeline, at("2026-03-02T16:00:00Z"));

    assertThat(state.firstContact().elapsed()).isEqualTo(Duration.ofHours(3));
    assertThat(state.firstContact().due()).isEqualTo(at("2026-03-03T13:00:00Z"));
    assertThat(state.paused()).isFalse();
    assertThat(DEFAULTS.state(timeline, at("2026-03-02T14:50:00Z")).paused()).isTrue();
  }

  @Test
  void aPauseBeforeTheStartDoesNotCount() {
    SlaTimeline timeline =
        SlaTimeline.startingAt(OPENED)
            .withPause(Pause.of(at("2026-03-02T08:00:00Z"), at("2026-03-02T11:00:00Z")));

    SlaState state = DEFAULTS.state(timeline, at("2026-03-02T12:00:00Z"));

    assertThat(state.firstContact().elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(state.firstContact().due()).isEqualTo(at("2026-03-03T11:00:00Z"));
  }

  @Test
  void firstContactStopsItsClockAndResolutionStopsBoth() {
    SlaTimeline contacted =
        SlaTimeline.startingAt(OPENED).withFirstContactAt(at("2026-03-02T15:00:00Z"));

    SlaState state = DEFAULTS.state(contacted, at("2026-03-10T10:00:00Z"));

    assertThat(state.firstContact().isMet()).isTrue();
    assertThat(state.firstContact().metAt()).isEqualTo(at("2026-03-02T15:00:00Z"));
    assertThat(state.firstContact().elapsed()).isEqualTo(Duration.ofHours(5));
    assertThat(state.firstContact().isBreached()).isFalse();
    assertThat(state.resolution().isMet()).isFalse();
    assertThat(state.resolution().isBreached()).isTrue();

    SlaTimeline resolved =
        SlaTimeline.startingAt(OPENED).withResolvedAt(at("2026-03-02T11:00:00Z"));
    SlaState done = DEFAULTS.state(resolved, at("2026-03-20T00:00:00Z"));
    assertThat(done.firstContact().metAt()).isEqualTo(at("2026-03-02T11:00:00Z"));
    assertThat(done.resolution().elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(done.resolution().isBreached()).isFalse();
  }

  @Test
  void aMilestoneMetAfterItsDueInstantIsBreachedButMetExactlyOnTimeIsNot() {
    SlaTimeline late =
        SlaTimeline.startingAt(OPENED).withFirstContactAt(at("2026-03-03T10:00:01Z"));
    SlaTimeline onTime =
        SlaTimeline.startingAt(OPENED).withFirstContactAt(at("2026-03-03T10:00:00Z"));
    Instant now = at("2026-03-05T00:00:00Z");

    assertThat(DEFAULTS.state(late, now).firstContact().isBreached()).isTrue();
    assertThat(DEFAULTS.state(onTime, now).firstContact().isBreached()).isFalse();
  }

  @Test
  void aStopAfterNowIsNotYetMet() {
    SlaTimeline timeline =
        SlaTimeline.startingAt(OPENED).withFirstContactAt(at("2026-03-02T15:00:00Z"));

    MilestoneState before = DEFAULTS.state(timeline, at("2026-03-02T12:00:00Z")).firstContact();

    assertThat(before.isMet()).isFalse();
    assertThat(before.elapsed()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void businessTimeFirstContactFollowsTheCalendar() {
    SlaPolicy office =
        SlaPolicy.of(
            "office",
            SlaTarget.businessTime(Duration.ofHours(4), BusinessCalendar.ofDefaults()),
            SlaTarget.businessTime(Duration.ofHours(16), BusinessCalendar.ofDefaults()));
    // Friday 15:00 UTC
    SlaState state =
        SlaClock.of(office)
            .state(SlaTimeline.startingAt(at("2026-03-06T15:00:00Z")), at("2026-03-08T12:00:00Z"));

    assertThat(state.firstContact().elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(state.firstContact().due()).isEqualTo(at("2026-03-09T11:00:00Z"));
    assertThat(state.resolution().due()).isEqualTo(at("2026-03-10T15:00:00Z"));
    assertThat(office.firstContact().isWallClock()).isFalse();
  }

  @Test
  void invalidTimelinesAndTargetsAreRejected() {
    assertThatThrownBy(
            () -> SlaTimeline.startingAt(OPENED).withFirstContactAt(OPENED.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "firstContactAt must be not before 2026-03-02T10:00:00Z, but was 2026-03-02T09:59:59Z");
    assertThatThrownBy(
            () ->
                new SlaTimeline(
                    OPENED,
                    List.of(Pause.since(OPENED), Pause.since(OPENED.plusSeconds(9))),
                    null,
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("open pauses must be <= 1, but was 2");
    assertThatThrownBy(() -> Pause.of(OPENED, OPENED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "pause end must be after its start 2026-03-02T10:00:00Z, but was 2026-03-02T10:00:00Z");
    assertThatThrownBy(() -> SlaTarget.wallClock(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration must be > 0, but was PT0S");
    assertThatThrownBy(
            () ->
                SlaPolicy.of(
                    "bad name",
                    SlaTarget.wallClock(Duration.ofHours(1)),
                    SlaTarget.wallClock(Duration.ofHours(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("name must be 1-64 characters");
  }
}
