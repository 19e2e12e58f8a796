package io.feedbackloop.routing.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.TextAnswer;
import io.feedbackloop.core.survey.Surveys;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormAnswersTest {
  private static final io.feedbackloop.core.survey.Survey NPS = Surveys.nps("s", Locale.ENGLISH);

  @Test
  void parsesScoresAndTextsAndDropsWhatWasNotShown() {
    FormAnswers.Parsed p =
        FormAnswers.parse(
            NPS,
            Map.of(
                "q.nps", List.of(" 3 "),
                "q.comment", List.of("a\r\nb\rc"),
                "q.praise", List.of("only for promoters"),
                "q.improve", List.of("   ")));

    assertThat(p.answers()).containsExactly(new ScoreAnswer("nps", 3), new TextAnswer("comment", "a\nb\nc"));
    assertThat(p.problems()).isEmpty();
  }

  @Test
  void aWordWhereANumberBelongsIsAProblemOfThatQuestion() {
    FormAnswers.Parsed p = FormAnswers.parse(NPS, Map.of("q.nps", List.of("ten")));

    assertThat(p.answers()).isEmpty();
    assertThat(p.problems()).containsExactly(new Problem("/answers/nps", ProblemCode.WRONG_ANSWER_TYPE, "not an answer to 'nps'"));
    assertThat(FormAnswers.number("-4")).contains(-4);
    assertThat(FormAnswers.number("-")).isEmpty();
    assertThat(FormAnswers.number("1234567890")).isEmpty();
    assertThat(FormAnswers.number("123456789")).contains(123456789);
  }

  @Test
  void problemMessagesAreLocalizedAndNeverTheDevelopersText() {
    ProblemMessages.Messages m =
        ProblemMessages.of(
            NPS,
            List.of(
                new Problem("/answers/nps/value", ProblemCode.OFF_SCALE, "11 is off the scale"),
                new Problem("/answers/nps", ProblemCode.MISSING_ANSWER, "second problem of nps"),
                new Problem("/answers/comment", ProblemCode.JSON_SYNTAX, "odd"),
                new Problem("/survey/id", ProblemCode.UNKNOWN_SURVEY, "survey 's' is not known")),
            Locale.GERMAN);

    assertThat(m.byQuestion()).containsExactly(
        Map.entry("nps", "Bitte wählen Sie eine der Optionen."),
        Map.entry("comment", "Bitte prüfen Sie diese Antwort."));
    assertThat(m.general()).containsExactly(PageText.CHECK_FORM.in(Locale.GERMAN));
    assertThat(ProblemMessages.questionId("/answers/")).isEmpty();
  }
}
