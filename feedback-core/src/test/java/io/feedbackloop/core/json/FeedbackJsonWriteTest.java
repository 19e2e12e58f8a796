package io.feedbackloop.core.json;

import static io.feedbackloop.core.json.Documents.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Choice;
import io.feedbackloop.core.survey.CsatQuestion;
import io.feedbackloop.core.survey.DisplayCondition;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.MultipleChoiceQuestion;
import io.feedbackloop.core.survey.NpsQuestion;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.SmileyQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.TextQuestion;
import io.feedbackloop.core.survey.ThumbsQuestion;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackJsonWriteTest {
  private static final Locale SV = Locale.forLanguageTag("sv");
  private final FeedbackJson codec = FeedbackJson.ofDefaults();

  @Test
  void writesEveryPropertyOfADefinitionExplicitlyInTheDocumentedOrder() {
    LocalizedText how = LocalizedText.of(Locale.ENGLISH, "How likely?").with(SV, "Hur troligt?");
    Survey survey =
        Survey.builder("post-delivery")
            .version(3)
            .name("Post-delivery NPS")
            .touchpoint("delivery")
            .metadata("owner", "cx")
            .question(
                new NpsQuestion("nps", how, true, null,
                    Map.of(0, LocalizedText.of(Locale.ENGLISH, "Not at all likely"))))
            .question(
                new CsatQuestion("csat", LocalizedText.of(Locale.ENGLISH, "Happy?"), true,
                    DisplayCondition.scoreBetween("nps", 0, 6), Scale.csat(), Map.of()))
            .question(SmileyQuestion.of("face", LocalizedText.of(Locale.ENGLISH, "Mood"), 3))
            .question(
                MultipleChoiceQuestion.of("why", LocalizedText.of(Locale.ENGLISH, "Why?"),
                    List.of(Choice.of("late", Locale.ENGLISH, "Late"))))
            .question(
                ThumbsQuestion.of("ok", LocalizedText.of(Locale.ENGLISH, "OK?"))
                    .withShowIf(DisplayCondition.choiceAmong("why", "late")))
            .question(TextQuestion.of("comment", LocalizedText.of(Locale.ENGLISH, "Tell us")))
            .build();

    assertThat(codec.writeSurvey(survey))
        .isEqualTo(
            json(
                "{'schemaVersion':1,'id':'post-delivery','version':3,'name':'Post-delivery NPS',"
                    + "'touchpoint':'delivery','defaultLocale':'en','metadata':{'owner':'cx'},'questions':["
                    + "{'type':'nps','id':'nps','text':{'en':'How likely?','sv':'Hur troligt?'},'required':true,"
                    + "'labels':{'0':{'en':'Not at all likely'}}},"
                    + "{'type':'csat','id':'csat','text':{'en':'Happy?'},'required':true,"
                    + "'showIf':{'type':'score_between','question':'nps','min':0,'max':6},"
                    + "'scale':{'min':1,'max':5,'step':1,'direction':'ascending','metric':'csat','positiveFrom':4}},"
                    + "{'type':'smiley','id':'face','text':{'en':'Mood'},'required':true,'faces':3},"
                    + "{'type':'multiple_choice','id':'why','text':{'en':'Why?'},'required':true,"
                    + "'choices':[{'id':'late','label':{'en':'Late'}}],'minSelections':1,'maxSelections':1},"
                    + "{'type':'thumbs','id':'ok','text':{'en':'OK?'},'required':true,"
                    + "'showIf':{'type':'choice_among','question':'why','choices':['late']}},"
                    + "{'type':'text','id':'comment','text':{'en':'Tell us'},'required':false,'maxLength':2000}]}"));
  }

  @Test
  void writesAResponseAndItsAnswersInOrder() {
    Response r =
        Response.builder(TenantId.of("acme"), "post-delivery")
            .id("r-1")
            .channel(Channel.EMAIL)
            .submittedAt(Instant.parse("2026-11-22T10:15:30Z"))
            .locale(SV)
            .answer("nps", 3)
            .answer("comment", "Paketet kom \"för\" sent\n")
            .answer("helpful", true)
            .choices("reasons", "late", "damaged")
            .attribute("region", "north")
            .build();

    String expected =
        json(
            "{'schemaVersion':1,'id':'r-1','tenant':'acme','survey':{'id':'post-delivery','version':1},"
                + "'channel':'email','submittedAt':'2026-11-22T10:15:30Z','locale':'sv','idempotencyKey':'r-1',"
                + "'answers':{'nps':{'type':'score','value':3},'comment':{'type':'text','value':'Paketet kom \\'för\\' sent\\n'},"
                + "'helpful':{'type':'thumbs','value':true},'reasons':{'type':'choice','value':['late','damaged']}},"
                + "'attributes':{'region':'north'}}");
    assertThat(codec.writeResponse(r)).isEqualTo(expected);
    assertThat(new String(codec.writeResponseBytes(r), StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void writesAQuestionAnsweredTwiceAsTwoMembersThatReadBack() {
    Response r =
        Response.builder(TenantId.of("acme"), "s")
            .id("r-2")
            .submittedAt(Instant.EPOCH)
            .answer("nps", 3)
            .answer("nps", 9)
            .build();

    assertThat(codec.writeResponse(r)).contains(json("'answers':{'nps':{'type':'score','value':3},'nps':{'type':'score','value':9}}"));
    assertThat(codec.readResponse(codec.writeResponseBytes(r))).isEqualTo(r);
  }

  @Test
  void aLoneSurrogateInATextSurvivesTheBytesRoundTrip() {
    Response r =
        Response.builder(TenantId.of("acme"), "s")
            .id("r-3")
            .submittedAt(Instant.EPOCH)
            .answer("comment", "broken \ud83d pair and a real one \ud83d\ude00")
            .build();

    assertThat(codec.readResponse(codec.writeResponseBytes(r))).isEqualTo(r);
    assertThat(codec.readResponse(codec.writeResponse(r))).isEqualTo(r);
  }
}
