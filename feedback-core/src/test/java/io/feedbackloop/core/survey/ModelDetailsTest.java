package io.feedbackloop.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.validation.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The withers, accessors and boundaries of the survey model, one by one. */
class ModelDetailsTest {
  private static final Locale EN = Locale.ENGLISH;
  private static final LocalizedText TEXT = LocalizedText.of(EN, "Q");
  private static final LocalizedText OTHER = LocalizedText.of(EN, "Other");
  private static final DisplayCondition IF_DETRACTOR = DisplayCondition.scoreBetween("nps", 0, 6);
  private static final List<Choice> CHOICES =
      List.of(Choice.of("a", EN, "A"), Choice.of("b", EN, "B"));

  @Test
  void scaledQuestionWithersChangeOneThing() {
    Map<Integer, LocalizedText> ends = Map.of(1, OTHER);
    CsatQuestion csat = CsatQuestion.of("c", TEXT);
    assertThat(csat.withRequired(false)).isEqualTo(new CsatQuestion("c", TEXT, false, null, Scale.csat(), Map.of()));
    assertThat(csat.withShowIf(IF_DETRACTOR).displayCondition()).contains(IF_DETRACTOR);
    assertThat(csat.withLabels(ends).labels()).isEqualTo(ends);
    assertThat(csat.withScale(Scale.csat().withPositiveFrom(5)).scale().positiveFrom()).isEqualTo(5);
    assertThat(csat.type()).isEqualTo(QuestionType.CSAT);

    CesQuestion ces = CesQuestion.of("e", TEXT);
    assertThat(ces.withRequired(false).required()).isFalse();
    assertThat(ces.withShowIf(IF_DETRACTOR).showIf()).isEqualTo(IF_DETRACTOR);
    assertThat(ces.withLabels(ends).labels()).isEqualTo(ends);
    Scale ces5 = new Scale(1, 5, 1, ScaleDirection.ASCENDING, Metric.CES, 4);
    assertThat(ces.withScale(ces5).scale()).isEqualTo(ces5);
    assertThat(ces.type()).isEqualTo(QuestionType.CES);

    RatingQuestion rating = RatingQuestion.of("r", TEXT);
    assertThat(rating.withRequired(false).required()).isFalse();
    assertThat(rating.withShowIf(IF_DETRACTOR).showIf()).isEqualTo(IF_DETRACTOR);
    assertThat(rating.withLabels(ends).labels()).isEqualTo(ends);
    assertThat(rating.type()).isEqualTo(QuestionType.RATING);

    NpsQuestion nps = NpsQuestion.of("n", TEXT);
    assertThat(nps.withShowIf(DisplayCondition.scoreBetween("x", 1, 1)).showIf())
        .isEqualTo(DisplayCondition.scoreBetween("x", 1, 1));

    SmileyQuestion smiley = SmileyQuestion.of("s", TEXT, 5);
    assertThat(smiley.withRequired(false)).isEqualTo(new SmileyQuestion("s", TEXT, false, null, 5, Map.of()));
    assertThat(smiley.withShowIf(IF_DETRACTOR).displayCondition()).contains(IF_DETRACTOR);
    assertThat(smiley.displayCondition()).isEmpty();
    assertThat(smiley.withLabels(ends).labels()).isEqualTo(ends);
    assertThat(smiley.type()).isEqualTo(QuestionType.SMILEY);
  }

