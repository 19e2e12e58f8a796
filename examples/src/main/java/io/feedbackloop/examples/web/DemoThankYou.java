package io.feedbackloop.examples.web;

import io.feedbackloop.routing.web.ThankYouPage;
import io.feedbackloop.routing.web.ThankYouPages;
import io.feedbackloop.scoring.Category;
import java.net.URI;
import java.util.Locale;

/**
 * The demo's thank-you pages: the built-in ones, except that promoters are asked for a review, in
 * each of the demo's five languages.
 */
final class DemoThankYou {
  private DemoThankYou() {}

  static ThankYouPages pages(URI reviewUrl) {
    return ThankYouPages.builder()
        .page(Category.POSITIVE, Locale.ENGLISH, ThankYouPage.of(
                "Thank you!",
                "We are glad you like shopping with us. Would you tell others in a short review?")
            .withLink("Write a review", reviewUrl))
        .page(Category.POSITIVE, Locale.forLanguageTag("pl"), ThankYouPage.of(
                "Dziękujemy!",
                "Cieszymy się, że lubisz u nas kupować. Czy opiszesz to innym w krótkiej opinii?")
            .withLink("Napisz opinię", reviewUrl))
        .page(Category.POSITIVE, Locale.forLanguageTag("sv"), ThankYouPage.of(
                "Tack!",
                "Vad roligt att du gillar att handla hos oss. Vill du berätta det i en kort"
                    + " recension?")
            .withLink("Skriv en recension", reviewUrl))
        .page(Category.POSITIVE, Locale.GERMAN, ThankYouPage.of(
                "Vielen Dank!",
                "Schön, dass Sie gern bei uns einkaufen. Erzählen Sie es anderen in einer kurzen"
                    + " Bewertung?")
            .withLink("Bewertung schreiben", reviewUrl))
        .page(Category.POSITIVE, Locale.forLanguageTag("nl"), ThankYouPage.of(
                "Hartelijk dank!",
                "Fijn dat u graag bij ons winkelt. Wilt u het anderen vertellen in een korte"
                    + " review?")
            .withLink("Review schrijven", reviewUrl))
        .build();
  }
}
