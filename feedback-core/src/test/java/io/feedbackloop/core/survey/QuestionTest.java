package io.feedbackloop.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.response.ChoiceAnswer;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.TextAnswer;
import io.feedbackloop.core.response.ThumbsAnswer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionTest {
  private static final LocalizedText TEXT = LocalizedText.of(Locale.ENGLISH, "Q");

  @Test
  void everyTypeReportsItsKindAndScale() {
    assertThat(NpsQuestion.of("a", TEXT).type()).isEqualTo(QuestionType.NPS);
    assertThat(NpsQuestion.of("a", TEXT).scale()).isEqualTo(Scale.nps());
    assertThat(CsatQuestion.of("a", TEXT).scale()).isEqualTo(Scale.csat());
    assertThat(CesQuestion.of("a", TEXT).scale()).isEqualTo(Scale.ces());
    assertThat(RatingQuestion.of("a", TEXT).scale()).isEqualTo(Scale.rating(1, 5));
    assertThat(SmileyQuestion.of("a", TEXT, 5).scale())
        .isEqualTo(new Scale(1, 5, 1, ScaleDirection.ASCENDING, Metric.NONE, 4));
    assertThat(SmileyQuestion.of("a", TEXT, 3).scale())
        .isEqualTo(new Scale(1, 3, 1, ScaleDirection.ASCENDING, Metric.NONE, 3));
    assertThat(ThumbsQuestion.of("a", TEXT).type()).isEqualTo(QuestionType.THUMBS);
    assertThat(TextQuestion.of("a", TEXT).maxLength()).isEqualTo(TextQuestion.DEFAULT_MAX_LENGTH);
    assertThat(TextQuestion.of("a", TEXT).required()).isFalse();
    assertThat(NpsQuestion.of("a", TEXT).required()).isTrue();
    for (QuestionType t : QuestionType.values()) {
      assertThat(QuestionType.fromWireName(t.wireName())).contains(t);
    }
    assertThat(QuestionType.fromWireName("NPS")).isEmpty();
  }

  @Test
  void scaledQuestionsRefuseAScaleFeedingAnotherMetric() {
    assertThatThrownBy(() -> CsatQuestion.of("sat", TEXT).withScale(Scale.ces()))
        .hasMessage("the scale of question sat must be one feeding CSAT, but was one feeding CES");
    assertThatThrownBy(() -> CesQuestion.of("effort", TEXT).withScale(Scale.csat()))
        .hasMessage("the scale of question effort must be one feeding CES, but was one feeding CSAT");
    assertThatThrownBy(() -> RatingQuestion.of("r", TEXT).withScale(Scale.nps()))
        .hasMessageStartingWith("the scale of rating question r must be not an NPS scale");
    assertThat(RatingQuestion.of("r", TEXT).withScale(Scale.csat()).scale().metric())
        .isEqualTo(Metric.CSAT);
  }

  @Test
  void labelsMustLieOnTheScale() {
    assertThatThrownBy(() -> NpsQuestion.of("n", TEXT).withLabels(Map.of(11, TEXT)))
        .hasMessage("label value of question n must be on the scale 0..10 step 1, but was 11");
    assertThat(NpsQuestion.of("n", TEXT).withLabels(Map.of(10, TEXT, 0, TEXT)).labels().keySet())
        .containsExactly(0, 10);
  }

  @Test
  void smileyHasThreeOrFiveFaces() {
    assertThatThrownBy(() -> SmileyQuestion.of("s", TEXT, 4))
        .hasMessage("faces of question s must be 3 or 5, but was 4");
  }

  @Test
  void choiceQuestionsCheckIdsAndBounds() {
    List<Choice> choices =
        List.of(Choice.of("a", Locale.ENGLISH, "A"), Choice.of("b", Locale.ENGLISH, "B"));
    assertThatThrownBy(
            () ->
                SingleChoiceQuestion.of(
                    "c", TEXT, List.of(choices.get(0), Choice.of("a", Locale.ENGLISH, "again"))))
        .hasMessage("choice ids of question c must be unique, but was 'a' twice");
    assertThatThrownBy(() -> SingleChoiceQuestion.of("c", TEXT, List.of()))
        .hasMessage("choices of question c must be not empty, but was empty");
    MultipleChoiceQuestion multi = MultipleChoiceQuestion.of("m", TEXT, choices);
    assertThat(multi.minSelections()).isEqualTo(1);
    assertThat(multi.maxSelections()).isEqualTo(2);
    assertThat(multi.choice("b")).isPresent();
    assertThat(multi.choice("z")).isEmpty();
    assertThatThrownBy(() -> multi.withSelections(2, 3))
        .hasMessage(
            "maxSelections of question m must be between minSelections (2) and the number of"
                + " choices (2), but was 3");
    assertThatThrownBy(() -> multi.withSelections(0, 1))
        .hasMessage("minSelections of question m must be > 0, but was 0");
  }

  @Test
  void textLengthLimitIsBounded() {
    assertThatThrownBy(() -> TextQuestion.of("t", TEXT).withMaxLength(0))
        .hasMessage("maxLength of question t must be in 1..20000, but was 0");
    assertThatThrownBy(() -> TextQuestion.of("t", TEXT).withMaxLength(20_001))
        .hasMessage("maxLength of question t must be in 1..20000, but was 20001");
    assertThat(TextQuestion.of("t", TEXT).withMaxLength(20_000).maxLength()).isEqualTo(20_000);
  }

  @Test
  void displayConditionsTestTheEarlierAnswer() {
    DisplayCondition detractors = DisplayCondition.scoreBetween("nps", 0, 6);
    assertThat(detractors.isMetBy(new ScoreAnswer("nps", 6))).isTrue();
    assertThat(detractors.isMetBy(new ScoreAnswer("nps", 0))).isTrue();
    assertThat(detractors.isMetBy(new ScoreAnswer("nps", 7))).isFalse();
    assertThat(detractors.isMetBy(new TextAnswer("nps", "6"))).isFalse();
    DisplayCondition up = DisplayCondition.scoreBetween("t", 1, 1);
    assertThat(up.isMetBy(new ThumbsAnswer("t", true))).isTrue();
    assertThat(up.isMetBy(new ThumbsAnswer("t", false))).isFalse();
    DisplayCondition choice = DisplayCondition.choiceAmong("c", "late", "broken");
    assertThat(choice.isMetBy(ChoiceAnswer.of("c", "price", "broken"))).isTrue();
    assertThat(choice.isMetBy(ChoiceAnswer.of("c", "price"))).isFalse();
    assertThat(choice.isMetBy(new ScoreAnswer("c", 1))).isFalse();
    assertThatThrownBy(() -> DisplayCondition.scoreBetween("nps", 7, 6))
        .hasMessage("max must be >= min (7), but was 6");
    assertThatThrownBy(() -> DisplayCondition.choiceAmong("c"))
        .hasMessage("choiceIds must be not empty, but was []");
  }

  @Test
  void withersKeepEverythingElse() {
    TextQuestion t = TextQuestion.of("t", TEXT).withRequired(true).withMaxLength(10);
    DisplayCondition c = DisplayCondition.scoreBetween("nps", 0, 6);
    assertThat(t.withShowIf(c)).isEqualTo(new TextQuestion("t", TEXT, true, c, 10));
    assertThat(t.withShowIf(c).displayCondition()).contains(c);
    assertThat(t.displayCondition()).isEmpty();
    assertThat(NpsQuestion.of("n", TEXT).withRequired(false).required()).isFalse();
    assertThat(ThumbsQuestion.of("h", TEXT).withRequired(false).withShowIf(c))
        .isEqualTo(new ThumbsQuestion("h", TEXT, false, c));
  }
}
