package io.feedbackloop.examples.demo.shop;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.survey.QuestionTemplates;
import io.feedbackloop.core.survey.Survey;
import java.util.List;
import java.util.Locale;

/**
 * The demo's two surveys, built from core's {@link QuestionTemplates} with texts in English,
 * Swedish, Dutch, Polish and German (English is the fallback):
 *
 * <ul>
 *   <li>{@value #POST_DELIVERY} (touchpoint {@value Order#DELIVERED}): NPS {@code nps}, the
 *       reason {@code comment}, and an optional CES {@code ces};
 *   <li>{@value #SUPPORT_CONTACT} (touchpoint {@value Order#SUPPORT_CONTACT}): CSAT {@code csat},
 *       CES {@code ces} and the reason {@code comment}.
 * </ul>
 *
 * <p>Every call returns an equal, immutable survey.
 */
public final class ShopSurveys {
  /** The shop's tenant, {@code webshop}. */
  public static final TenantId TENANT = TenantId.of("webshop");

  /** Id of the survey sent after delivery. */
  public static final String POST_DELIVERY = "post-delivery";

  /** Id of the survey sent after a support contact. */
  public static final String SUPPORT_CONTACT = "support-contact";

  /** The languages of the shop's customers and surveys: en, sv, nl, pl, de. */
  public static final List<Locale> LANGUAGES = QuestionTemplates.LANGUAGES;

  private ShopSurveys() {}

  /** The {@value #POST_DELIVERY} survey, version 1. */
  public static Survey postDelivery() {
    return Survey.builder(POST_DELIVERY)
        .name("After delivery")
        .touchpoint(Order.DELIVERED)
        .defaultLocale(Locale.ENGLISH)
        .question(QuestionTemplates.nps("nps"))
        .question(QuestionTemplates.comment("comment"))
        .question(QuestionTemplates.ces("ces").withRequired(false))
        .build();
  }

  /** The {@value #SUPPORT_CONTACT} survey, version 1. */
  public static Survey supportContact() {
    return Survey.builder(SUPPORT_CONTACT)
        .name("After contacting support")
        .touchpoint(Order.SUPPORT_CONTACT)
        .defaultLocale(Locale.ENGLISH)
        .question(QuestionTemplates.csat("csat"))
        .question(QuestionTemplates.ces("ces"))
        .question(QuestionTemplates.comment("comment"))
        .build();
  }

  /** Both surveys. */
  public static List<Survey> all() {
    return List.of(postDelivery(), supportContact());
  }
}
