package io.feedbackloop.core.json;

import static io.feedbackloop.core.json.Documents.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.ChoiceAnswer;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.TextAnswer;
import io.feedbackloop.core.response.ThumbsAnswer;
import io.feedbackloop.core.survey.CesQuestion;
import io.feedbackloop.core.survey.ChoiceAmong;
import io.feedbackloop.core.survey.CsatQuestion;
import io.feedbackloop.core.survey.MultipleChoiceQuestion;
import io.feedbackloop.core.survey.NpsQuestion;
import io.feedbackloop.core.survey.RatingQuestion;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScoreBetween;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.TextQuestion;
import io.feedbackloop.core.validation.ProblemCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedbackJsonReadTest {
  private final FeedbackJson codec = FeedbackJson.ofDefaults();

  @Test
  void readsADefinitionWithDefaultsForOmittedProperties() {
    Survey survey =
        codec.readSurvey(
            Documents.surveyWith(
                json(
                    "{'type':'csat','id':'c','text':{'en':'Happy?'}},"
                        + "{'type':'ces','id':'e','text':{'en':'Easy?'}},"
                        + "{'type':'rating','id':'r','text':{'en':'Rate'}},"
                        + "{'type':'text','id':'t','text':{'en':'Why?'}},"
                        + "{'type':'multiple_choice','id':'m','text':{'en':'Which?'},"
                        + "'choices':[{'id':'a','label':{'en':'A'}},{'id':'b','label':{'en':'B'}}]}")));

    assertThat(survey.questions())
        .containsExactly(
            new CsatQuestion("c", text("Happy?"), true, null, Scale.csat(), Map.of()),
            new CesQuestion("e", text("Easy?"), true, null, Scale.ces(), Map.of()),
            new RatingQuestion("r", text("Rate"), true, null, Scale.rating(1, 5), Map.of()),
            new TextQuestion("t", text("Why?"), false, null, TextQuestion.DEFAULT_MAX_LENGTH),
            MultipleChoiceQuestion.of(
                "m",
                text("Which?"),
                List.of(
                    io.feedbackloop.core.survey.Choice.of("a", Locale.ENGLISH, "A"),
                    io.feedbackloop.core.survey.Choice.of("b", Locale.ENGLISH, "B"))));
  }

  @Test
  void readsLabelsConditionsAndSeveralLanguages() {
    Survey survey =
        codec.readSurvey(
            Documents.surveyWith(
                json(
                    "{'type':'nps','id':'nps','text':{'en':'Recommend?','sv':'Rekommendera?'},"
                        + "'labels':{'0':{'en':'Not at all'},'10':{'en':'Extremely'}}},"
                        + "{'type':'single_choice','id':'why','text':{'en':'Why?'},"
                        + "'showIf':{'type':'score_between','question':'nps','min':0,'max':6},"
                        + "'choices':[{'id':'late','label':{'en':'Late'}}]},"
                        + "{'type':'thumbs','id':'ok','text':{'en':'OK?'},'required':false,"
                        + "'showIf':{'type':'choice_among','question':'why','choices':['late']}}")));

    NpsQuestion nps = (NpsQuestion) survey.questions().get(0);
    assertThat(nps.text().resolve(Locale.forLanguageTag("sv"), Locale.ENGLISH))
        .contains("Rekommendera?");
    assertThat(nps.labels()).containsOnlyKeys(0, 10);
    assertThat(survey.questions().get(1).displayCondition())
        .contains(new ScoreBetween("nps", 0, 6));
    assertThat(survey.questions().get(2).displayCondition())
        .contains(new ChoiceAmong("why", Set.of("late")));
    assertThat(survey.questions().get(2).required()).isFalse();
  }

  @Test
  void readsAResponseWithEveryKindOfAnswer() {
    Response r =
        codec.readResponse(
            json(
                "{'schemaVersion':1,'id':'r-1','tenant':'acme','survey':{'id':'post-delivery','version':2},"
                    + "'respondent':'customer-42','touchpoint':'delivery','channel':'in_app',"
                    + "'submittedAt':'2026-11-22T10:15:30.250Z','locale':'sv','idempotencyKey':'order-1234',"
                    + "'answers':{'nps':{'type':'score','value':3},'comment':{'value':'Sent','type':'text'},"
                    + "'helpful':{'type':'thumbs','value':true},'reasons':{'type':'choice','value':['late','damaged']}},"
                    + "'attributes':{'region':'north'}}"));

    assertThat(r.id()).isEqualTo("r-1");
    assertThat(r.tenant().value()).isEqualTo("acme");
    assertThat(r.surveyId()).isEqualTo("post-delivery");
    assertThat(r.surveyVersion()).isEqualTo(2);
    assertThat(r.respondent()).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo("customer-42"));
    assertThat(r.touchpoint()).contains("delivery");
    assertThat(r.channel()).isEqualTo(Channel.IN_APP);
    assertThat(r.submittedAt()).isEqualTo(Instant.parse("2026-11-22T10:15:30.250Z"));
    assertThat(r.locale()).contains(Locale.forLanguageTag("sv"));
    assertThat(r.idempotencyKey()).isEqualTo("order-1234");
    assertThat(r.answers())
        .containsExactly(
            new ScoreAnswer("nps", 3),
            new TextAnswer("comment", "Sent"),
            new ThumbsAnswer("helpful", true),
            ChoiceAnswer.of("reasons", "late", "damaged"));
    assertThat(r.attributes()).containsExactly(Map.entry("region", "north"));
  }

  @Test
  void defaultsTheResponseIdToARandomUuidAndTheKeyToTheId() {
    Response r = codec.readResponse(Documents.responseWith(""));

    assertThat(r.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(r.idempotencyKey()).isEqualTo(r.id());
  }

  @Test
  void acceptsAnInstantWithAnOffset() {
    Response r =
        codec.readResponse(
            Documents.response().replace("2026-11-22T10:15:30Z", "2026-11-22T11:15:30+01:00"));

    assertThat(r.submittedAt()).isEqualTo(Instant.parse("2026-11-22T10:15:30Z"));
  }

  @Test
  void passesAQuestionAnsweredTwiceOnToValidation() {
    Response r =
        codec.readResponse(
            Documents.responseWith(
                json("'nps':{'type':'score','value':3},'nps':{'type':'score','value':9}")));

    assertThat(r.answers()).containsExactly(new ScoreAnswer("nps", 3), new ScoreAnswer("nps", 9));
    Survey survey = codec.readSurvey(Documents.survey().replace("post-delivery", "s"));
    assertThat(io.feedbackloop.core.validation.ResponseValidator.validate(r, survey))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("/answers/nps");
              assertThat(p.code()).isEqualTo(ProblemCode.DUPLICATE_ANSWER);
            });
  }

  @Test
  void readsBytesStreamsAndStringsAlike() {
    byte[] bytes = Documents.response().getBytes(StandardCharsets.UTF_8);

    Response fromString = codec.readResponse(Documents.response());
    assertThat(codec.readResponse(bytes)).isEqualTo(fromString);
    assertThat(codec.readResponse(new ByteArrayInputStream(bytes))).isEqualTo(fromString);
    byte[] survey = Documents.survey().getBytes(StandardCharsets.UTF_8);
    assertThat(codec.readSurvey(survey))
        .isEqualTo(codec.readSurvey(new ByteArrayInputStream(survey)))
        .isEqualTo(codec.readSurvey(Documents.survey()));
  }

  private static io.feedbackloop.core.survey.LocalizedText text(String english) {
    return io.feedbackloop.core.survey.LocalizedText.of(Locale.ENGLISH, english);
  }
}
