package io.feedbackloop.routing.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.Surveys;
import io.feedbackloop.core.survey.TextQuestion;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {
  private static final Survey NPS = Surveys.nps("s", Locale.forLanguageTag("sv"));
  private static final Locale PL = Locale.forLanguageTag("pl");

  @Test
  void theParameterWinsThenTheContactThenTheBrowserThenTheSurveyDefault() {
    assertThat(LanguageChoice.choose(NPS, "de", PL, "nl")).isEqualTo(Locale.GERMAN);
    assertThat(LanguageChoice.choose(NPS, "fi", PL, "nl")).isEqualTo(PL);
    assertThat(LanguageChoice.choose(NPS, null, Locale.forLanguageTag("fi"), "nl-BE,en;q=0.9")).isEqualTo(Locale.forLanguageTag("nl"));
    assertThat(LanguageChoice.choose(NPS, null, null, "fi, en;q=0.1")).isEqualTo(Locale.ENGLISH);
    assertThat(LanguageChoice.choose(NPS, null, null, "en;q=0.2, pl;q=0.8")).isEqualTo(PL);
    assertThat(LanguageChoice.choose(NPS, null, null, "pl;q=0, fi")).isEqualTo(Locale.forLanguageTag("sv"));
    assertThat(LanguageChoice.choose(NPS, "!!", null, "not a header;;;")).isEqualTo(Locale.forLanguageTag("sv"));
    assertThat(LanguageChoice.choose(NPS, null, null, "pl," + "x".repeat(600))).isEqualTo(Locale.forLanguageTag("sv"));
  }

  @Test
  void aSurveyHasTheLanguagesOfItsTextsAndItsDefault() {
    Survey fi =
        Survey.builder("fi")
            .defaultLocale(Locale.forLanguageTag("fi"))
            .question(TextQuestion.of("t", LocalizedText.of(Locale.forLanguageTag("fi"), "Miksi?").with(Locale.forLanguageTag("pt-BR"), "Por quê?")))
            .build();

    assertThat(LanguageChoice.languages(fi)).containsExactly(Locale.forLanguageTag("fi"), Locale.forLanguageTag("pt-BR"));
    assertThat(LanguageChoice.choose(fi, null, null, "pt")).isEqualTo(Locale.forLanguageTag("pt-BR"));
    assertThat(LanguageChoice.choose(fi, "pt-br", null, null)).isEqualTo(Locale.forLanguageTag("pt-BR"));
  }

  @Test
  void plainPagesSpeakThePageLanguagesOrEnglish() {
    assertThat(LanguageChoice.forPlainPage("pl", "de")).isEqualTo(PL);
    assertThat(LanguageChoice.forPlainPage(null, "fi, de-AT;q=0.5")).isEqualTo(Locale.GERMAN);
    assertThat(LanguageChoice.forPlainPage("fi", "fi")).isEqualTo(Locale.ENGLISH);
    assertThat(PageText.SUBMIT.in(Locale.forLanguageTag("fi"))).isEqualTo("Send");
    assertThat(PageText.TOO_FEW.in(PL, "n", "2")).isEqualTo("Wybierz co najmniej 2.");
  }
}
