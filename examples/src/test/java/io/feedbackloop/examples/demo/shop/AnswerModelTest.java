package io.feedbackloop.examples.demo.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.validation.ResponseValidator;
import io.feedbackloop.scoring.text.TextAnalyzer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerModelTest {
  private static final ShopSimulation SHOP = ShopSimulation.of(42);
  private static final List<ShopAnswer> ANSWERS = postDelivery(SHOP);

  static List<ShopAnswer> postDelivery(ShopSimulation shop) {
    AnswerModel model = AnswerModel.of(shop);
    List<ShopAnswer> answers = new ArrayList<>();
    for (Order o : shop.orders()) {
      model.postDelivery(o, o.deliveredAt().plus(Duration.ofHours(2))).ifPresent(answers::add);
    }
    return answers;
  }

  static int nps(Response r) {
    return ((ScoreAnswer) r.answer("nps").orElseThrow()).value();
  }

  static double nps(List<ShopAnswer> answers) {
    long promoters = answers.stream().filter(a -> nps(a.response()) >= 9).count();
    long detractors = answers.stream().filter(a -> nps(a.response()) <= 6).count();
    return 100.0 * (promoters - detractors) / answers.size();
  }

  @Test
  void theSameSeedGivesTheSameAnswersAndCommentsAnotherSeedOthers() {
    List<ShopAnswer> again = postDelivery(ShopSimulation.of(42));
    assertThat(again).isEqualTo(ANSWERS);
    assertThat(again.hashCode()).isEqualTo(ANSWERS.hashCode());
    assertThat(postDelivery(ShopSimulation.of(7)).hashCode()).isNotEqualTo(ANSWERS.hashCode());
  }

  @Test
  void answersDoNotDependOnTheOrderOfCalls() {
    AnswerModel model = AnswerModel.of(SHOP);
    List<Order> reversed = new ArrayList<>(SHOP.orders().subList(0, 300));
    Collections.reverse(reversed);
    for (Order o : reversed) {
      Optional<ShopAnswer> a = model.postDelivery(o, o.deliveredAt().plus(Duration.ofHours(2)));
      assertThat(a).isEqualTo(AnswerModel.of(SHOP).postDelivery(o, o.deliveredAt().plus(Duration.ofHours(2))));
    }
  }

  @Test
  void aboutAThirdAnswerWithinTwoDaysAndEveryResponseIsValid() {
    assertThat(ANSWERS.size() / 10_000.0).isBetween(0.30, 0.40);
    for (ShopAnswer a : ANSWERS) {
      Response r = a.response();
      assertThat(ResponseValidator.validate(r, ShopSurveys.postDelivery())).isEmpty();
      assertThat(r.tenant()).isEqualTo(ShopSurveys.TENANT);
      assertThat(r.touchpoint()).contains("order.delivered");
      assertThat(r.attributes()).containsKeys("region", "carrier", "customer_tier", "order_value");
      assertThat(r.respondent()).isPresent();
      assertThat(r.locale()).isPresent();
    }
    AnswerModel model = AnswerModel.of(SHOP);
    for (Order o : SHOP.orders()) {
      model.postDelivery(o, o.deliveredAt()).ifPresent(a -> {
        Duration d = Duration.between(o.deliveredAt(), a.response().submittedAt());
        assertThat(d).isBetween(Duration.ofMinutes(1), Duration.ofDays(2));
      });
    }
    long withComment = ANSWERS.stream().filter(a -> a.comment().isPresent()).count();
    assertThat(withComment / (double) ANSWERS.size()).isBetween(0.65, 0.85);
    assertThat(ANSWERS).allSatisfy(a -> assertThat(a.response().answer("comment").isPresent()).isEqualTo(a.comment().isPresent()));
  }

  @Test
  void theOverallNpsIsBetweenPlus20AndPlus40AndMovesByWeek() {
    assertThat(nps(ANSWERS)).isBetween(20.0, 40.0);
    List<Double> weekly = new ArrayList<>();
    for (int week = 1; week <= 8; week++) {
      int w = week;
      weekly.add(nps(ANSWERS.stream().filter(a -> SHOP.weekOf(a.response().submittedAt().minus(Duration.ofHours(2))) == w).toList()));
    }
    assertThat(weekly.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
            - weekly.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
        .isGreaterThan(5);
    for (long seed = 1; seed <= 5; seed++) {
      assertThat(nps(postDelivery(ShopSimulation.of(seed)))).as("seed %s", seed).isBetween(20.0, 40.0);
    }
  }

  @Test
  void theIncidentShowsAsDeliveryComplaintsFromTheNorthInWeekSix() {
    TextAnalyzer analyzer = TextAnalyzer.ofDefaults();
    long[] complaints = new long[9];
    for (ShopAnswer a : ANSWERS) {
      Response r = a.response();
      if (!"north".equals(r.attributes().get("region")) || a.comment().isEmpty()) {
        continue;
      }
      var read = analyzer.analyze(a.comment().get().text(), a.comment().get().locale());
      if (read.topics().contains("delivery") && read.sentiment().sentiment() != io.feedbackloop.scoring.text.Sentiment.POSITIVE
          && a.comment().get().tone() == Tone.NEGATIVE) {
        complaints[SHOP.weekOf(r.submittedAt().minus(Duration.ofHours(2)))]++;
      }
    }
    for (int week = 1; week <= 8; week++) {
      if (week != 6) {
        assertThat(complaints[6]).as("week 6 against week %s", week).isGreaterThan(2 * complaints[week]);
      }
    }
  }

  @Test
  void supportContactAnswersCarryCsatCesAndAServiceComment() {
    AnswerModel model = AnswerModel.of(SHOP);
    List<ShopAnswer> support = new ArrayList<>();
    for (Order o : SHOP.orders()) {
      Optional<ShopAnswer> a = model.supportContact(o, o.supportContactAt().orElse(o.deliveredAt()).plus(Duration.ofHours(1)));
      if (!o.supportContact()) {
        assertThat(a).isEmpty();
      }
      a.ifPresent(support::add);
    }
    assertThat(support.size()).isBetween(200, 600);
    for (ShopAnswer a : support) {
      assertThat(ResponseValidator.validate(a.response(), ShopSurveys.supportContact())).isEmpty();
      assertThat(a.response().touchpoint()).contains("support.contact");
      assertThat(a.response().id()).startsWith("sc-o-");
      a.comment().ifPresent(c -> assertThat(c.topics()).startsWith("customer_service"));
    }
    long satisfied = support.stream().filter(a -> ((ScoreAnswer) a.response().answer("csat").orElseThrow()).value() >= 4).count();
    assertThat(satisfied / (double) support.size()).isBetween(0.45, 0.75);
  }
}
