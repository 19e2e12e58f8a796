package io.feedbackloop.routing.assign;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrategiesTest {
  static final TenantId TENANT = TenantId.of("webshop");
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final Team SUPPORT = Team.of("support", "ana", "ben", "cid", "dan");
  static final Team NORTH = Team.of("north", "nils", "nora");

  /** A request whose teams have everybody available except {@code away}, with these loads. */
  static AssignmentRequest request(
      Team team, Map<String, String> attributes, Set<String> away, Map<String, Integer> load) {
    return AssignmentRequest.of(
        TENANT,
        team,
        attributes,
        NOW,
        t -> {
          List<Candidate> out = new ArrayList<>();
          for (Member m : t.members()) {
            if (!away.contains(m.id())) {
              out.add(new Candidate(m, load.getOrDefault(m.id(), 0)));
            }
          }
          return out;
        });
  }

  static AssignmentRequest request(Team team, Set<String> away) {
    return request(team, Map.of(), away, Map.of());
  }

  private static String owner(Assignment a) {
    return a.assignedOwner().map(Member::id).orElse("-");
  }

  @Test
  void roundRobinTakesTurnsInTeamOrder() {
    AssignmentStrategy rr = AssignmentStrategy.roundRobin();
    List<String> owners = new ArrayList<>();

    for (int i = 0; i < 6; i++) {
      owners.add(owner(rr.assign(request(SUPPORT, Set.of()))));
    }

    assertThat(owners).containsExactly("ana", "ben", "cid", "dan", "ana", "ben");
  }

  @Test
  void roundRobinSkipsUnavailableMembersWithoutLosingItsPlace() {
    AssignmentStrategy rr = AssignmentStrategy.roundRobin();

    assertThat(owner(rr.assign(request(SUPPORT, Set.of())))).isEqualTo("ana");
    Assignment skipping = rr.assign(request(SUPPORT, Set.of("ben", "cid")));
    assertThat(owner(skipping)).isEqualTo("dan");
    assertThat(skipping.reason())
        .isEqualTo("round-robin: dan is next of 2 available (skipped ben, cid)");
    assertThat(owner(rr.assign(request(SUPPORT, Set.of())))).isEqualTo("ana");
    assertThat(owner(rr.assign(request(SUPPORT, Set.of())))).isEqualTo("ben");
  }

  @Test
  void roundRobinKeepsOnePositionPerTeamAndTenant() {
    AssignmentStrategy rr = AssignmentStrategy.roundRobin();

    assertThat(owner(rr.assign(request(SUPPORT, Set.of())))).isEqualTo("ana");
    assertThat(owner(rr.assign(request(NORTH, Set.of())))).isEqualTo("nils");
    assertThat(owner(rr.assign(request(SUPPORT, Set.of())))).isEqualTo("ben");
    AssignmentRequest otherTenant =
        AssignmentRequest.of(
            TenantId.of("other"),
            SUPPORT,
            Map.of(),
            NOW,
            t -> t.members().stream().map(m -> new Candidate(m, 0)).toList());
    assertThat(owner(rr.assign(otherTenant))).isEqualTo("ana");
  }

  @Test
  void leastLoadedTakesTheFewestOpenCasesAndBreaksTiesByTeamOrder() {
    AssignmentStrategy least = AssignmentStrategy.leastLoaded();

    Assignment a =
        least.assign(
            request(
                SUPPORT, Map.of(), Set.of("cid"), Map.of("ana", 3, "ben", 1, "cid", 0, "dan", 1)));

    assertThat(owner(a)).isEqualTo("ben");
    assertThat(a.reason())
        .isEqualTo("least-loaded: ben has 1 open case, the fewest of 3 available (skipped cid)");
    assertThat(
            owner(
                least.assign(
                    request(
                        SUPPORT,
                        Map.of(),
                        Set.of(),
                        Map.of("ana", 2, "ben", 2, "cid", 2, "dan", 2)))))
        .isEqualTo("ana");
    assertThat(
            least
                .assign(
                    request(
                        SUPPORT,
                        Map.of(),
                        Set.of(),
                        Map.of("ana", 0, "ben", 2, "cid", 2, "dan", 2)))
                .reason())
        .isEqualTo("least-loaded: ana has 0 open cases, the fewest of 4 available");
  }

  @Test
  void byAttributeRoutesToTheMappedTeam() {
    AssignmentStrategy byRegion =
        AssignmentStrategy.byAttribute(
            "region", Map.of("north", NORTH), AssignmentStrategy.leastLoaded());

    Assignment north =
        byRegion.assign(
            request(SUPPORT, Map.of("region", "north"), Set.of(), Map.of("nils", 4, "nora", 1)));

    assertThat(north.team()).isEqualTo("north");
    assertThat(owner(north)).isEqualTo("nora");
    assertThat(north.reason())
        .isEqualTo(
            "region=north -> team north; least-loaded: nora has 1 open case, the fewest of 2"
                + " available");
  }

  @Test
  void byAttributeStaysWithTheTeamForAnUnmappedOrMissingValueWithoutEchoingIt() {
    AssignmentStrategy byRegion =
        AssignmentStrategy.byAttribute(
            "region", Map.of("north", NORTH), AssignmentStrategy.leastLoaded());

    Assignment unmapped =
        byRegion.assign(request(SUPPORT, Map.of("region", "call me at 555"), Set.of(), Map.of()));
    Assignment missing = byRegion.assign(request(SUPPORT, Set.of()));

    assertThat(unmapped.team()).isEqualTo("support");
    assertThat(owner(unmapped)).isEqualTo("ana");
    assertThat(unmapped.reason())
        .startsWith("region has no mapped team, stayed with support; ")
        .doesNotContain("555");
    assertThat(missing.reason()).startsWith("region is missing, stayed with support; ");
  }

  @Test
  void stickyAccountOwnerWinsWhenAvailable() {
    AssignmentStrategy sticky =
        AssignmentStrategy.stickyAccountOwner("accountOwner", AssignmentStrategy.leastLoaded());

    Assignment a =
        sticky.assign(request(SUPPORT, Map.of("accountOwner", "cid"), Set.of(), Map.of("cid", 9)));

    assertThat(owner(a)).isEqualTo("cid");
    assertThat(a.reason()).isEqualTo("account owner cid named in accountOwner");
  }

  @Test
  void stickyAccountOwnerFallsBackWhenUnavailableUnknownOrMissing() {
    AssignmentStrategy sticky =
        AssignmentStrategy.stickyAccountOwner("accountOwner", AssignmentStrategy.leastLoaded());

    Assignment away =
        sticky.assign(request(SUPPORT, Map.of("accountOwner", "cid"), Set.of("cid"), Map.of()));
    assertThat(owner(away)).isEqualTo("ana");
    assertThat(away.reason()).startsWith("account owner cid is unavailable; least-loaded: ana");

    Assignment stranger =
        sticky.assign(request(SUPPORT, Map.of("accountOwner", "zed"), Set.of(), Map.of()));
    assertThat(owner(stranger)).isEqualTo("ana");
    assertThat(stranger.reason())
        .startsWith("account owner named in accountOwner is not in team support; ")
        .doesNotContain("zed");

    Assignment none =
        sticky.assign(request(SUPPORT, Map.of("accountOwner", " "), Set.of(), Map.of()));
    assertThat(none.reason()).startsWith("no account owner in accountOwner; ");
  }

  @Test
  void everyStrategyReportsUnassignedWhenNobodyIsAvailable() {
    Set<String> everybody = Set.of("ana", "ben", "cid", "dan");
    List<AssignmentStrategy> strategies =
        List.of(
            AssignmentStrategy.roundRobin(),
            AssignmentStrategy.leastLoaded(),
            AssignmentStrategy.byAttribute("region", Map.of(), AssignmentStrategy.leastLoaded()),
            AssignmentStrategy.stickyAccountOwner("accountOwner", AssignmentStrategy.roundRobin()));

    for (AssignmentStrategy s : strategies) {
      Assignment a = s.assign(request(SUPPORT, Map.of("accountOwner", "ana"), everybody, Map.of()));
      assertThat(a).as("%s", s).isInstanceOf(Assignment.Unassigned.class);
      assertThat(a.assignedOwner()).isEmpty();
      assertThat(a.reason())
          .as("%s", s)
          .endsWith("no available member in team support (skipped ana, ben, cid, dan)");
    }
  }

  @Test
  void aRequestListsWhoIsUnavailable() {
    AssignmentRequest r =
        request(SUPPORT, Map.of("region", "north"), Set.of("ben"), Map.of("ana", 2));

    assertThat(r.unavailable()).containsExactly(Member.of("ben"));
    assertThat(r.candidates())
        .containsExactly(
            new Candidate(Member.of("ana"), 2),
            new Candidate(Member.of("cid"), 0),
            new Candidate(Member.of("dan"), 0));
    assertThat(r.forTeam(NORTH).team()).isEqualTo(NORTH);
    assertThat(r.forTeam(NORTH).attributes()).containsEntry("region", "north");
    assertThat(r.tenant()).isEqualTo(TENANT);
    assertThat(r.at()).isEqualTo(NOW);
    assertThat(r).hasToString("AssignmentRequest[tenant=webshop, team=support, available=3/4]");
  }
}
