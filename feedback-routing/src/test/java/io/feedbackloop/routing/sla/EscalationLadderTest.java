package io.feedbackloop.routing.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationLadderTest {
  private static final Instant OPENED = Instant.parse("2026-03-02T10:00:00Z");
  private static final SlaClock CLOCK = SlaClock.of(SlaPolicy.ofDefaults());
  private static final EscalationLadder LADDER =
      EscalationLadder.builder()
          .step(
              "remind-owner",
              Milestone.FIRST_CONTACT,
              EscalationTrigger.atShare(0.75),
              Audience.OWNER,
              "sla.reminder")
          .step(
              "tell-lead",
              Milestone.FIRST_CONTACT,
              EscalationTrigger.atBreach(),
              Audience.TEAM_LEAD,
              "sla.breach")
          .step(
              "tell-manager",
              Milestone.FIRST_CONTACT,
              EscalationTrigger.afterMultiple(2.0),
              Audience.MANAGER,
              "sla.escalation")
          .build();

  private static List<String> due(SlaTimeline timeline, Instant now, Set<String> fired) {
    return LADDER.dueSteps(CLOCK.state(timeline, now), fired).stream()
        .map(EscalationStep::id)
        .toList();
  }

  private static List<String> due(Instant now) {
    return due(SlaTimeline.startingAt(OPENED), now, Set.of());
  }

  @Test
  void aShareTriggerFiresWhenThatShareOfTheTargetIsUsed() {
    assertThat(due(OPENED.plus(Duration.ofHours(18)).minusNanos(1))).isEmpty();
    assertThat(due(OPENED.plus(Duration.ofHours(18)))).containsExactly("remind-owner");
  }

  @Test
  void aBreachTriggerFiresAtTheDueInstant() {
    Set<String> fired = Set.of("remind-owner");

    assertThat(
            due(
                SlaTimeline.startingAt(OPENED),
                OPENED.plus(Duration.ofHours(24)).minusSeconds(1),
                fired))
        .isEmpty();
    assertThat(due(SlaTimeline.startingAt(OPENED), OPENED.plus(Duration.ofHours(24)), fired))
        .containsExactly("tell-lead");
  }

  @Test
  void aMultipleTriggerFiresAtThatMultipleOfTheTarget() {
    Set<String> fired = Set.of("remind-owner", "tell-lead");

    assertThat(
            due(
                SlaTimeline.startingAt(OPENED),
                OPENED.plus(Duration.ofDays(2)).minusSeconds(1),
                fired))
        .isEmpty();
    assertThat(due(SlaTimeline.startingAt(OPENED), OPENED.plus(Duration.ofDays(2)), fired))
        .containsExactly("tell-manager");
  }

  @Test
  void eachStepFiresExactlyOnceAsTheClockMoves() {
    MutableClock clock = MutableClock.at(OPENED);
    SlaTimeline timeline = SlaTimeline.startingAt(OPENED);
    Set<String> fired = new HashSet<>();
    List<String> log = new ArrayList<>();

    for (int minute = 0; minute < 4 * 24 * 60; minute += 7) {
      for (EscalationStep step : LADDER.dueSteps(CLOCK.state(timeline, clock.instant()), fired)) {
        assertThat(fired.add(step.id())).isTrue();
        log.add(step.id() + "@" + clock.instant());
      }
      clock.advance(Duration.ofMinutes(7));
    }

    assertThat(log)
        .containsExactly(
            "remind-owner@2026-03-03T04:05:00Z",
            "tell-lead@2026-03-03T10:02:00Z",
            "tell-manager@2026-03-04T10:04:00Z");
  }

  @Test
  void stepsSkippedPastByAClockJumpAllFireOnceInLadderOrder() {
    MutableClock clock = MutableClock.at(OPENED);
    clock.advance(Duration.ofDays(3));

    List<EscalationStep> steps =
        LADDER.dueSteps(CLOCK.state(SlaTimeline.startingAt(OPENED), clock.instant()), Set.of());

    assertThat(steps)
        .extracting(EscalationStep::id)
        .containsExactly("remind-owner", "tell-lead", "tell-manager");
    assertThat(steps)
        .extracting(EscalationStep::audience)
        .containsExactly(Audience.OWNER, Audience.TEAM_LEAD, Audience.MANAGER);
    assertThat(
            due(
                SlaTimeline.startingAt(OPENED),
                clock.instant(),
                Set.of("remind-owner", "tell-lead", "tell-manager")))
        .isEmpty();
  }

  @Test
  void aPausedClockDoesNotEscalate() {
    SlaTimeline onHold =
        SlaTimeline.startingAt(OPENED).withPause(Pause.since(OPENED.plusSeconds(3600)));

    assertThat(due(onHold, OPENED.plus(Duration.ofDays(10)), Set.of())).isEmpty();
  }

  @Test
  void stepsOfAMetMilestoneAreNeverDue() {
    SlaTimeline contacted =
        SlaTimeline.startingAt(OPENED).withFirstContactAt(OPENED.plus(Duration.ofHours(20)));

    assertThat(due(contacted, OPENED.plus(Duration.ofDays(5)), Set.of())).isEmpty();
  }

  @Test
  void theDefaultLadderWatchesBothMilestones() {
    EscalationLadder ladder = EscalationLadder.ofDefaults();
    // Resolution: 40 business hours are used up on Monday 2026-03-09 10:00, twice on 03-16 10:00
    SlaState state =
        CLOCK.state(SlaTimeline.startingAt(OPENED), Instant.parse("2026-03-09T10:00:00Z"));

    assertThat(ladder.dueSteps(state, Set.of()))
        .extracting(EscalationStep::id)
        .containsExactly("first-contact-75", "first-contact-breach", "resolution-breach");
    SlaState twice =
        CLOCK.state(SlaTimeline.startingAt(OPENED), Instant.parse("2026-03-16T10:00:00Z"));
    assertThat(
            ladder.dueSteps(
                twice, Set.of("first-contact-75", "first-contact-breach", "resolution-breach")))
        .extracting(EscalationStep::templateKey)
        .containsExactly("sla.escalation");
    assertThat(EscalationLadder.none().steps()).isEmpty();
    assertThat(ladder.toString())
        .isEqualTo(
            "EscalationLadder[first-contact-75, first-contact-breach, resolution-breach,"
                + " resolution-2x]");
  }

  @Test
  void aNamedRoleIsAnAudience() {
    EscalationLadder ladder =
        EscalationLadder.builder()
            .step(
                "legal",
                Milestone.RESOLUTION,
                EscalationTrigger.atBreach(),
                Audience.role("legal"),
                "sla.legal")
            .build();

    assertThat(ladder.steps().get(0).audience()).hasToString("role:legal");
    assertThat(Audience.TEAM_LEAD).hasToString("team_lead");
  }

  @Test
  void badLaddersAndTriggersAreRejected() {
    EscalationStep first =
        new EscalationStep(
            "a", Milestone.RESOLUTION, EscalationTrigger.atBreach(), Audience.OWNER, "t");
    assertThatThrownBy(() -> EscalationLadder.builder().step(first).step(first))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step id must be unique, but was a");
    assertThatThrownBy(
            () ->
                EscalationLadder.builder()
                    .step(first)
                    .step(
                        "b",
                        Milestone.RESOLUTION,
                        EscalationTrigger.atShare(0.5),
                        Audience.OWNER,
                        "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "step b must not come before step a on RESOLUTION, but fires at 50%, before at breach");
    assertThatThrownBy(() -> EscalationTrigger.atShare(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share must be > 0 and < 1, but was 1.0");
    assertThatThrownBy(() -> EscalationTrigger.afterMultiple(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("multiple must be > 1 and <= 1000, but was 1.0");
    assertThatThrownBy(() -> new EscalationTrigger(EscalationTrigger.Kind.AT_BREACH, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share must be 1 for a breach trigger, but was 2.0");
    assertThatThrownBy(() -> new Audience(Audience.Kind.OWNER, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role of OWNER must be empty, but was x");
    assertThat(EscalationTrigger.afterMultiple(2.5)).hasToString("after 2.5x");
  }
}
