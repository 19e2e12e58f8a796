package io.feedbackloop.examples.demo.shop;

import io.feedbackloop.core.contact.EmailAddress;
import io.feedbackloop.core.contact.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The customers and orders of the simulated shop, generated from a seed.
 *
 * <p>Defaults: 10,000 orders delivered over 8 weeks from Monday 2026-01-05T00:00Z to about 4,000
 * customers (so repeat buyers exist: a few buy often, most once or twice), and the {@linkplain
 * Incident#DEFAULT default incident} in week 6. Customer languages: sv 30 %, en 22 %, de 18 %, nl
 * 16 %, pl 14 %; regions: south 30 %, west 25 %, east 23 %, north 22 %; carriers: postnord 40 %, dhl
 * 25 %, dpd 20 %, budbee 15 % (postnord 60 % in the north). About 8 % of deliveries
 * are late (80 % of those hit by the incident), 3 % damaged; a late or damaged order leads
 * to a support contact far more often than a smooth one (about 40 % against 5 %).
 *
 * <p>Each customer and order draws from its own random stream derived from the seed and its id,
 * so a simulation is identical for the same seed and settings. Immutable and thread-safe;
 * generated in the constructor.
 */
public final class ShopSimulation {
  static final String[] LANGUAGE_TAGS = {"sv", "en", "de", "nl", "pl"};
  static final double[] LANGUAGE_WEIGHTS = {30, 22, 18, 16, 14};
  static final String[] REGIONS = {"south", "west", "east", "north"};
  static final double[] REGION_WEIGHTS = {30, 25, 23, 22};
  static final String[] TIERS = {"standard", "silver", "gold", "platinum"};
  static final double[] TIER_WEIGHTS = {70, 20, 8, 2};
  static final String[] CARRIERS = {"postnord", "dhl", "dpd", "budbee"};
  static final double[] CARRIER_WEIGHTS = {40, 25, 20, 15};
  // PostNord carries most parcels in the sparsely populated north
  private static final double[] NORTH_CARRIER_WEIGHTS = {60, 15, 15, 10};
  private static final double[] CARRIER_LATE = {0.08, 0.07, 0.09, 0.05};
  private static final int[] CARRIER_DAYS = {2, 2, 3, 1};
  private static final double INCIDENT_LATE = 0.80;
  private static final double DAMAGED = 0.03;

  private final long seed;
  private final Instant start;
  private final int weeks;
  private final Incident incident;
  private final List<Customer> customers;
  private final List<Order> orders;

  private ShopSimulation(Builder b) {
    this.seed = b.seed;
    this.start = b.start;
    this.weeks = b.weeks;
    this.incident = b.incident;
    List<Customer> cs = new ArrayList<>(b.customers);
    for (int i = 1; i <= b.customers; i++) {
      cs.add(customer(String.format(Locale.ROOT, "c-%05d", i)));
    }
    this.customers = List.copyOf(cs);
    List<Order> os = new ArrayList<>(b.orders);
    for (int i = 1; i <= b.orders; i++) {
      os.add(order(String.format(Locale.ROOT, "o-%06d", i)));
    }
    os.sort(Comparator.comparing(Order::deliveredAt).thenComparing(Order::id));
    this.orders = List.copyOf(os);
  }

  /** The default simulation for {@code seed}. */
  public static ShopSimulation of(long seed) {
    return builder().seed(seed).build();
  }

  /** A builder with the defaults of the class description and seed 42. */
  public static Builder builder() {
    return new Builder();
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The start of week 1. */
  public Instant start() {
    return start;
  }

  /** The number of weeks. */
  public int weeks() {
    return weeks;
  }

  /** The delivery incident. */
  public Incident incident() {
    return incident;
  }

  /** The customers, by id. */
  public List<Customer> customers() {
    return customers;
  }

  /** The orders, by delivery instant (then id). */
  public List<Order> orders() {
    return orders;
  }

  /**
   * The 1-based week of the simulation {@code at} falls in; 0 or less before the start, more than
   * {@link #weeks()} after the end.
   */
  public int weekOf(Instant at) {
    return (int) Math.floorDiv(Duration.between(start, at).toDays(), 7) + 1;
  }

  /** Whether {@code order} was hit by the incident (its week, region and carrier). */
  public boolean hitByIncident(Order order) {
    return incident.hits(weekOf(order.deliveredAt()), order.region(), order.carrier());
  }

  private Customer customer(String id) {
    SplittableRandom r = Randoms.of(seed, "customer", id);
    String tag = LANGUAGE_TAGS[Randoms.weighted(r, LANGUAGE_WEIGHTS)];
    String region = REGIONS[Randoms.weighted(r, REGION_WEIGHTS)];
    String tier = TIERS[Randoms.weighted(r, TIER_WEIGHTS)];
    String number = id.substring(2);
    EmailAddress email = EmailAddress.of("customer" + number + "@example.com");
    String prefix =
        switch (tag) {
          case "sv" -> "+4670";
          case "en" -> "+4477";
          case "de" -> "+49151";
          case "nl" -> "+316";
          default -> "+4850";
        };
    PhoneNumber phone = PhoneNumber.of(prefix + String.format(Locale.ROOT, "%07d", r.nextInt(10_000_000)));
    return new Customer(id, Locale.forLanguageTag(tag), region, tier, email, phone);
  }

  private Order order(String id) {
    SplittableRandom r = Randoms.of(seed, "order", id);
    // a skewed pick: low indexes buy often, so repeat buyers and frequent buyers exist
    int index = (int) (customers.size() * Math.pow(r.nextDouble(), 1.4));
    Customer customer = customers.get(Math.min(index, customers.size() - 1));
    int carrierIndex =
        Randoms.weighted(r, "north".equals(customer.region()) ? NORTH_CARRIER_WEIGHTS : CARRIER_WEIGHTS);
    String carrier = CARRIERS[carrierIndex];
    long day = r.nextLong(weeks * 7L);
    // deliveries between 08:00 and 21:00, a little fewer on Sundays
    if (day % 7 == 6 && Randoms.chance(r, 0.5)) {
      day -= 1 + r.nextInt(2);
    }
    Instant deliveredAt =
        start.plus(Duration.ofDays(day)).plusSeconds(8 * 3600L + r.nextInt(13 * 3600));
    int week = weekOf(deliveredAt);
    boolean hit = incident.hits(week, customer.region(), carrier);
    boolean late = Randoms.chance(r, hit ? INCIDENT_LATE : CARRIER_LATE[carrierIndex]);
    boolean damaged = Randoms.chance(r, DAMAGED);
    int promisedDays = CARRIER_DAYS[carrierIndex];
    int transitDays = promisedDays + (late ? 2 + r.nextInt(5) : 0);
    Instant placedAt =
        deliveredAt.minus(Duration.ofDays(transitDays)).minusSeconds(r.nextInt(12 * 3600));
    long valueCents =
        Math.max(490, Math.min(300_000, Math.round(Math.exp(4.0 + 0.75 * r.nextGaussian()) * 100)));
    double contact = late || damaged ? 0.40 : 0.05;
    Optional<Instant> supportAt = Optional.empty();
    if (Randoms.chance(r, contact)) {
      // late: "where is my parcel?" a day after the promise; otherwise after unpacking
      Instant at =
          late
              ? placedAt.plus(Duration.ofDays(promisedDays + 1L)).plusSeconds(r.nextInt(8 * 3600))
              : deliveredAt.plusSeconds(3600L + r.nextInt(30 * 3600));
      supportAt = Optional.of(at);
    }
    return new Order(
        id, customer, placedAt, deliveredAt, customer.region(), valueCents, carrier, late, damaged,
        supportAt);
  }

  /**
   * Builds a {@link ShopSimulation}. Defaults: seed 42, 10,000 orders, 4,000 customers, 8 weeks,
   * start 2026-01-05T00:00Z, {@link Incident#DEFAULT}. Not thread-safe.
   */
  public static final class Builder {
    private long seed = 42;
    private int orders = 10_000;
    private int customers = 4_000;
    private int weeks = 8;
    private Instant start = Instant.parse("2026-01-05T00:00:00Z");
    private Incident incident = Incident.DEFAULT;

    private Builder() {}

    /** Sets the seed. */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * Sets the number of orders.
     *
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder orders(int value) {
      this.orders = positive("orders", value);
      return this;
    }

    /**
     * Sets the number of customers.
     *
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder customers(int value) {
      this.customers = positive("customers", value);
      return this;
    }

    /**
     * Sets the number of weeks.
     *
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder weeks(int value) {
      this.weeks = positive("weeks", value);
      return this;
    }

    /** Sets the start of week 1. */
    public Builder start(Instant value) {
      this.start = Objects.requireNonNull(value, "start");
      return this;
    }

    /** Sets the incident (one outside the weeks simulated has no effect). */
    public Builder incident(Incident value) {
      this.incident = Objects.requireNonNull(value, "incident");
      return this;
    }

    /** Generates the simulation. */
    public ShopSimulation build() {
      return new ShopSimulation(this);
    }

    private static int positive(String name, int value) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be > 0, but was " + value);
      }
      return value;
    }
  }
}
