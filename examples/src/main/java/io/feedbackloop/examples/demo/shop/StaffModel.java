package io.feedbackloop.examples.demo.shop;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * How the shop's staff handle cases. Three teams own cases: {@value #SUPPORT} (customer service,
 * payment, website, communication), {@value #LOGISTICS} (delivery) and {@value #PRODUCT} (product
 * quality, returns).
 *
 * <p>The SLA is first contact within {@link #FIRST_CONTACT_SLA 24 hours} and resolution within
 * {@link #RESOLUTION_SLA 48 hours} of opening. Most cases meet it; about one in eight (one in ten
 * for product, a little more for logistics) misses the first-contact SLA, and during the {@linkplain
 * Incident incident} (its week and the next) logistics, swamped by cases from the region and
 * carrier hit, misses it for almost half. Root causes per team: support {@code slow_reply, refund_delay,
 * payment_error}; logistics {@code carrier_delay, damaged_in_transit, wrong_address} and {@code
 * carrier_capacity_north} for the incident's cases; product {@code defective_batch, size_chart,
 * description_mismatch}. Each comes with a short message in the customer's language ("Vi har bytt
 * transportör i norr, ...").
 *
 * <p>Deterministic from the seed and the case id; immutable and thread-safe.
 */
public final class StaffModel {
  /** The customer service team. */
  public static final String SUPPORT = "support";

  /** The delivery team. */
  public static final String LOGISTICS = "logistics";

  /** The product team. */
  public static final String PRODUCT = "product";

  /** The teams, in the order above. */
  public static final List<String> TEAMS = List.of(SUPPORT, LOGISTICS, PRODUCT);

  /** First contact is due within 24 hours of opening. */
  public static final Duration FIRST_CONTACT_SLA = Duration.ofDays(1);

  /** Resolution is due within 48 hours of opening. */
  public static final Duration RESOLUTION_SLA = Duration.ofDays(2);

  private final ShopSimulation shop;

  private StaffModel(ShopSimulation shop) {
    this.shop = shop;
  }

  /** The staff of {@code shop} (its seed and incident). */
  public static StaffModel of(ShopSimulation shop) {
    return new StaffModel(Objects.requireNonNull(shop, "shop"));
  }

  /**
   * The team owning a case about {@code topics} (ids of the starter taxonomy): {@value #LOGISTICS}
   * for delivery, else {@value #PRODUCT} for product quality or returns, else {@value #SUPPORT}.
   */
  public static String teamFor(Collection<String> topics) {
    if (topics.contains("delivery")) {
      return LOGISTICS;
    }
    if (topics.contains("product_quality") || topics.contains("returns_refunds")) {
      return PRODUCT;
    }
    return SUPPORT;
  }

  /**
   * How the case {@code caseId}, opened at {@code openedAt} for {@code team}, is handled.
   * {@code attributes} are those of the response behind it ({@code region}, {@code carrier}: they
   * tell the incident's cases apart); {@code locale} is the customer's.
   *
   * @throws IllegalArgumentException if {@code team} is not one of {@link #TEAMS}
   */
  public CaseHandling handle(
      String caseId, String team, Instant openedAt, Locale locale, Map<String, String> attributes) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(attributes, "attributes");
    if (!TEAMS.contains(team)) {
      throw new IllegalArgumentException("team must be one of " + TEAMS + ", but was '" + team + "'");
    }
    SplittableRandom r = Randoms.of(shop.seed(), "case", caseId);
    Incident incident = shop.incident();
    int week = shop.weekOf(openedAt);
    boolean incidentCase =
        LOGISTICS.equals(team)
            && incident.region().equals(attributes.get("region"))
            && incident.carrier().equals(attributes.get("carrier"))
            && (week == incident.week() || week == incident.week() + 1);
    double lateShare =
        incidentCase ? 0.45 : switch (team) {
          case LOGISTICS -> 0.15;
          case PRODUCT -> 0.10;
          default -> 0.12;
        };
    Duration first =
        Randoms.chance(r, lateShare)
            ? Duration.ofMinutes(25 * 60 + r.nextInt(35 * 60))
            : Duration.ofMinutes(60 + (long) (21 * 60 * Math.pow(r.nextDouble(), 1.5)));
    Duration work = Duration.ofMinutes(2 * 60 + (long) (30 * 60 * Math.pow(r.nextDouble(), 2)));
    Instant firstContactAt = openedAt.plus(first);
    Instant resolvedAt = firstContactAt.plus(work);
    boolean withinSla =
        first.compareTo(FIRST_CONTACT_SLA) <= 0 && first.plus(work).compareTo(RESOLUTION_SLA) <= 0;
    String rootCause =
        incidentCase
            ? "carrier_capacity_north"
            : Comments.pick(
                r,
                switch (team) {
                  case LOGISTICS -> List.of("carrier_delay", "carrier_delay", "damaged_in_transit", "wrong_address");
                  case PRODUCT -> List.of("defective_batch", "size_chart", "description_mismatch");
                  default -> List.of("slow_reply", "refund_delay", "payment_error");
                });
    return new CaseHandling(
        firstContactAt, resolvedAt, rootCause, OutcomeTexts.message(rootCause, locale), withinSla);
  }
}
