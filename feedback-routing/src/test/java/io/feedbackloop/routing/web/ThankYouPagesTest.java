package io.feedbackloop.routing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.scoring.Category;
import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ThankYouPagesTest {
  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final Locale FI = Locale.forLanguageTag("fi");

  @Test
  void theDefaultsSpeakFiveLanguagesAndFallBackToEnglish() {
    ThankYouPages d = ThankYouPages.ofDefaults();

    assertThat(d.page("s", Category.POSITIVE, SV).title()).isEqualTo("Tack!");
    assertThat(d.page("s", Category.NEGATIVE, Locale.forLanguageTag("nl-BE")).title()).isEqualTo("Bedankt dat u het ons laat weten");
    assertThat(d.page("s", Category.NEUTRAL, Locale.forLanguageTag("pl")).title()).isEqualTo("Dziękujemy za opinię");
    assertThat(d.page("s", Category.POSITIVE, Locale.GERMAN).title()).isEqualTo("Vielen Dank!");
    assertThat(d.page("s", Category.POSITIVE, FI).title()).isEqualTo("Thank you!");
    assertThat(d.page("s", Category.POSITIVE, FI).link()).isEmpty();
  }

  @Test
  void aSurveysOwnPageWinsThenAllSurveysThenTheDefaultsAndUnknownLanguagesGetTheConfiguredEnglishPage() {
    ThankYouPage mine = ThankYouPage.of("Mine", "Survey s");
    ThankYouPage all = ThankYouPage.of("All", "Every survey");
    ThankYouPage english = ThankYouPage.of("English", "Fallback");
    ThankYouPages p =
        ThankYouPages.builder()
            .page("s", Category.POSITIVE, SV, mine)
            .page(Category.POSITIVE, SV, all)
            .page(Category.POSITIVE, Locale.ENGLISH, english)
            .build();

    assertThat(p.page("s", Category.POSITIVE, Locale.forLanguageTag("sv-FI"))).isEqualTo(mine);
    assertThat(p.page("other", Category.POSITIVE, SV)).isEqualTo(all);
    assertThat(p.page("s", Category.POSITIVE, FI)).isEqualTo(english);
    assertThat(p.page("s", Category.POSITIVE, Locale.GERMAN).title()).isEqualTo("Vielen Dank!");
    assertThat(p.page("s", Category.NEUTRAL, SV).title()).isEqualTo("Tack för din feedback");
  }

  @Test
  void linksMustBeHttpsAndComeWithALabel() {
    assertThatThrownBy(() -> ThankYouPage.of("T", "x").withLink("Review", URI.create("http://reviews.example/")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("linkUrl must be an absolute https URL with a host, but was http://reviews.example/");
    assertThatThrownBy(() -> ThankYouPage.of("T", "x").withLink("Review", URI.create("javascript:alert(1)")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("linkUrl must be an absolute https URL");
    assertThatThrownBy(() -> new ThankYouPage("T", "x", "Review", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("linkLabel and linkUrl must be both given or both null, but was only linkLabel");
    assertThatThrownBy(() -> ThankYouPage.of(" ", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
    assertThatThrownBy(() -> ThankYouPage.of("T", "x".repeat(2001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text length must be <= 2000, but was 2001");
    assertThat(ThankYouPage.of("T", "x").withLink("Review", URI.create("HTTPS://reviews.example/a")).link())
        .contains(URI.create("HTTPS://reviews.example/a"));
    assertThatThrownBy(() -> ThankYouPages.builder().page("not an id", Category.POSITIVE, SV, ThankYouPage.of("T", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("surveyId must be");
    assertThatThrownBy(() -> ThankYouPages.builder().page(Category.POSITIVE, Locale.ROOT, ThankYouPage.of("T", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("locale must be a locale with a language, but was ''");
  }
}
