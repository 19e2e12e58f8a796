package io.feedbackloop.core.json;

import static io.feedbackloop.core.json.Documents.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per kind of bad input: each asserts the code, the path and a message fragment. */
class FeedbackJsonErrorsTest {
  private final FeedbackJson codec = FeedbackJson.ofDefaults();

  @Test
  void malformedJsonIsASyntaxProblem() {
    Problem p = Problems.single(() -> codec.readResponse("{\"tenant\": }"));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_SYNTAX);
    assertThat(p.path()).isEqualTo("/tenant");
    assertThat(p.message()).startsWith("malformed JSON at line 1, column 12: Unexpected character");
  }

  @Test
  void trailingTokensAfterTheRootValueAreASyntaxProblem() {
    Problem p = Problems.single(() -> codec.readSurvey("{} {}"));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_SYNTAX);
    assertThat(p.path()).isEmpty();
    assertThat(p.message()).contains("unexpected content after the end of the root value");
  }

  @Test
  void anEmptyDocumentIsASyntaxProblem() {
    Problem p = Problems.single(() -> codec.readResponse("  "));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_SYNTAX);
    assertThat(p.message()).isEqualTo("the document is empty");
  }

  @Test
  void anUnknownPropertyIsReportedAtItsPath() {
    Problem p =
        Problems.single(
            () ->
                codec.readSurvey(
                    Documents.surveyWith(
                        json("{'type':'rating','id':'r','text':{'en':'R'},'scale':{'min':1,'max':5,"
                            + "'step':1,'direction':'ascending','metric':'none','positiveFrom':4,'colour':'red'}}"))));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_UNKNOWN_PROPERTY);
    assertThat(p.path()).isEqualTo("/questions/0/scale/colour");
    assertThat(p.message()).contains("unknown property 'colour'");
  }

  @Test
  void aPropertyOfAnotherQuestionTypeIsUnknownWhereverItStands() {
    Problem before =
        Problems.single(
            () ->
                codec.readSurvey(
                    Documents.surveyWith(json("{'faces':5,'type':'thumbs','id':'t','text':{'en':'T'}}"))));
    Problem after =
        Problems.single(
            () ->
                codec.readSurvey(
                    Documents.surveyWith(json("{'type':'thumbs','faces':5,'id':'t','text':{'en':'T'}}"))));

    assertThat(List.of(before, after))
        .allSatisfy(
            p -> {
              assertThat(p.code()).isEqualTo(ProblemCode.JSON_UNKNOWN_PROPERTY);
              assertThat(p.path()).isEqualTo("/questions/0/faces");
              assertThat(p.message()).contains("'faces'");
            });
  }

  @Test
  void aDuplicateKeyIsReportedAtTheRepeatedProperty() {
    Problem p =
        Problems.single(
            () -> codec.readResponse(Documents.response().replace("'channel'".replace('\'', '"'),
                "\"channel\":\"web\",\"channel\"")));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_DUPLICATE_KEY);
    assertThat(p.path()).isEqualTo("/channel");
    assertThat(p.message()).isEqualTo("the property 'channel' is given twice");
  }

  @Test
  void aDuplicateKeyInsideAnAnswerIsStillReported() {
    Problem p =
        Problems.single(
            () -> codec.readResponse(Documents.responseWith(json("'nps':{'type':'score','value':3,'value':4}"))));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_DUPLICATE_KEY);
    assertThat(p.path()).isEqualTo("/answers/nps/value");
    assertThat(p.message()).contains("'value' is given twice");
  }

  @Test
  void duplicateKeysAreFoundInEveryObjectOfAResponse() {
    Problem inSurvey =
        Problems.single(() -> codec.readResponse(Documents.response().replace("\"version\":1", "\"version\":1,\"id\":\"x\"")));
    Problem inAttributes =
        Problems.single(
            () -> codec.readResponse(Documents.response().replace("}}}", "}},\"attributes\":{\"a\":\"1\",\"a\":\"2\"}}")));

    assertThat(inSurvey.code()).isEqualTo(ProblemCode.JSON_DUPLICATE_KEY);
    assertThat(inSurvey.path()).isEqualTo("/survey/id");
    assertThat(inAttributes.code()).isEqualTo(ProblemCode.JSON_DUPLICATE_KEY);
    assertThat(inAttributes.path()).isEqualTo("/attributes/a");
    assertThat(inAttributes.message()).isEqualTo("the property 'a' is given twice");
  }

  @Test
  void twoTagsForOneLanguageAreADuplicateKey() {
    Problem p =
        Problems.single(
            () -> codec.readSurvey(Documents.surveyWith(json("{'type':'nps','id':'n','text':{'en':'A','EN':'B'}}"))));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_DUPLICATE_KEY);
    assertThat(p.path()).isEqualTo("/questions/0/text/EN");
    assertThat(p.message()).contains("'EN' is given twice (as 'en')");
  }

  @Test
  void everyMissingRequiredPropertyIsReported() {
    List<Problem> problems =
        Problems.of(
            () -> codec.readResponse(json("{'tenant':'acme','survey':{'id':'s','version':1},'answers':{}}")));

    assertThat(problems)
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/channel", ProblemCode.JSON_MISSING_PROPERTY),
            org.assertj.core.groups.Tuple.tuple("/submittedAt", ProblemCode.JSON_MISSING_PROPERTY));
    assertThat(problems.get(0).message()).isEqualTo("the required property 'channel' is missing");
  }

  @Test
  void aMissingPropertyOfANestedObjectHasTheNestedPath() {
    Problem p =
        Problems.single(
            () -> codec.readSurvey(Documents.surveyWith(json("{'type':'smiley','id':'s','text':{'en':'S'}}"))));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_MISSING_PROPERTY);
    assertThat(p.path()).isEqualTo("/questions/0/faces");
    assertThat(p.message()).contains("'faces' is missing");
  }

  @Test
  void aScoreWithAFractionOrInQuotesIsTheWrongType() {
    Problem fraction =
        Problems.single(() -> codec.readResponse(Documents.responseWith(json("'nps':{'type':'score','value':3.5}"))));
    Problem quoted =
        Problems.single(() -> codec.readResponse(Documents.responseWith(json("'nps':{'value':'3','type':'score'}"))));

    assertThat(fraction.code()).isEqualTo(ProblemCode.JSON_WRONG_TYPE);
    assertThat(fraction.path()).isEqualTo("/answers/nps/value");
    assertThat(fraction.message()).contains("must be an integer, but was a number with a fraction");
    assertThat(quoted.code()).isEqualTo(ProblemCode.JSON_WRONG_TYPE);
    assertThat(quoted.path()).isEqualTo("/answers/nps/value");
    assertThat(quoted.message()).contains("but was a string");
  }

  @Test
  void aWrongTypeDeepInADefinitionHasItsPath() {
    Problem p =
        Problems.single(
            () ->
                codec.readSurvey(
                    Documents.surveyWith(
                        json("{'type':'csat','id':'c','text':{'en':'C'},'scale':{'min':1,'max':'5'}}"))));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_WRONG_TYPE);
    assertThat(p.path()).isEqualTo("/questions/0/scale/max");
    assertThat(p.message()).isEqualTo("max must be an integer, but was a string");
  }

  @Test
  void aTextAnswerOfTheWrongTypeDoesNotQuoteIt() {
    Problem p =
        Problems.single(
            () -> codec.readResponse(Documents.responseWith(json("'c':{'type':'choice','value':'Paketet kom sent'}"))));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_WRONG_TYPE);
    assertThat(p.path()).isEqualTo("/answers/c/value");
    assertThat(p.message()).doesNotContain("Paketet");
  }

  @Test
  void anUnknownQuestionTypeIsAnInvalidValue() {
    Problem p =
        Problems.single(
            () -> codec.readSurvey(Documents.surveyWith(json("{'type':'stars','id':'s','text':{'en':'S'}}"))));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_INVALID_VALUE);
    assertThat(p.path()).isEqualTo("/questions/0/type");
    assertThat(p.message()).startsWith("type must be one of nps, csat, ces").endsWith("but was 'stars'");
  }

  @Test
  void unknownEnumNamesAreInvalidValues() {
    Problem channel =
        Problems.single(() -> codec.readResponse(Documents.response().replace("email", "pigeon")));
    Problem answerType =
        Problems.single(() -> codec.readResponse(Documents.responseWith(json("'n':{'type':'stars','value':3}"))));

    assertThat(channel.code()).isEqualTo(ProblemCode.JSON_INVALID_VALUE);
    assertThat(channel.path()).isEqualTo("/channel");
    assertThat(channel.message()).contains("channel must be one of email, sms").contains("'pigeon'");
    assertThat(answerType.path()).isEqualTo("/answers/n/type");
    assertThat(answerType.message()).contains("type must be one of score, thumbs, choice, text");
  }

  @Test
  void aBadLocaleTagIsAnInvalidValue() {
    Problem p = Problems.single(() -> codec.readSurvey(Documents.survey().replace("\"en\",", "\"en_US!\",")));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_INVALID_VALUE);
    assertThat(p.path()).isEqualTo("/defaultLocale");
    assertThat(p.message()).contains("BCP 47 language tag");
  }

  @Test
  void aBadInstantIsAnInvalidValue() {
    Problem p =
        Problems.single(() -> codec.readResponse(Documents.response().replace("2026-11-22T10:15:30Z", "2026-02-30T10:15:30Z")));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_INVALID_VALUE);
    assertThat(p.path()).isEqualTo("/submittedAt");
    assertThat(p.message()).contains("must be an ISO-8601 instant");
  }

  @Test
  void aModelRuleIsAnInvalidValueWithTheModelsMessageAtTheProperty() {
    Problem p =
        Problems.single(
            () ->
                codec.readSurvey(
                    Documents.surveyWith(
                        json("{'type':'rating','id':'r','text':{'en':'R'},'scale':{'min':5,'max':1,"
                            + "'step':1,'direction':'ascending','metric':'none','positiveFrom':4}}"))));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_INVALID_VALUE);
    assertThat(p.path()).isEqualTo("/questions/0/scale/max");
    assertThat(p.message()).isEqualTo("max must be > min (5), but was 1");
  }

  @Test
  void aLabelOffTheScaleIsReportedAtTheLabel() {
    Problem p =
        Problems.single(
            () -> codec.readSurvey(Documents.surveyWith(json("{'type':'nps','id':'n','text':{'en':'N'},'labels':{'11':{'en':'x'}}}"))));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_INVALID_VALUE);
    assertThat(p.path()).isEqualTo("/questions/0/labels/11");
    assertThat(p.message()).contains("label value of question n must be on the scale 0..10");
  }

  @Test
  void aBadIdentifierIsReportedWhereItStands() {
    Problem p =
        Problems.single(() -> codec.readResponse(Documents.responseWith(json("'no way':{'type':'score','value':3}"))));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_INVALID_VALUE);
    assertThat(p.path()).isEqualTo("/answers/no way");
    assertThat(p.message()).startsWith("questionId must be 1-64 characters");
  }

  @Test
  void aBrokenSurveyRuleFailsWithTheSurveysOwnProblems() {
    List<Problem> problems =
        Problems.of(
            () ->
                codec.readSurvey(
                    Documents.surveyWith(
                        json("{'type':'thumbs','id':'a','text':{'sv':'Hej'}},"
                            + "{'type':'thumbs','id':'b','text':{'en':'B'},"
                            + "'showIf':{'type':'score_between','question':'zzz','min':0,'max':1}}"))));

    assertThat(problems)
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/questions/0/text", ProblemCode.MISSING_TEXT),
            org.assertj.core.groups.Tuple.tuple("/questions/1/showIf/question", ProblemCode.BAD_CONDITION));
  }

  @Test
  void aDefinitionNeedsSchemaVersionOne() {
    Problem missing = Problems.single(() -> codec.readSurvey(Documents.survey().replace("\"schemaVersion\":1,", "")));
    Problem two = Problems.single(() -> codec.readSurvey(Documents.survey().replace("\"schemaVersion\":1", "\"schemaVersion\":2")));
    Problem responseTwo =
        Problems.single(() -> codec.readResponse(Documents.response().replace("{", "{\"schemaVersion\":3,")));

    assertThat(missing.code()).isEqualTo(ProblemCode.JSON_MISSING_PROPERTY);
    assertThat(missing.path()).isEqualTo("/schemaVersion");
    assertThat(two.code()).isEqualTo(ProblemCode.JSON_UNSUPPORTED_VERSION);
    assertThat(two.path()).isEqualTo("/schemaVersion");
    assertThat(two.message()).isEqualTo("schemaVersion must be 1 (the only version this SDK reads), but was 2");
    assertThat(responseTwo.code()).isEqualTo(ProblemCode.JSON_UNSUPPORTED_VERSION);
  }

  @Test
  void aHugeIntegerIsAnInvalidValueNotAnOverflow() {
    Problem p =
        Problems.single(() -> codec.readResponse(Documents.responseWith(json("'n':{'type':'score','value':99999999999}"))));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_INVALID_VALUE);
    assertThat(p.path()).isEqualTo("/answers/n/value");
    assertThat(p.message()).contains("integer from -2147483648 to 2147483647");
  }

  @Test
  void invalidUtf8IsASyntaxProblem() {
    byte[] bytes = Documents.response().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    bytes[Documents.response().indexOf("acme")] = (byte) 0xC3; // a lead byte before 'c'
    Problem p = Problems.single(() -> codec.readResponse(bytes));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_SYNTAX);
    assertThat(p.path()).isEqualTo("/tenant");
    assertThat(p.message()).contains("Invalid UTF-8 middle byte");
  }
}
