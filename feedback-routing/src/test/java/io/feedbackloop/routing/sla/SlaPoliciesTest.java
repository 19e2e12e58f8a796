package io.feedbackloop.routing.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.routing.rules.Action.CasePriority;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlaPoliciesTest {
  private static final SlaPolicy URGENT =
      SlaPolicy.of(
          "urgent",
          SlaTarget.wallClock(Duration.ofHours(2)),
          SlaTarget.wallClock(Duration.ofHours(24)));
  private static final SlaPolicy ENTERPRISE =
      SlaPolicy.of(
          "enterprise",
          SlaTarget.wallClock(Duration.ofHours(4)),
          SlaTarget.businessTime(Duration.ofHours(16), BusinessCalendar.ofDefaults()));
  private static final SlaPolicy DETRACTOR =
      SlaPolicy.of(
          "detractor",
          SlaTarget.wallClock(Duration.ofHours(12)),
          SlaTarget.businessTime(Duration.ofHours(24), BusinessCalendar.ofDefaults()));

  private static final SlaPolicies POLICIES =
      SlaPolicies.builder()
          .forRule("detractor-case", DETRACTOR)
          .forPriority(CasePriority.URGENT, URGENT)
          .forSegment(Map.of("plan", "enterprise", "region", "north"), ENTERPRISE)
          .build();

  @Test
  void theDefaultsAreTwentyFourHoursToContactAndFiveBusinessDaysToResolve() {
    SlaSelection selection = SlaPolicies.ofDefaults().select(null, CasePriority.NORMAL, Map.of());

    assertThat(selection.reason()).isEqualTo("default");
    SlaPolicy policy = selection.policy();
    assertThat(policy)
        .isEqualTo(SlaPolicy.ofDefaults())
        .isSameAs(SlaPolicies.ofDefaults().fallback());
    assertThat(policy.name()).isEqualTo("default");
    assertThat(policy.firstContact()).isEqualTo(SlaTarget.wallClock(Duration.ofHours(24)));
    assertThat(policy.firstContact().isWallClock()).isTrue();
    assertThat(policy.resolution().duration()).isEqualTo(Duration.ofHours(40));
    assertThat(policy.resolution().calendar()).isEqualTo(BusinessCalendar.ofDefaults());
    assertThat(policy.target(Milestone.RESOLUTION)).isSameAs(policy.resolution());
  }

  @Test
  void theFirstMatchingEntryWins() {
    assertThat(POLICIES.select("detractor-case", CasePriority.URGENT, Map.of()))
        .isEqualTo(new SlaSelection(DETRACTOR, "rule=detractor-case"));
    assertThat(
            POLICIES.select(
                "other", CasePriority.URGENT, Map.of("plan", "enterprise", "region", "north")))
        .isEqualTo(new SlaSelection(URGENT, "priority=urgent"));
    assertThat(
            POLICIES.select(
                null, CasePriority.HIGH, Map.of("plan", "enterprise", "region", "north", "x", "y")))
        .isEqualTo(new SlaSelection(ENTERPRISE, "segment={plan=enterprise, region=north}"));
  }

  @Test
  void aSegmentMatchesOnlyWhenEveryAttributeMatches() {
    assertThat(POLICIES.select(null, CasePriority.HIGH, Map.of("plan", "enterprise")).reason())
        .isEqualTo("default");
    assertThat(
            POLICIES
                .select(null, CasePriority.HIGH, Map.of("plan", "enterprise", "region", "south"))
                .reason())
        .isEqualTo("default");
  }

  @Test
  void theFallbackCanBeConfigured() {
    SlaPolicies policies = SlaPolicies.builder().otherwise(URGENT).build();

    assertThat(policies.select("any", CasePriority.LOW, Map.of()))
        .isEqualTo(new SlaSelection(URGENT, "default"));
    assertThat(policies.toString()).isEqualTo("SlaPolicies[entries=0, fallback=urgent]");
  }

  @Test
  void badEntriesAreRejected() {
    assertThatThrownBy(() -> SlaPolicies.builder().forSegment(Map.of(), URGENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment must be not empty, but was {}");
    assertThatThrownBy(() -> SlaPolicies.builder().forRule("no spaces", URGENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ruleId must be 1-64 characters");
  }
}
