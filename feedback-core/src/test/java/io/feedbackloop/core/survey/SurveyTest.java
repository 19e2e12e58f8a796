package io.feedbackloop.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyTest {
  private static final Locale EN = Locale.ENGLISH;
  private static final Locale SV = Locale.forLanguageTag("sv");

  private static LocalizedText en(String s) {
    return LocalizedText.of(EN, s);
  }

  @Test
  void buildsAnImmutableOrderedSurvey() {
    Survey survey =
        Survey.builder("checkout")
            .version(3)
            .name("Checkout")
            .touchpoint("purchase")
            .defaultLocale(EN)
            .question(NpsQuestion.of("nps", en("Recommend?")))
            .question(TextQuestion.of("why", en("Why?")))
            .metadata("owner", "cx")
            .build();
    assertThat(survey.id()).isEqualTo("checkout");
    assertThat(survey.version()).isEqualTo(3);
    assertThat(survey.touchpoint()).contains("purchase");
    assertThat(survey.questions()).extracting(Question::id).containsExactly("nps", "why");
    assertThat(survey.indexOf("why")).isEqualTo(1);
    assertThat(survey.indexOf("nope")).isEqualTo(-1);
    assertThat(survey.question("nps")).get().isInstanceOf(NpsQuestion.class);
    assertThat(survey.metadata()).containsEntry("owner", "cx");
    assertThat(survey.toBuilder().build()).isEqualTo(survey);
    assertThat(survey.toBuilder().version(4).build()).isNotEqualTo(survey);
    assertThatThrownBy(() -> survey.questions().add(TextQuestion.of("x", en("x"))))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void reportsEveryBrokenRuleWithPaths() {
    Survey.Builder builder =
        Survey.builder("s")
            .defaultLocale(EN)
            .question(NpsQuestion.of("nps", en("Recommend?")))
            .question(TextQuestion.of("nps", en("Duplicate id")))
            .question(TextQuestion.of("sv-only", LocalizedText.of(SV, "Varför?")))
            .question(
                TextQuestion.of("later", en("Later?"))
                    .withShowIf(DisplayCondition.scoreBetween("future", 0, 6)))
            .question(
                TextQuestion.of("off", en("Off?")).withShowIf(DisplayCondition.scoreBetween("nps", 11, 12)))
            .question(
                TextQuestion.of("texty", en("?"))
                    .withShowIf(DisplayCondition.choiceAmong("sv-only", "a")))
            .question(NpsQuestion.of("future", en("Later NPS")));

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path, p -> p.code().code())
                    .containsExactly(
                        tuple("/questions/1/id", "duplicate_question"),
                        tuple("/questions/2/text", "missing_text"),
                        tuple("/questions/3/showIf/question", "bad_condition"),
                        tuple("/questions/4/showIf", "bad_condition"),
                        tuple("/questions/5/showIf", "bad_condition")))
        .hasMessageStartingWith("survey s v1 is invalid (5 problems): /questions/1/id");
  }

  @Test
  void conditionMessagesExplainTheCause() {
    Survey.Builder builder =
        Survey.builder("s")
            .question(
                SingleChoiceQuestion.of(
                    "reason", en("Reason"), List.of(Choice.of("price", EN, "Price"))))
            .question(
                TextQuestion.of("more", en("More"))
                    .withShowIf(DisplayCondition.choiceAmong("reason", "price", "speed")))
            .question(
                TextQuestion.of("n", en("N")).withShowIf(DisplayCondition.scoreBetween("reason", 1, 2)));
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path, Problem::message)
                    .containsExactly(
                        tuple("/questions/1/showIf/choices", "'reason' does not offer the choice 'speed'"),
                        tuple(
                            "/questions/2/showIf",
                            "a score range cannot test 'reason', a single_choice question")));
  }

  @Test
  void labelsAndChoicesNeedTheDefaultLocale() {
    Survey.Builder builder =
        Survey.builder("s")
            .defaultLocale(SV)
            .question(
                NpsQuestion.of("nps", LocalizedText.of(SV, "Rekommendera?"))
                    .withLabels(Map.of(0, en("Not likely"))))
            .question(
                SingleChoiceQuestion.of(
                    "c", LocalizedText.of(SV, "Val"), List.of(Choice.of("ab", EN, "A"))));
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path, Problem::message)
                    .containsExactly(
                        tuple("/questions/0/labels/0", "no text in the default locale 'sv'"),
                        tuple("/questions/1/choices/0/label", "no text in the default locale 'sv'")));
  }

  @Test
  void aSurveyNeedsAQuestion() {
    assertThatThrownBy(() -> Survey.builder("empty").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .hasToString("/questions: invalid_definition: a survey needs at least one question"));
  }

  @Test
  void builderArgumentsAreChecked() {
    assertThatThrownBy(() -> Survey.builder("bad id"))
        .hasMessageStartingWith("survey id must be 1-64 characters")
        .hasMessageEndingWith("but was 'bad id'");
    assertThatThrownBy(() -> Survey.builder("s").version(0))
        .hasMessage("version must be > 0, but was 0");
    assertThatThrownBy(() -> Survey.builder("s").defaultLocale(Locale.ROOT))
        .hasMessage("defaultLocale must be a locale with a language, but was ");
  }

  @Test
  void catalogFindsVersionsAndRefusesRedefinition() {
    Survey v1 = Surveys.nps("post-delivery", EN);
    Survey v2 = v1.toBuilder().version(2).build();
    SurveyCatalog catalog = SurveyCatalog.of(v1, v2);
    assertThat(catalog.find("post-delivery", 1)).contains(v1);
    assertThat(catalog.find("post-delivery", 3)).isEmpty();
    assertThat(catalog.latest("post-delivery")).contains(v2);
    assertThat(catalog.latest("other")).isEmpty();
    assertThat(catalog.knows("post-delivery")).isTrue();
    assertThat(catalog.all()).containsExactly(v1, v2);
    assertThat(catalog.with(v1).all()).hasSize(2);
    Survey changed = v1.toBuilder().name("changed").build();
    assertThatThrownBy(() -> catalog.with(changed))
        .hasMessage(
            "survey post-delivery v1 must be defined once (a changed survey needs a new version),"
                + " but was defined twice, differently");
  }
}
