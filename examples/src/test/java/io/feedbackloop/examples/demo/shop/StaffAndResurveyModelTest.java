package io.feedbackloop.examples.demo.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaffAndResurveyModelTest {
  private static final ShopSimulation SHOP = ShopSimulation.of(42);
  private static final StaffModel STAFF = StaffModel.of(SHOP);
  private static final Instant WEEK_2 = SHOP.start().plus(Duration.ofDays(8));
  private static final Instant WEEK_6 = SHOP.start().plus(Duration.ofDays(36));
  private static final Map<String, String> NORTH_POSTNORD = Map.of("region", "north", "carrier", "postnord");

  private static double lateShare(String team, Instant openedAt, Map<String, String> attributes) {
    int late = 0;
    for (int i = 0; i < 1000; i++) {
      CaseHandling h = STAFF.handle("case-" + i, team, openedAt, Locale.ENGLISH, attributes);
      assertThat(h.firstContactAt()).isAfter(openedAt);
      assertThat(h.resolvedAt()).isAfterOrEqualTo(h.firstContactAt());
      boolean firstLate = Duration.between(openedAt, h.firstContactAt()).compareTo(StaffModel.FIRST_CONTACT_SLA) > 0;
      late += firstLate ? 1 : 0;
      if (firstLate) {
        assertThat(h.withinSla()).isFalse();
      }
    }
    return late / 1000.0;
  }

  @Test
  void mostCasesMeetTheSlaAndLogisticsIsSlowDuringTheIncident() {
    assertThat(lateShare(StaffModel.SUPPORT, WEEK_2, Map.of())).isBetween(0.08, 0.16);
    assertThat(lateShare(StaffModel.LOGISTICS, WEEK_2, NORTH_POSTNORD)).isBetween(0.10, 0.20);
    assertThat(lateShare(StaffModel.LOGISTICS, WEEK_6, NORTH_POSTNORD)).isBetween(0.38, 0.52);
    assertThat(lateShare(StaffModel.LOGISTICS, WEEK_6, Map.of("region", "south", "carrier", "postnord"))).isLessThan(0.2);
  }

  @Test
  void theIncidentCasesGetTheCarrierRootCauseAndMessageInTheCustomersLanguage() {
    CaseHandling h = STAFF.handle("case-1", StaffModel.LOGISTICS, WEEK_6, Locale.forLanguageTag("sv"), NORTH_POSTNORD);
    assertThat(h.rootCause()).isEqualTo("carrier_capacity_north");
    assertThat(h.message()).startsWith("Vi har bytt transportör i norr");
    CaseHandling de = STAFF.handle("case-1", StaffModel.LOGISTICS, WEEK_6, Locale.GERMAN, NORTH_POSTNORD);
    assertThat(de.message()).contains("im Norden");
    CaseHandling product = STAFF.handle("case-2", StaffModel.PRODUCT, WEEK_6, Locale.forLanguageTag("pl"), NORTH_POSTNORD);
    assertThat(product.rootCause()).isIn("defective_batch", "size_chart", "description_mismatch");
    assertThat(product.message()).isEqualTo(OutcomeTexts.message(product.rootCause(), Locale.forLanguageTag("pl")));
  }

  @Test
  void everyRootCauseHasAMessageInEveryLanguage() {
    for (Map.Entry<String, List<String>> e : OutcomeTexts.TEXTS.entrySet()) {
      assertThat(e.getValue()).as(e.getKey()).hasSize(5).doesNotContain("");
    }
    assertThat(OutcomeTexts.message("slow_reply", Locale.FRENCH)).startsWith("Sorry we were slow");
  }

  @Test
  void handlingIsDeterministicPerCaseAndChecksTheTeam() {
    assertThat(STAFF.handle("case-9", StaffModel.SUPPORT, WEEK_2, Locale.ENGLISH, Map.of()))
        .isEqualTo(StaffModel.of(ShopSimulation.of(42)).handle("case-9", StaffModel.SUPPORT, WEEK_2, Locale.ENGLISH, Map.of()));
    assertThatThrownBy(() -> STAFF.handle("case-9", "sales", WEEK_2, Locale.ENGLISH, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("team must be one of [support, logistics, product], but was 'sales'");
  }

  @Test
  void theTeamFollowsTheTopics() {
    assertThat(StaffModel.teamFor(List.of("price", "delivery"))).isEqualTo(StaffModel.LOGISTICS);
    assertThat(StaffModel.teamFor(List.of("returns_refunds"))).isEqualTo(StaffModel.PRODUCT);
    assertThat(StaffModel.teamFor(List.of("product_quality"))).isEqualTo(StaffModel.PRODUCT);
    assertThat(StaffModel.teamFor(List.of("payment"))).isEqualTo(StaffModel.SUPPORT);
    assertThat(StaffModel.teamFor(List.of())).isEqualTo(StaffModel.SUPPORT);
  }

  @Test
  void detractorsOftenRecoverAfterAGoodResolutionAndRarelyAfterALateOne() {
    ResurveyModel model = ResurveyModel.of(42);
    int[] good = tally(model, true);
    int[] late = tally(model, false);
    assertThat(good[0] / 2000.0).isBetween(0.50, 0.60);
    assertThat(late[0] / 2000.0).isBetween(0.35, 0.45);
    assertThat(good[1] / (double) good[0]).isBetween(0.58, 0.72);
    assertThat(late[1] / (double) late[0]).isBetween(0.22, 0.38);
    assertThat(model.reply("case-1", 3, true, WEEK_2)).isEqualTo(ResurveyModel.of(42).reply("case-1", 3, true, WEEK_2));
    assertThatThrownBy(() -> model.reply("case-1", 11, true, WEEK_2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstScore must be in 0..10, but was 11");
  }

  private static int[] tally(ResurveyModel model, boolean withinSla) {
    int answered = 0;
    int recovered = 0;
    for (int i = 0; i < 2000; i++) {
      Optional<ResurveyReply> reply = model.reply("case-" + i, 2, withinSla, WEEK_2);
      if (reply.isPresent()) {
        answered++;
        recovered += reply.get().score() >= 7 ? 1 : 0;
        assertThat(reply.get().at()).isBetween(WEEK_2, WEEK_2.plus(Duration.ofDays(2)));
        assertThat(reply.get().score()).isBetween(0, 10);
      }
    }
    return new int[] {answered, recovered};
  }
}
