package io.feedbackloop.examples.demo.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShopSimulationTest {
  private static final ShopSimulation SHOP = ShopSimulation.of(42);

  static String digest(ShopSimulation shop) {
    return Integer.toHexString(shop.orders().hashCode()) + "/" + Integer.toHexString(shop.customers().hashCode());
  }

  @Test
  void theSameSeedGivesTheSameShopAndAnotherSeedAnotherOne() {
    assertThat(digest(ShopSimulation.of(42))).isEqualTo(digest(SHOP));
    assertThat(ShopSimulation.of(42).orders()).isEqualTo(SHOP.orders());
    assertThat(digest(ShopSimulation.of(43))).isNotEqualTo(digest(SHOP));
  }

  @Test
  void tenThousandOrdersOverEightWeeksSortedByDelivery() {
    assertThat(SHOP.orders()).hasSize(10_000);
    assertThat(SHOP.customers()).hasSize(4_000);
    assertThat(SHOP.start()).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
    assertThat(SHOP.start().atOffset(ZoneOffset.UTC).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(SHOP.orders()).isSortedAccordingTo(Comparator.comparing(Order::deliveredAt));
    Map<Integer, Long> perWeek = count(SHOP.orders(), o -> SHOP.weekOf(o.deliveredAt()));
    assertThat(perWeek.keySet()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(perWeek.values()).allSatisfy(n -> assertThat(n).isBetween(1_100L, 1_400L));
    assertThat(SHOP.orders()).allSatisfy(o -> {
      assertThat(o.placedAt()).isBefore(o.deliveredAt());
      assertThat(o.region()).isEqualTo(o.customer().region());
    });
  }

  @Test
  void repeatBuyersExist() {
    Map<String, Long> perCustomer = count(SHOP.orders(), o -> o.customer().id());
    long repeat = perCustomer.values().stream().filter(n -> n >= 2).count();
    assertThat(repeat).isGreaterThan(1_000);
    assertThat(perCustomer.values().stream().mapToLong(Long::longValue).max().orElse(0)).isGreaterThanOrEqualTo(8);
  }

  @Test
  void localesRegionsAndTiersFollowTheDocumentedShares() {
    Map<String, Long> languages = count(SHOP.customers(), c -> c.locale().getLanguage());
    assertShare(languages, "sv", 0.30);
    assertShare(languages, "en", 0.22);
    assertShare(languages, "de", 0.18);
    assertShare(languages, "nl", 0.16);
    assertShare(languages, "pl", 0.14);
    Map<String, Long> regions = count(SHOP.customers(), Customer::region);
    assertShare(regions, "south", 0.30);
    assertShare(regions, "west", 0.25);
    assertShare(regions, "east", 0.23);
    assertShare(regions, "north", 0.22);
    assertThat(count(SHOP.customers(), Customer::tier).keySet())
        .containsExactlyInAnyOrder("standard", "silver", "gold", "platinum");
  }

  @Test
  void theWeekSixNorthIncidentMakesPostNordLateThere() {
    Map<Integer, double[]> lateNorthPostnord = new HashMap<>();
    for (Order o : SHOP.orders()) {
      if (o.region().equals("north") && o.carrier().equals("postnord")) {
        double[] c = lateNorthPostnord.computeIfAbsent(SHOP.weekOf(o.deliveredAt()), w -> new double[2]);
        c[0] += o.late() ? 1 : 0;
        c[1]++;
      }
    }
    double incident = share(lateNorthPostnord, 6);
    assertThat(incident).isGreaterThan(0.5);
    for (int week = 1; week <= 8; week++) {
      if (week != 6) {
        assertThat(share(lateNorthPostnord, week)).isLessThan(0.2);
      }
    }
    double overall = SHOP.orders().stream().filter(Order::late).count() / 10_000.0;
    assertThat(overall).isBetween(0.06, 0.12);
    assertThat(SHOP.orders().stream().filter(SHOP::hitByIncident))
        .allSatisfy(o -> assertThat(SHOP.weekOf(o.deliveredAt())).isEqualTo(6));
  }

  @Test
  void lateAndDamagedOrdersLeadToSupportContactsMoreOften() {
    List<Order> troubled = SHOP.orders().stream().filter(o -> o.late() || o.damaged()).toList();
    List<Order> smooth = SHOP.orders().stream().filter(o -> !o.late() && !o.damaged()).toList();
    double troubledShare = troubled.stream().filter(Order::supportContact).count() / (double) troubled.size();
    double smoothShare = smooth.stream().filter(Order::supportContact).count() / (double) smooth.size();
    assertThat(troubledShare).isBetween(0.3, 0.5);
    assertThat(smoothShare).isBetween(0.03, 0.07);
  }

  @Test
  void anOrderGivesTouchpointsWithItsAttributes() {
    Order order = SHOP.orders().stream().filter(Order::supportContact).findFirst().orElseThrow();
    var delivered = order.deliveredEvent();
    assertThat(delivered.eventType()).isEqualTo("order.delivered");
    assertThat(delivered.eventId()).isEqualTo(order.id());
    assertThat(delivered.respondent().value()).isEqualTo(order.customer().id());
    assertThat(delivered.attributes())
        .containsOnlyKeys("region", "carrier", "customer_tier", "order_value")
        .containsEntry("order_value", order.value());
    assertThat(delivered.locale()).contains(order.customer().locale());
    var support = order.supportEvent().orElseThrow();
    assertThat(support.eventType()).isEqualTo("support.contact");
    assertThat(support.eventId()).isEqualTo(order.id() + "-support");
    assertThat(support.occurredAt()).isEqualTo(order.supportContactAt().orElseThrow());
    assertThat(order.customer().contact().email()).contains(order.customer().email());
    assertThat(order.customer().toString()).doesNotContain(order.customer().email().value());
  }

  @Test
  void theValueReadsAsEurosWithTwoDecimals() {
    Order o = SHOP.orders().get(0);
    Order cheap = new Order("o-x", o.customer(), o.placedAt(), o.deliveredAt(), "north", 5905, "dhl", false, false, java.util.Optional.empty());
    assertThat(cheap.value()).isEqualTo("59.05");
  }

  @Test
  void badSettingsAreRejectedWithTheirValue() {
    assertThatThrownBy(() -> ShopSimulation.builder().orders(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orders must be > 0, but was 0");
    assertThatThrownBy(() -> ShopSimulation.builder().weeks(-1))
        .hasMessage("weeks must be > 0, but was -1");
    assertThatThrownBy(() -> new Incident(0, "north", "dhl"))
        .hasMessage("week must be > 0, but was 0");
    Order o = SHOP.orders().get(0);
    assertThatThrownBy(() -> new Order("o-x", o.customer(), o.deliveredAt(), o.placedAt(), "north", 100, "dhl", false, false, java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("deliveredAt must be >= placedAt");
  }

  @Test
  void aSmallerShopFollowsItsSettings() {
    ShopSimulation small =
        ShopSimulation.builder().seed(1).orders(500).customers(100).weeks(2).incident(new Incident(1, "south", "dhl")).build();
    assertThat(small.orders()).hasSize(500);
    assertThat(small.customers()).hasSize(100);
    assertThat(small.orders()).allSatisfy(o -> assertThat(small.weekOf(o.deliveredAt())).isBetween(1, 2));
    assertThat(small.orders().stream().filter(small::hitByIncident))
        .isNotEmpty()
        .allSatisfy(o -> assertThat(o.region()).isEqualTo("south"));
  }

  private static double share(Map<Integer, double[]> counts, int week) {
    double[] c = counts.getOrDefault(week, new double[] {0, 1});
    return c[0] / c[1];
  }

  private static void assertShare(Map<String, Long> counts, String key, double expected) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    assertThat((double) counts.getOrDefault(key, 0L) / total).as(key).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.03));
  }

  private static <T, K> Map<K, Long> count(List<T> values, Function<T, K> key) {
    return values.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
