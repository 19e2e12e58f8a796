package io.feedbackloop.examples.demo.shop;

import io.feedbackloop.routing.invite.Touchpoint;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One delivered order of the simulated shop and what happened to it.
 *
 * @param id the order id, such as {@code o-000042}
 * @param customer who ordered
 * @param placedAt when it was ordered
 * @param deliveredAt when it reached the customer (after {@code placedAt})
 * @param region the delivery region, the customer's: {@code north, south, east, west}
 * @param valueCents the order value in euro cents ({@code > 0})
 * @param carrier who delivered it: {@code postnord, dhl, dpd, budbee}
 * @param late whether it came later than promised
 * @param damaged whether it came damaged
 * @param supportContactAt when the customer contacted support about it, if they did
 */
public record Order(
    String id,
    Customer customer,
    Instant placedAt,
    Instant deliveredAt,
    String region,
    long valueCents,
    String carrier,
    boolean late,
    boolean damaged,
    Optional<Instant> supportContactAt) {

  /** Event type of the delivery touchpoint. */
  public static final String DELIVERED = "order.delivered";

  /** Event type of the support-contact touchpoint. */
  public static final String SUPPORT_CONTACT = "support.contact";

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the value is not positive or delivery precedes the order
   */
  public Order {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(placedAt, "placedAt");
    Objects.requireNonNull(deliveredAt, "deliveredAt");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(supportContactAt, "supportContactAt");
    if (valueCents <= 0) {
      throw new IllegalArgumentException("valueCents must be > 0, but was " + valueCents);
    }
    if (deliveredAt.isBefore(placedAt)) {
      throw new IllegalArgumentException(
          "deliveredAt must be >= placedAt " + placedAt + ", but was " + deliveredAt);
    }
  }

  /** Whether the customer contacted support about this order. */
  public boolean supportContact() {
    return supportContactAt.isPresent();
  }

  /** The value in euros with two decimals, such as {@code 59.90} (the {@code order_value}). */
  public String value() {
    return (valueCents / 100) + "." + String.format(java.util.Locale.ROOT, "%02d", valueCents % 100);
  }

  /**
   * The segmentation attributes every answer about this order carries: {@code region}, {@code
   * carrier}, {@code customer_tier} and {@code order_value} (the names the standard playbook reads).
   */
  public Map<String, String> attributes() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("region", region);
    a.put("carrier", carrier);
    a.put("customer_tier", customer.tier());
    a.put("order_value", value());
    return a;
  }

  /**
   * The {@value #DELIVERED} touchpoint of tenant {@link ShopSurveys#TENANT}: event id = order id,
   * occurred at delivery, with the {@linkplain #attributes() attributes}, locale and zone.
   */
  public Touchpoint deliveredEvent() {
    return event(DELIVERED, id, deliveredAt);
  }

  /**
   * The {@value #SUPPORT_CONTACT} touchpoint (event id = order id + {@code -support}), if the
   * customer contacted support.
   */
  public Optional<Touchpoint> supportEvent() {
    return supportContactAt.map(at -> event(SUPPORT_CONTACT, id + "-support", at));
  }

  private Touchpoint event(String type, String eventId, Instant at) {
    Touchpoint.Builder b =
        Touchpoint.builder()
            .tenant(ShopSurveys.TENANT)
            .respondent(customer.respondent())
            .eventType(type)
            .eventId(eventId)
            .occurredAt(at)
            .locale(customer.locale())
            .zone(customer.zone());
    attributes().forEach(b::attribute);
    return b.build();
  }
}
