package io.feedbackloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaleDirection;
import org.junit.jupiter.api.Test;

class CategoryTest {

  @Test
  void npsBoundaries() {
    for (int s = 0; s <= 6; s++) {
      assertThat(Category.nps(s)).as("score %s", s).isEqualTo(Category.NEGATIVE);
      assertThat(Category.of(Scale.nps(), s)).isEqualTo(Category.NEGATIVE);
    }
    assertThat(Category.nps(7)).isEqualTo(Category.NEUTRAL);
    assertThat(Category.nps(8)).isEqualTo(Category.NEUTRAL);
    assertThat(Category.of(Scale.nps(), 7)).isEqualTo(Category.NEUTRAL);
    assertThat(Category.of(Scale.nps(), 8)).isEqualTo(Category.NEUTRAL);
    assertThat(Category.nps(9)).isEqualTo(Category.POSITIVE);
    assertThat(Category.nps(10)).isEqualTo(Category.POSITIVE);
    assertThat(Category.of(Scale.nps(), 9)).isEqualTo(Category.POSITIVE);
    assertThatThrownBy(() -> Category.nps(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be in 0..10, but was 11");
    assertThatThrownBy(() -> Category.nps(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be in 0..10, but was -1");
  }

  @Test
  void csatBoundaries() {
    Scale csat = Scale.csat();
    assertThat(Category.of(csat, 1)).isEqualTo(Category.NEGATIVE);
    assertThat(Category.of(csat, 2)).isEqualTo(Category.NEGATIVE);
    assertThat(Category.of(csat, 3)).isEqualTo(Category.NEUTRAL);
    assertThat(Category.of(csat, 4)).isEqualTo(Category.POSITIVE);
    assertThat(Category.of(csat, 5)).isEqualTo(Category.POSITIVE);
  }

  @Test
  void cesBoundaries() {
    Scale ces = Scale.ces();
    assertThat(Category.of(ces, 3)).isEqualTo(Category.NEGATIVE);
    assertThat(Category.of(ces, 4)).isEqualTo(Category.NEUTRAL);
    assertThat(Category.of(ces, 5)).isEqualTo(Category.POSITIVE);
    assertThat(Category.of(ces, 7)).isEqualTo(Category.POSITIVE);
  }

  @Test
  void descendingScale() {
    Scale effort = new Scale(1, 7, 1, ScaleDirection.DESCENDING, Metric.CES, 3);
    assertThat(Category.of(effort, 1)).isEqualTo(Category.POSITIVE);
    assertThat(Category.of(effort, 3)).isEqualTo(Category.POSITIVE);
    assertThat(Category.of(effort, 4)).isEqualTo(Category.NEUTRAL);
    assertThat(Category.of(effort, 5)).isEqualTo(Category.NEGATIVE);
    assertThat(Category.of(effort, 2)).isEqualTo(Category.POSITIVE);
  }

  @Test
  void stepsLargerThanOne() {
    Scale stepped = new Scale(0, 100, 10, ScaleDirection.ASCENDING, Metric.CSAT, 80);
    assertThat(Category.of(stepped, 80)).isEqualTo(Category.POSITIVE);
    assertThat(Category.of(stepped, 70)).isEqualTo(Category.NEUTRAL);
    assertThat(Category.of(stepped, 60)).isEqualTo(Category.NEGATIVE);
    assertThatThrownBy(() -> Category.of(stepped, 75))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be on the scale 0..100 step 10, but was 75");
    Scale down = new Scale(0, 100, 10, ScaleDirection.DESCENDING, Metric.CSAT, 20);
    assertThat(Category.of(down, 30)).isEqualTo(Category.NEUTRAL);
    assertThat(Category.of(down, 40)).isEqualTo(Category.NEGATIVE);
    assertThat(Category.of(down, 10)).isEqualTo(Category.POSITIVE);
  }

  @Test
  void offScaleIsRefused() {
    assertThatThrownBy(() -> Category.of(Scale.csat(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be on the scale 1..5 step 1, but was 0");
  }

  @Test
  void labels() {
    assertThat(Category.NEGATIVE.label(Metric.NPS)).isEqualTo("detractor");
    assertThat(Category.NEUTRAL.label(Metric.NPS)).isEqualTo("passive");
    assertThat(Category.POSITIVE.label(Metric.NPS)).isEqualTo("promoter");
    assertThat(Category.NEGATIVE.label(Metric.CSAT)).isEqualTo("dissatisfied");
    assertThat(Category.NEUTRAL.label(Metric.CSAT)).isEqualTo("neutral");
    assertThat(Category.POSITIVE.label(Metric.CSAT)).isEqualTo("satisfied");
    assertThat(Category.NEGATIVE.label(Metric.CES)).isEqualTo("hard");
    assertThat(Category.NEUTRAL.label(Metric.CES)).isEqualTo("neutral");
    assertThat(Category.POSITIVE.label(Metric.CES)).isEqualTo("easy");
    assertThat(Category.NEGATIVE.label(Metric.NONE)).isEqualTo("negative");
    assertThat(Category.NEUTRAL.label(Metric.NONE)).isEqualTo("neutral");
    assertThat(Category.POSITIVE.label(Metric.NONE)).isEqualTo("positive");
  }

  @Test
  void questionsAndAnswersClassifyByKind() {
    java.util.Locale en = java.util.Locale.ENGLISH;
    assertThat(Category.thumbs(true)).isEqualTo(Category.POSITIVE);
    assertThat(Category.thumbs(false)).isEqualTo(Category.NEGATIVE);
    var thumbs = io.feedbackloop.core.survey.QuestionTemplates.thumbs("t");
    assertThat(Category.of(thumbs, new io.feedbackloop.core.response.ThumbsAnswer("t", true)))
        .contains(Category.POSITIVE);
    assertThat(Category.of(thumbs, new io.feedbackloop.core.response.ThumbsAnswer("t", false)))
        .contains(Category.NEGATIVE);
    assertThat(Category.of(thumbs, new io.feedbackloop.core.response.ScoreAnswer("t", 1))).isEmpty();
    var smiley5 = io.feedbackloop.core.survey.QuestionTemplates.smiley("s", 5);
    assertThat(Category.of(smiley5, new io.feedbackloop.core.response.ScoreAnswer("s", 4)))
        .contains(Category.POSITIVE);
    assertThat(Category.of(smiley5, new io.feedbackloop.core.response.ScoreAnswer("s", 3)))
        .contains(Category.NEUTRAL);
    assertThat(Category.of(smiley5, new io.feedbackloop.core.response.ScoreAnswer("s", 2)))
        .contains(Category.NEGATIVE);
    var smiley3 = io.feedbackloop.core.survey.QuestionTemplates.smiley("s", 3);
    assertThat(Category.of(smiley3, new io.feedbackloop.core.response.ScoreAnswer("s", 3)))
        .contains(Category.POSITIVE);
    assertThat(Category.of(smiley3, new io.feedbackloop.core.response.ScoreAnswer("s", 2)))
        .contains(Category.NEUTRAL);
    assertThat(Category.of(smiley3, new io.feedbackloop.core.response.ScoreAnswer("s", 1)))
        .contains(Category.NEGATIVE);
    var nps = io.feedbackloop.core.survey.QuestionTemplates.nps("n");
    assertThat(Category.of(nps, new io.feedbackloop.core.response.ScoreAnswer("n", 6)))
        .contains(Category.NEGATIVE);
    assertThat(Category.of(nps, new io.feedbackloop.core.response.TextAnswer("n", "6"))).isEmpty();
    var text = io.feedbackloop.core.survey.TextQuestion.of("c", io.feedbackloop.core.survey.LocalizedText.of(en, "C"));
    assertThat(Category.of(text, new io.feedbackloop.core.response.TextAnswer("c", "fine"))).isEmpty();
    assertThatThrownBy(() -> Category.of(nps, new io.feedbackloop.core.response.ScoreAnswer("n", 11)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