  @Test
  void choiceQuestionWithersAndLookups() {
    SingleChoiceQuestion single = SingleChoiceQuestion.of("c", TEXT, CHOICES);
    assertThat(single.choice("b")).contains(CHOICES.get(1));
    assertThat(single.choice("z")).isEmpty();
    assertThat(single.withShowIf(IF_DETRACTOR).showIf()).isEqualTo(IF_DETRACTOR);
    assertThat(single.withRequired(false).required()).isFalse();
    assertThat(single.type()).isEqualTo(QuestionType.SINGLE_CHOICE);

    MultipleChoiceQuestion multi = MultipleChoiceQuestion.of("m", TEXT, CHOICES);
    assertThat(multi.withRequired(false).required()).isFalse();
    assertThat(multi.withShowIf(IF_DETRACTOR).showIf()).isEqualTo(IF_DETRACTOR);
    assertThat(multi.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
    assertThat(multi.withSelections(2, 2).minSelections()).isEqualTo(2);
  }

  @Test
  void scaleArithmeticWithAnOffsetStart() {
    Scale odd = new Scale(1, 10, 3, ScaleDirection.ASCENDING, Metric.NONE, 10);
    assertThat(odd.contains(4)).isTrue();
    assertThat(odd.contains(5)).isFalse();
    assertThat(new Scale(2, 8, 2, ScaleDirection.ASCENDING, Metric.NONE, 8).points()).isEqualTo(4);
    assertThat(Scale.rating(4, 5)).isEqualTo(new Scale(4, 5, 1, ScaleDirection.ASCENDING, Metric.NONE, 4));
    assertThatThrownBy(() -> Scale.rating(5, 5)).hasMessage("max must be > min (5), but was 5");
    assertThat(Metric.CES.wireName()).isEqualTo("ces");
    assertThat(ScaleDirection.DESCENDING.wireName()).isEqualTo("descending");
  }

  @Test
  void localizedTextDetails() {
    assertThat(TEXT.isEmpty()).isFalse();
    assertThat(TEXT).isNotEqualTo(OTHER).doesNotHaveSameHashCodeAs(OTHER);
    assertThat(TEXT).hasToString("{en=Q}");
    assertThatThrownBy(() -> TEXT.with(Locale.ROOT, "x"))
        .hasMessage("locale must be a locale with a language, but was ");
    assertThatThrownBy(() -> LocalizedText.parseTag("und"))
        .hasMessage("locale must be a tag with a language, but was 'und'");
  }

  @Test
  void surveyAccessors() {
    Survey survey =
        Survey.builder("s")
            .questions(List.of(NpsQuestion.of("nps", TEXT), TextQuestion.of("t", TEXT)))
            .build();
    assertThat(survey.name()).isEqualTo("s");
    assertThat(survey).hasToString("Survey[s v1, 2 questions]");
    assertThat(survey.hashCode()).isNotEqualTo(survey.toBuilder().version(2).build().hashCode());
    assertThat(survey.questions()).hasSize(2);
  }

  @Test
  void conditionBoundaries() {
    // a condition on its own question is not on an earlier one
    assertThatThrownBy(
            () ->
                Survey.builder("s")
                    .question(
                        NpsQuestion.of("nps", TEXT).withShowIf(DisplayCondition.scoreBetween("nps", 0, 6)))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("/questions/0/showIf/question: bad_condition");
    // ranges touching the scale's ends are fine; one step past them is not
    Survey.builder("s")
        .question(NpsQuestion.of("nps", TEXT))
        .question(TextQuestion.of("hi", TEXT).withShowIf(DisplayCondition.scoreBetween("nps", 10, 12)))
        .question(TextQuestion.of("lo", TEXT).withShowIf(DisplayCondition.scoreBetween("nps", -3, 0)))
        .build();
    assertThatThrownBy(
            () ->
                Survey.builder("s")
                    .question(NpsQuestion.of("nps", TEXT))
                    .question(TextQuestion.of("lo", TEXT).withShowIf(DisplayCondition.scoreBetween("nps", -3, -1)))
                    .build())
        .hasMessageContaining("the range -3..-1 lies outside the scale 0..10 of 'nps'");
    // a choice condition on a multiple-choice question checks its choices
    Survey.builder("s")
        .question(MultipleChoiceQuestion.of("m", TEXT, CHOICES))
        .question(TextQuestion.of("t", TEXT).withShowIf(DisplayCondition.choiceAmong("m", "b")))
        .build();
    assertThatThrownBy(
            () ->
                Survey.builder("s")
                    .question(MultipleChoiceQuestion.of("m", TEXT, CHOICES))
                    .question(TextQuestion.of("t", TEXT).withShowIf(DisplayCondition.choiceAmong("m", "z")))
                    .build())
        .hasMessageContaining("'m' does not offer the choice 'z'");
  }
}
