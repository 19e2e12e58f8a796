package io.feedbackloop.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {
  private static final Locale EN = Locale.ENGLISH;
  private static final Locale NL = Locale.forLanguageTag("nl");
  private static final Locale NL_BE = Locale.forLanguageTag("nl-BE");
  private static final Locale SV = Locale.forLanguageTag("sv");

  private final LocalizedText text =
      LocalizedText.of(EN, "Hello").with(NL, "Hallo").with(NL_BE, "Dag");

  @Test
  void fallbackChainGoesExactThenLanguageThenDefault() {
    assertThat(text.resolve(NL_BE, EN)).contains("Dag");
    assertThat(text.resolve(Locale.forLanguageTag("nl-NL"), EN)).contains("Hallo");
    assertThat(text.resolve(SV, EN)).contains("Hello");
    assertThat(text.resolve(Locale.forLanguageTag("en-GB"), SV)).contains("Hello");
    assertThat(LocalizedText.of(SV, "Hej").resolve(Locale.GERMAN, EN)).isEmpty();
  }

  @Test
  void defaultRegionalFallbackUsesItsLanguage() {
    assertThat(LocalizedText.of(EN, "Hi").resolve(SV, Locale.forLanguageTag("en-US")))
        .contains("Hi");
  }

  @Test
  void exactlyDoesNotFallBack() {
    assertThat(text.exactly(NL)).contains("Hallo");
    assertThat(text.exactly(Locale.forLanguageTag("nl-NL"))).isEmpty();
  }

  @Test
  void isImmutable() {
    LocalizedText other = text.with(SV, "Hej");
    assertThat(text.asMap()).doesNotContainKey("sv");
    assertThat(other.asMap()).containsEntry("sv", "Hej").hasSize(4);
    assertThatThrownBy(() -> other.asMap().put("de", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void parsesTagsStrictly() {
    assertThat(LocalizedText.ofTags(Map.of("nl-BE", "Dag")).exactly(NL_BE)).contains("Dag");
    assertThatThrownBy(() -> LocalizedText.parseTag("en_US"))
        .hasMessage(
            "locale must be a BCP 47 language tag such as 'sv' or 'nl-BE', but was 'en_US'");
    assertThatThrownBy(() -> LocalizedText.of(EN, " "))
        .hasMessage("text must not be blank, but was ' '");
  }

  @Test
  void equalityIsByContent() {
    assertThat(LocalizedText.of(EN, "a").with(SV, "b"))
        .isEqualTo(LocalizedText.ofTags(Map.of("en", "a", "sv", "b")))
        .hasSameHashCodeAs(LocalizedText.ofTags(Map.of("sv", "b", "en", "a")));
    assertThat(LocalizedText.empty().isEmpty()).isTrue();
  }
}
