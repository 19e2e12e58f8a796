package io.feedbackloop.routing.internal.cases.metrics;

import io.feedbackloop.routing.delivery.MessageTemplate;
import java.util.Locale;

/**
 * The stock texts of the outcome message, in English, Swedish, Dutch, Polish and German. Two
 * templates, because a response need not have a comment: quoting an empty one reads as a mistake.
 */
public final class OutcomeTemplates {
  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final Locale NL = Locale.forLanguageTag("nl");
  private static final Locale PL = Locale.forLanguageTag("pl");
  private static final Locale DE = Locale.forLanguageTag("de");

  private static final MessageTemplate WITH_COMMENT =
      MessageTemplate.builder("case-outcome")
          .subject(Locale.ENGLISH, "About your feedback")
          .text(
              Locale.ENGLISH,
              """
                  Hello,

                  You told us: "{{comment}}"

                  Here is what we did: {{customerMessage}}

                  Thank you for helping us get better.""")
          .subject(SV, "Om din återkoppling")
          .text(
              SV,
              """
                  Hej!

                  Du skrev till oss: ”{{comment}}”

                  Det här har vi gjort: {{customerMessage}}

                  Tack för att du hjälper oss att bli bättre.""")
          .subject(NL, "Over je feedback")
          .text(
              NL,
              """
                  Hallo,

                  Je schreef ons: "{{comment}}"

                  Dit hebben we gedaan: {{customerMessage}}

                  Bedankt dat je ons helpt beter te worden.""")
          .subject(PL, "W sprawie Twojej opinii")
          .text(
              PL,
              """
                  Dzień dobry,

                  Twoja opinia: „{{comment}}”

                  Co zrobiliśmy: {{customerMessage}}

                  Dziękujemy, że pomagasz nam działać lepiej.""")
          .subject(DE, "Zu Ihrem Feedback")
          .text(
              DE,
              """
                  Guten Tag,

                  Sie haben uns geschrieben: „{{comment}}“

                  Das haben wir getan: {{customerMessage}}

                  Danke, dass Sie uns helfen, besser zu werden.""")
          .fallbackLocale(Locale.ENGLISH)
          .build();

  private static final MessageTemplate WITHOUT_COMMENT =
      MessageTemplate.builder("case-outcome-no-comment")
          .subject(Locale.ENGLISH, "About your feedback")
          .text(
              Locale.ENGLISH,
              "Hello,\n\nThank you for your feedback. Here is what we did: {{customerMessage}}")
          .subject(SV, "Om din återkoppling")
          .text(SV, "Hej!\n\nTack för din återkoppling. Det här har vi gjort: {{customerMessage}}")
          .subject(NL, "Over je feedback")
          .text(NL, "Hallo,\n\nBedankt voor je feedback. Dit hebben we gedaan: {{customerMessage}}")
          .subject(PL, "W sprawie Twojej opinii")
          .text(PL, "Dzień dobry,\n\nDziękujemy za opinię. Co zrobiliśmy: {{customerMessage}}")
          .subject(DE, "Zu Ihrem Feedback")
          .text(
              DE, "Guten Tag,\n\nDanke für Ihr Feedback. Das haben wir getan: {{customerMessage}}")
          .fallbackLocale(Locale.ENGLISH)
          .build();

  private OutcomeTemplates() {}

  /** The template quoting the customer's comment ({@code comment}, {@code customerMessage}). */
  public static MessageTemplate withComment() {
    return WITH_COMMENT;
  }

  /** The template for a response without a comment ({@code customerMessage}). */
  public static MessageTemplate withoutComment() {
    return WITHOUT_COMMENT;
  }
}
