package io.feedbackloop.examples.demo.shop;

import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How the shop's customers answer surveys: whether, when, with which scores and which comment.
 *
 * <p><b>After delivery</b> ({@link #postDelivery}): about a third of the customers answer (a little
 * more after a late or damaged delivery and in the gold and platinum tiers), from a minute to two
 * days after the invitation (most within the hour). The NPS depends on what happened: a smooth
 * delivery gives mostly promoters, a late or damaged one mostly detractors, and about one smooth
 * order in ten has a smaller problem (price, product, website, payment, e-mails, a return). Each
 * week has its own mood of a few points, so the overall NPS lands in +20..+40 with weekly movement
 * and a clear dip in the {@linkplain Incident incident} week. About three answers in four carry a
 * comment in the customer's language about what happened (a late order always complains about the
 * delivery); three in ten also answer the optional CES question.
 *
 * <p><b>After a support contact</b> ({@link #supportContact}): about 40 % answer with CSAT 1-5, CES
 * 1-7 and usually a comment about the service and the reason for the contact.
 *
 * <p>Each answer draws from a random stream derived from the seed and the order id, so it does not
 * depend on the order of calls or on the invitation instant (which only shifts the submission
 * time). Immutable and thread-safe.
 */
public final class AnswerModel {
  private static final String[] MINOR_TOPICS = {
    "price", "product_quality", "website_app", "payment", "communication", "returns_refunds",
    "customer_service"
  };
  private static final double[] MINOR_WEIGHTS = {25, 25, 15, 10, 10, 10, 5};
  private static final String[] PLAIN_COMPLAINTS = {
    "price", "product_quality", "website_app", "communication", "payment", "delivery"
  };
  private static final double[] PLAIN_COMPLAINT_WEIGHTS = {32, 28, 16, 11, 11, 2};
  private static final String[] PRAISE = {
    "delivery", "product_quality", "price", "website_app", "customer_service", "payment",
    "communication"
  };
  private static final double[] PRAISE_WEIGHTS = {35, 25, 15, 8, 5, 6, 6};

  private final ShopSimulation shop;

  private AnswerModel(ShopSimulation shop) {
    this.shop = shop;
  }

  /** The answers of {@code shop}'s customers (its seed and incident). */
  public static AnswerModel of(ShopSimulation shop) {
    return new AnswerModel(Objects.requireNonNull(shop, "shop"));
  }

  /**
   * The answer to the {@value ShopSurveys#POST_DELIVERY} survey about {@code order}, invited at
   * {@code invitedAt}, or empty when the customer does not answer. The response has id {@code pd-}
   * + order id, respondent = customer id, channel e-mail, touchpoint {@value Order#DELIVERED}, the
   * customer's locale and the order's {@linkplain Order#attributes() attributes}.
   */
  public Optional<ShopAnswer> postDelivery(Order order, Instant invitedAt) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(invitedAt, "invitedAt");
    SplittableRandom r = Randoms.of(shop.seed(), ShopSurveys.POST_DELIVERY, order.id());
    Experience experience = experience(order, r);
    boolean valued = "gold".equals(order.customer().tier()) || "platinum".equals(order.customer().tier());
    double rate = 0.31 + (experience.bad() ? 0.07 : 0) + (valued ? 0.05 : 0);
    if (!Randoms.chance(r, rate)) {
      return Optional.empty();
    }
    double mood = weekMood(shop.weekOf(order.deliveredAt()));
    int score = npsScore(r, experience, mood);
    Response.Builder b = start(order, ShopSurveys.POST_DELIVERY, "pd-", Order.DELIVERED, r, invitedAt);
    b.answer("nps", score);
    Optional<Comment> comment = Optional.empty();
    double commentRate = experience == Experience.LATE ? 0.92 : score <= 6 ? 0.85 : score <= 8 ? 0.65 : 0.70;
    if (Randoms.chance(r, commentRate)) {
      Tone tone =
          score <= 6 || (score <= 8 && (experience.bad() || Randoms.chance(r, 0.5)))
              ? Tone.NEGATIVE
              : Tone.POSITIVE;
      List<String> topics = tone == Tone.NEGATIVE ? complaints(r, experience) : praise(r);
      Comment c = Comments.write(r, order.customer().locale(), topics, tone, order.carrier());
      b.answer("comment", c.text());
      comment = Optional.of(c);
    }
    if (Randoms.chance(r, 0.3)) {
      b.answer("ces", experience.bad() ? 1 + r.nextInt(5) : 5 + r.nextInt(3));
    }
    return Optional.of(new ShopAnswer(b.build(), comment));
  }

  /**
   * The answer to the {@value ShopSurveys#SUPPORT_CONTACT} survey about {@code order}'s support
   * contact, invited at {@code invitedAt}, or empty when the customer does not answer or never
   * contacted support. Response id {@code sc-} + order id, touchpoint {@value
   * Order#SUPPORT_CONTACT}, otherwise as {@link #postDelivery}.
   */
  public Optional<ShopAnswer> supportContact(Order order, Instant invitedAt) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(invitedAt, "invitedAt");
    if (!order.supportContact()) {
      return Optional.empty();
    }
    SplittableRandom r = Randoms.of(shop.seed(), ShopSurveys.SUPPORT_CONTACT, order.id());
    if (!Randoms.chance(r, 0.40)) {
      return Optional.empty();
    }
    boolean hard = order.late() || shop.hitByIncident(order);
    int quality = Randoms.weighted(r, hard ? new double[] {50, 22, 28} : new double[] {62, 18, 20});
    int csat;
    int ces;
    if (quality == 0) {
      csat = Randoms.chance(r, 0.4) ? 4 : 5;
      ces = 5 + r.nextInt(3);
    } else if (quality == 1) {
      csat = 3;
      ces = 3 + r.nextInt(3);
    } else {
      csat = 1 + r.nextInt(2);
      ces = 1 + r.nextInt(3);
    }
    Response.Builder b =
        start(order, ShopSurveys.SUPPORT_CONTACT, "sc-", Order.SUPPORT_CONTACT, r, invitedAt);
    b.answer("csat", csat).answer("ces", ces);
    Optional<Comment> comment = Optional.empty();
    if (Randoms.chance(r, 0.75)) {
      Tone tone = csat >= 4 ? Tone.POSITIVE : Tone.NEGATIVE;
      List<String> topics = new ArrayList<>(List.of("customer_service"));
      if (Randoms.chance(r, 0.5)) {
        if (order.damaged()) {
          topics.add("returns_refunds");
        } else if (order.late() && tone == Tone.NEGATIVE) {
          topics.add("delivery");
        } else if (!order.late()) {
          topics.add(Comments.pick(r, List.of("payment", "returns_refunds", "website_app")));
        }
      }
      Comment c = Comments.write(r, order.customer().locale(), topics, tone, order.carrier());
      b.answer("comment", c.text());
      comment = Optional.of(c);
    }
    return Optional.of(new ShopAnswer(b.build(), comment));
  }

  private Response.Builder start(
      Order order, String survey, String idPrefix, String touchpoint, SplittableRandom r,
      Instant invitedAt) {
    Response.Builder b =
        Response.builder(ShopSurveys.TENANT, survey)
            .id(idPrefix + order.id())
            .respondent(order.customer().respondent())
            .channel(Channel.EMAIL)
            .touchpoint(touchpoint)
            .locale(order.customer().locale())
            .submittedAt(invitedAt.plus(delay(r)));
    order.attributes().forEach(b::attribute);
    return b;
  }

  /** Minutes to two days: most answer within the hour, some the same day, a few later. */
  static Duration delay(SplittableRandom r) {
    double u = r.nextDouble();
    if (u < 0.45) {
      return Duration.ofSeconds(60 + (long) (-Math.log(1 - r.nextDouble()) * 20 * 60) % 3000);
    }
    if (u < 0.80) {
      return Duration.ofSeconds(3600 + r.nextLong(11 * 3600L));
    }
    return Duration.ofSeconds(12 * 3600 + r.nextLong(36 * 3600L));
  }

  private Experience experience(Order order, SplittableRandom r) {
    if (order.late()) {
      return Experience.LATE;
    }
    if (order.damaged()) {
      return Experience.DAMAGED;
    }
    if (Randoms.chance(r, order.supportContact() ? 0.5 : 0.10)) {
      return Experience.MINOR;
    }
    return Experience.SMOOTH;
  }

  /** A shift of the promoter share in [-0.05, 0.05) for the week. */
  private double weekMood(int week) {
    return Randoms.of(shop.seed(), "week", Integer.toString(week)).nextDouble() * 0.10 - 0.05;
  }

  private static int npsScore(SplittableRandom r, Experience e, double mood) {
    double detractor = Math.max(0.01, e.detractors - mood);
    double u = r.nextDouble();
    if (u < detractor) {
      double[] weights =
          e.bad() ? new double[] {8, 6, 8, 9, 8, 7, 6} : new double[] {2, 2, 4, 6, 8, 10, 12};
      return Randoms.weighted(r, weights);
    }
    if (u < detractor + e.passives) {
      return 7 + r.nextInt(2);
    }
    return Randoms.chance(r, 0.45) ? 9 : 10;
  }

  private List<String> complaints(SplittableRandom r, Experience e) {
    if (Randoms.chance(r, 0.06)) {
      return List.of();
    }
    List<String> topics = new ArrayList<>();
    switch (e) {
      case LATE -> {
        topics.add("delivery");
        if (Randoms.chance(r, 0.3)) {
          topics.add(Randoms.chance(r, 0.6) ? "communication" : "customer_service");
        }
      }
      case DAMAGED -> {
        topics.add(Randoms.chance(r, 0.5) ? "product_quality" : "delivery");
        if (Randoms.chance(r, 0.4)) {
          topics.add("returns_refunds");
        }
      }
      case MINOR -> {
        topics.add(MINOR_TOPICS[Randoms.weighted(r, MINOR_WEIGHTS)]);
        second(r, topics, 0.2, PLAIN_COMPLAINTS, PLAIN_COMPLAINT_WEIGHTS);
      }
      case SMOOTH -> {
        topics.add(PLAIN_COMPLAINTS[Randoms.weighted(r, PLAIN_COMPLAINT_WEIGHTS)]);
        second(r, topics, 0.15, PLAIN_COMPLAINTS, PLAIN_COMPLAINT_WEIGHTS);
      }
    }
    return topics;
  }

  private static List<String> praise(SplittableRandom r) {
    if (Randoms.chance(r, 0.10)) {
      return List.of();
    }
    List<String> topics = new ArrayList<>();
    topics.add(PRAISE[Randoms.weighted(r, PRAISE_WEIGHTS)]);
    second(r, topics, 0.35, PRAISE, PRAISE_WEIGHTS);
    return topics;
  }

  private static void second(
      SplittableRandom r, List<String> topics, double p, String[] pool, double[] weights) {
    if (Randoms.chance(r, p)) {
      String other = pool[Randoms.weighted(r, weights)];
      if (!topics.contains(other)) {
        topics.add(other);
      }
    }
  }

  /** What the customer went through, and the score shares it leads to. */
  private enum Experience {
    SMOOTH(0.11, 0.27),
    MINOR(0.45, 0.35),
    LATE(0.62, 0.28),
    DAMAGED(0.75, 0.20);

    final double detractors;
    final double passives;

    Experience(double detractors, double passives) {
      this.detractors = detractors;
      this.passives = passives;
    }

    boolean bad() {
      return this != SMOOTH;
    }
  }
}
