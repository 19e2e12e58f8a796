package io.feedbackloop.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.validation.ValidationException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionTemplatesTest {

  private static List<Question> all() {
    return List.of(
        QuestionTemplates.nps("nps"),
        QuestionTemplates.csat("csat"),
        QuestionTemplates.ces("ces"),
        QuestionTemplates.thumbs("thumbs"),
        QuestionTemplates.smiley("smiley5", 5),
        QuestionTemplates.smiley("smiley3", 3),
        QuestionTemplates.comment("comment"),
        QuestionTemplates.improvement("improve", "nps"),
        QuestionTemplates.praise("praise", "nps"));
  }

  @Test
  void everyTemplateTextAndLabelExistsInAllFiveLanguages() {
    for (Question q : all()) {
      for (Locale language : QuestionTemplates.LANGUAGES) {
        assertThat(q.text().exactly(language)).as(q.id() + " in " + language).isPresent();
        if (q instanceof ScaledQuestion s) {
          s.labels()
              .forEach(
                  (v, t) ->
                      assertThat(t.exactly(language))
                          .as(q.id() + " label " + v + " in " + language)
                          .isPresent());
        }
      }
    }
    assertThat(QuestionTemplates.LANGUAGES)
        .extracting(Locale::toLanguageTag)
        .containsExactly("en", "sv", "nl", "pl", "de");
  }

  @Test
  void standardWordingAndScales() {
    NpsQuestion nps = QuestionTemplates.nps("nps");
    assertThat(nps.text().exactly(Locale.ENGLISH))
        .contains("How likely is it that you would recommend us to a friend or colleague?");
    assertThat(nps.labels()).containsOnlyKeys(0, 10);
    assertThat(QuestionTemplates.csat("c").scale()).isEqualTo(Scale.csat());
    assertThat(QuestionTemplates.csat("c").labels()).containsOnlyKeys(1, 2, 3, 4, 5);
    assertThat(QuestionTemplates.ces("c").scale()).isEqualTo(Scale.ces());
    assertThat(QuestionTemplates.ces("c").text().exactly(Locale.forLanguageTag("sv")).orElseThrow())
        .contains("enkelt");
    assertThat(QuestionTemplates.smiley("s", 3).labels()).containsOnlyKeys(1, 2, 3);
    assertThat(QuestionTemplates.improvement("i", "nps").displayCondition())
        .contains(DisplayCondition.scoreBetween("nps", 0, 6));
    assertThat(QuestionTemplates.praise("p", "nps").displayCondition())
        .contains(DisplayCondition.scoreBetween("nps", 9, 10));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv", "nl", "pl", "de", "nl-BE"})
  void readyMadeSurveysBuildInEveryTemplateLanguage(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    Survey nps = Surveys.nps("post-delivery", locale);
    assertThat(nps.questions()).extracting(Question::id).containsExactly("nps", "comment", "improve", "praise");
    assertThat(nps.defaultLocale()).isEqualTo(locale);
    assertThat(Surveys.csat("helpdesk", locale).question("csat")).isPresent();
    assertThat(Surveys.ces("support", locale).question("ces")).isPresent();
  }

  @Test
  void polishTextsResolveThroughTheFallbackChain() {
    Survey survey = Surveys.nps("s", Locale.ENGLISH);
    Question nps = survey.question("nps").orElseThrow();
    assertThat(survey.text(nps, Locale.forLanguageTag("pl-PL")))
        .isEqualTo("Jak prawdopodobne jest, że polecisz nas znajomemu lub współpracownikowi?");
    assertThat(survey.text(nps, Locale.forLanguageTag("fi")))
        .startsWith("How likely is it");
  }

  @Test
  void aDefaultLocaleWithoutTemplateTextsIsRefused() {
    assertThatThrownBy(() -> Surveys.nps("s", Locale.forLanguageTag("fi")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("/questions/0/text: missing_text: no text in the default locale 'fi'");
  }
}
