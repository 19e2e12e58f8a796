package io.feedbackloop.routing.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssignerTest {
  private static final TenantId TENANT = TenantId.of("webshop");
  private static final Team SUPPORT = Team.of("support", "ana", "ben", "cid");
  private static final Team NORTH = Team.of("north", "nils", "nora");
  private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void outOfOfficeMembersAreSkippedUntilTheyAreBack() {
    MutableClock clock = MutableClock.at(MONDAY);
    Assigner assigner =
        Assigner.builder()
            .team(SUPPORT)
            .strategy(AssignmentStrategy.leastLoaded())
            .availability(
                OutOfOffice.builder().away("ana", MONDAY, MONDAY.plus(Duration.ofDays(3))).build())
            .clock(clock)
            .build();

    Assignment whileAway = assigner.assign(TENANT, "support", Map.of());
    assertThat(whileAway.assignedOwner()).contains(Member.of("ben"));
    assertThat(whileAway.reason())
        .isEqualTo("least-loaded: ben has 0 open cases, the fewest of 2 available (skipped ana)");

    clock.advance(Duration.ofDays(3));
    assertThat(assigner.assign(TENANT, "support", Map.of()).assignedOwner())
        .contains(Member.of("ana"));
  }

  @Test
  void nobodyAvailableLeavesTheCaseUnassignedWithTheReason() {
    Assigner assigner =
        Assigner.builder()
            .team(NORTH)
            .availability((tenant, member, at) -> false)
            .clock(MutableClock.at(MONDAY))
            .build();

    Assignment a = assigner.assign(TENANT, "north", Map.of());

    assertThat(a)
        .isEqualTo(
            new Assignment.Unassigned(
                "north", "no available member in team north (skipped nils, nora)"));
  }

  @Test
  void anUnknownTeamIsUnassignedNotAnException() {
    Assigner assigner = Assigner.builder().team(SUPPORT).build();

    assertThat(assigner.assign(TENANT, "billing", Map.of()))
        .isEqualTo(new Assignment.Unassigned("billing", "no team named billing"));
    assertThat(assigner.team("support")).contains(SUPPORT);
    assertThat(assigner.team("billing")).isEmpty();
  }

  @Test
  void openCaseCountsComeFromTheWorkload() {
    Map<String, Integer> open = Map.of("ana", 5, "ben", 2, "cid", 7);
    Assigner assigner =
        Assigner.builder()
            .team(SUPPORT)
            .strategy(AssignmentStrategy.leastLoaded())
            .workload((tenant, member) -> open.getOrDefault(member.id(), 0))
            .build();

    assertThat(assigner.assign(TENANT, "support", Map.of()).assignedOwner())
        .contains(Member.of("ben"));
  }

  @Test
  void eachTeamCanHaveItsOwnStrategyAndByAttributeReachesOtherTeams() {
    Assigner assigner =
        Assigner.builder()
            .team(SUPPORT)
            .team(NORTH)
            .strategy(
                "support",
                AssignmentStrategy.byAttribute(
                    "region", Map.of("north", NORTH), AssignmentStrategy.roundRobin()))
            .availability(
                OutOfOffice.builder().away("nils", MONDAY, MONDAY.plusSeconds(60)).build())
            .clock(MutableClock.at(MONDAY))
            .build();

    Assignment routed = assigner.assign(TENANT, "support", Map.of("region", "north"));

    assertThat(routed.team()).isEqualTo("north");
    assertThat(routed.assignedOwner()).contains(Member.of("nora"));
    assertThat(routed.reason())
        .isEqualTo(
            "region=north -> team north; round-robin: nora is next of 1 available (skipped nils)");
    assertThat(assigner.assign(TENANT, "north", Map.of()).assignedOwner())
        .contains(Member.of("nora"));
  }

  @Test
  void aThrowingAvailabilityCheckSkipsOnlyThatMember() {
    Assigner assigner =
        Assigner.builder()
            .team(SUPPORT)
            .availability(
                (tenant, member, at) -> {
                  if (member.id().equals("ana")) {
                    throw new IllegalStateException("directory down");
                  }
                  return true;
                })
            .build();

    Assignment a = assigner.assign(TENANT, "support", Map.of());

    assertThat(a.assignedOwner()).contains(Member.of("ben"));
    assertThat(a.reason()).endsWith("(skipped ana)");
  }

  @Test
  void aThrowingWorkloadLeavesTheCaseUnassigned() {
    Assigner assigner =
        Assigner.builder()
            .team(SUPPORT)
            .workload(
                (tenant, member) -> {
                  throw new IllegalStateException("db down");
                })
            .build();

    assertThat(assigner.assign(TENANT, "support", Map.of()))
        .isEqualTo(
            new Assignment.Unassigned(
                "support", "open-case counts failed: java.lang.IllegalStateException"));
  }

  @Test
  void aThrowingStrategyLeavesTheCaseUnassigned() {
    Assigner assigner =
        Assigner.builder()
            .team(SUPPORT)
            .strategy(
                request -> {
                  throw new UnsupportedOperationException("bug");
                })
            .build();

    assertThat(assigner.assign(TENANT, "support", Map.of()))
        .isEqualTo(
            new Assignment.Unassigned(
                "support", "strategy failed: java.lang.UnsupportedOperationException"));
  }

  @Test
  void aStrategyThatPicksSomeoneNotOfferedIsOverruled() {
    Assigner unavailablePick =
        Assigner.builder()
            .team(SUPPORT)
            .availability((tenant, member, at) -> !member.id().equals("ana"))
            .strategy(request -> Assignment.assigned(request.team(), Member.of("ana"), "because"))
            .build();
    Assigner strangerPick =
        Assigner.builder()
            .team(SUPPORT)
            .strategy(request -> Assignment.assigned(NORTH, Member.of("nils"), "because"))
            .build();

    assertThat(unavailablePick.assign(TENANT, "support", Map.of()))
        .isEqualTo(
            new Assignment.Unassigned(
                "support", "strategy chose ana, who is not an available member of team support"));
    assertThat(strangerPick.assign(TENANT, "support", Map.of()).assignedOwner()).isEmpty();
  }

  @Test
  void theDefaultIsRoundRobinForEveryTeam() {
    Assigner assigner = Assigner.builder().team(SUPPORT).build();

    assertThat(assigner.assign(TENANT, "support", Map.of()).assignedOwner())
        .contains(Member.of("ana"));
    assertThat(assigner.assign(TENANT, "support", Map.of()).assignedOwner())
        .contains(Member.of("ben"));
    assertThat(assigner).hasToString("Assigner[teams=[support], strategy=roundRobin]");
  }

  @Test
  void aTeamNameIsConfiguredOnce() {
    assertThatThrownBy(() -> Assigner.builder().team(SUPPORT).team(Team.of("support", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("team name must be unique, but was support");
  }
}
