package io.feedbackloop.routing.internal.web;

import io.feedbackloop.scoring.Category;
import java.util.List;
import java.util.Locale;

/**
 * The built-in thank-you titles and texts in the page languages (en, sv, nl, pl, de), by category.
 * The negative page's promise of contact is not here: the page adds it with the due time.
 */
public final class DefaultThankYou {
  private static final List<List<String>> POSITIVE =
      List.of(
          List.of("Thank you!", "We are glad you had a good experience."),
          List.of("Tack!", "Vad roligt att du är nöjd."),
          List.of("Bedankt!", "Fijn dat u een goede ervaring had."),
          List.of("Dziękujemy!", "Cieszymy się, że wszystko poszło dobrze."),
          List.of("Vielen Dank!", "Schön, dass Sie zufrieden sind."));
  private static final List<List<String>> NEUTRAL =
      List.of(
          List.of("Thank you for your feedback", "We read every answer and use it to get better."),
          List.of("Tack för din feedback", "Vi läser alla svar och använder dem för att bli bättre."),
          List.of("Bedankt voor uw feedback", "We lezen elk antwoord en gebruiken het om beter te worden."),
          List.of("Dziękujemy za opinię", "Czytamy każdą odpowiedź i wykorzystujemy ją, aby być lepszymi."),
          List.of("Danke für Ihr Feedback", "Wir lesen jede Antwort und nutzen sie, um besser zu werden."));
  private static final List<List<String>> NEGATIVE =
      List.of(
          List.of("Thank you for telling us", "We are sorry that we did not meet your expectations."),
          List.of("Tack för att du berättade", "Vi beklagar att vi inte levde upp till dina förväntningar."),
          List.of("Bedankt dat u het ons laat weten", "Het spijt ons dat we niet aan uw verwachtingen hebben voldaan."),
          List.of("Dziękujemy za informację", "Przykro nam, że nie spełniliśmy Twoich oczekiwań."),
          List.of("Danke, dass Sie es uns sagen", "Es tut uns leid, dass wir Ihre Erwartungen nicht erfüllt haben."));

  private DefaultThankYou() {}

  /** The title of the built-in page for {@code category} in {@code locale}'s language (else English). */
  public static String title(Category category, Locale locale) {
    return table(category).get(PageText.index(locale)).get(0);
  }

  /** The text of the built-in page for {@code category} in {@code locale}'s language (else English). */
  public static String text(Category category, Locale locale) {
    return table(category).get(PageText.index(locale)).get(1);
  }

  private static List<List<String>> table(Category category) {
    return switch (category) {
      case POSITIVE -> POSITIVE;
      case NEUTRAL -> NEUTRAL;
      case NEGATIVE -> NEGATIVE;
    };
  }
}
