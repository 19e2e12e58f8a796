package io.feedbackloop.examples.demo.run;

import io.feedbackloop.examples.demo.shop.ShopSurveys;
import io.feedbackloop.examples.demo.shop.StaffModel;
import io.feedbackloop.routing.rules.Action;
import io.feedbackloop.routing.rules.Action.CasePriority;
import io.feedbackloop.routing.rules.Action.MessageKind;
import io.feedbackloop.routing.rules.Conditions;
import io.feedbackloop.routing.rules.Rule;
import io.feedbackloop.routing.rules.RuleSet;
import io.feedbackloop.routing.sla.SlaPolicies;
import io.feedbackloop.routing.sla.SlaPolicy;
import io.feedbackloop.routing.sla.SlaTarget;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The demo shop's follow-up rules and SLAs. A post-delivery detractor opens a 24 h case for the
 * team the comment's topic points to (delivery: logistics; product quality or returns: product;
 * anything else: support, the same split as {@link StaffModel#teamFor}) and alerts that team; a
 * passive opens a 72 h low-priority case for support and is asked what would have made it great;
 * a promoter is asked for a review; an unhappy support contact (CSAT 1-2) opens a 24 h
 * support case; a hard effort (CES 1-3) is tagged.
 */
final class DemoRules {
  static final String DELIVERY = "detractor-delivery";
  static final String PRODUCT = "detractor-product";
  static final String SUPPORT = "detractor-support";
  static final String PASSIVE = "passive-follow-up";
  static final String PROMOTER = "promoter-review";
  static final String UNHAPPY_CONTACT = "support-contact-unhappy";
  static final String HARD_EFFORT = "hard-effort";
  static final URI REVIEW_PAGE = URI.create("https://reviews.example/webshop");
  static final Duration DAY = Duration.ofDays(1);
  static final Duration PASSIVE_SLA = Duration.ofDays(3);

  private DemoRules() {}

  static RuleSet rules() {
    return RuleSet.builder("webshop-demo")
        .version(1)
        .rules(
            List.of(
                detractor(DELIVERY, 95, StaffModel.LOGISTICS, Conditions.topic("delivery")),
                detractor(
                    PRODUCT,
                    94,
                    StaffModel.PRODUCT,
                    Conditions.topic("product_quality", "returns_refunds")),
                detractor(SUPPORT, 93, StaffModel.SUPPORT, Conditions.always()),
                Rule.builder(PASSIVE)
                    .priority(80)
                    .when(
                        Conditions.all(
                            Conditions.survey(ShopSurveys.POST_DELIVERY),
                            Conditions.passive("nps")))
                    .then(
                        new Action.OpenCase(StaffModel.SUPPORT, CasePriority.LOW, PASSIVE_SLA),
                        Action.MessageCustomer.of(MessageKind.WHAT_WOULD_MAKE_IT_GREAT))
                    .build(),
                Rule.builder(PROMOTER)
                    .priority(70)
                    .when(
                        Conditions.all(
                            Conditions.survey(ShopSurveys.POST_DELIVERY),
                            Conditions.promoter("nps")))
                    .then(new Action.MessageCustomer(MessageKind.REVIEW_REQUEST, REVIEW_PAGE))
                    .build(),
                Rule.builder(UNHAPPY_CONTACT)
                    .priority(60)
                    .when(
                        Conditions.all(
                            Conditions.survey(ShopSurveys.SUPPORT_CONTACT),
                            Conditions.scoreBetween("csat", 1, 2)))
                    .then(
                        new Action.OpenCase(StaffModel.SUPPORT, CasePriority.HIGH, DAY),
                        new Action.NotifyTeam(StaffModel.SUPPORT, "#support", "detractor-alert"))
                    .build(),
                Rule.builder(HARD_EFFORT)
                    .priority(50)
                    .when(Conditions.scoreBetween("ces", 1, 3))
                    .then(new Action.Tag("process-improvement"))
                    .build()))
        .build();
  }

  private static Rule detractor(
      String id, int priority, String team, io.feedbackloop.routing.rules.Condition topic) {
    return Rule.builder(id)
        .priority(priority)
        .when(
            Conditions.all(
                Conditions.survey(ShopSurveys.POST_DELIVERY), Conditions.detractor("nps"), topic))
        .then(
            new Action.OpenCase(team, CasePriority.HIGH, DAY),
            new Action.NotifyTeam(team, "#" + team, "detractor-alert"))
        .stopProcessing(true)
        .build();
  }

  /**
   * First contact within the rule's SLA, resolution within 48 hours (passives: 72 h and 5 days),
   * on the wall clock; problem cases of recurring issues get the 24 h / 48 h fallback.
   */
  static SlaPolicies slaPolicies() {
    SlaPolicy high =
        SlaPolicy.of(
            "high-24h",
            SlaTarget.wallClock(StaffModel.FIRST_CONTACT_SLA),
            SlaTarget.wallClock(StaffModel.RESOLUTION_SLA));
    return SlaPolicies.builder()
        .forRule(DELIVERY, high)
        .forRule(PRODUCT, high)
        .forRule(SUPPORT, high)
        .forRule(UNHAPPY_CONTACT, high)
        .forRule(
            PASSIVE,
            SlaPolicy.of(
                "passive-72h",
                SlaTarget.wallClock(PASSIVE_SLA),
                SlaTarget.wallClock(Duration.ofDays(5))))
        .otherwise(high)
        .build();
  }
}
