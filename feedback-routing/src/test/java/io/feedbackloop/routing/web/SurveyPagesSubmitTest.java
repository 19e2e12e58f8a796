package io.feedbackloop.routing.web;

import static io.feedbackloop.routing.web.WebFixtures.NPS;
import static io.feedbackloop.routing.web.WebFixtures.TENANT;
import static io.feedbackloop.routing.web.WebFixtures.count;
import static io.feedbackloop.routing.web.WebFixtures.fieldset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.response.ChoiceAnswer;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.TextAnswer;
import io.feedbackloop.core.survey.DisplayCondition;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.QuestionTemplates;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.TextQuestion;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.scoring.Category;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Submitting: validation, the second step, bad bodies, replays and the thank-you choice. */
class SurveyPagesSubmitTest {
  static final Survey FOLLOW_UP =
      Survey.builder("follow-up")
          .question(QuestionTemplates.nps("nps"))
          .question(
              TextQuestion.of("why", LocalizedText.of(Locale.ENGLISH, "Why so low?"))
                  .withRequired(true)
                  .withShowIf(DisplayCondition.scoreBetween("nps", 0, 6))
                  .withMaxLength(10))
          .build();

  private final WebFixtures f =
      new WebFixtures(
          List.of(NPS, FOLLOW_UP, SurveyPagesRenderTest.ALL),
          ThankYouPages.builder()
              .page(
                  Category.POSITIVE,
                  Locale.ENGLISH,
                  ThankYouPage.of("Thanks, <friend>!", "Tell others & win").withLink("Review us", URI.create("https://reviews.example/acme?a=1&b=2")))
              .build());

  @Test
  void aValidationProblemShowsTheFormAgainWithEveryAnswerKeptAndTheProblemNextToItsQuestion() {
    String token = f.link(SurveyPagesRenderTest.ALL, "c-pl");

    WebPage page =
        f.pages.submit(
            token,
            Map.of(
                "q.csat", List.of("4"),
                "q.ces", List.of("9"),
                "q.thumb", List.of("sideways"),
                "q.channel", List.of("phone"),
                "q.topics", List.of("price", "speed", "staff"),
                "q.note", List.of("<script>x</script> & \"more\"")),
            null);

    assertThat(page.status()).isEqualTo(422);
    String html = page.body();
    assertThat(html).contains("<html lang=\"pl\">")
        .contains("<div class=\"summary\" role=\"alert\" id=\"summary\">")
        .contains("Sprawdź zaznaczone poniżej odpowiedzi.");
    assertThat(fieldset(html, "csat")).contains("value=\"4\" checked").doesNotContain("q-csat-err");
    assertThat(fieldset(html, "ces")).contains("<p class=\"err\" id=\"q-ces-err\">Wybierz jedną z opcji.</p>")
        .contains("aria-describedby=\"q-ces-err\"").contains("aria-invalid=\"true\"");
    assertThat(fieldset(html, "stars")).contains("<p class=\"err\" id=\"q-stars-err\">Odpowiedz na to pytanie.</p>");
    assertThat(fieldset(html, "thumb")).contains("id=\"q-thumb-err\">Wybierz jedną z opcji.</p>");
    assertThat(fieldset(html, "topics")).contains("id=\"q-topics-err\">Wybierz najwyżej 2.</p>")
        .contains("aria-describedby=\"q-topics-hint q-topics-err\"")
        .contains("value=\"price\" checked").contains("value=\"staff\" checked");
    assertThat(fieldset(html, "note")).contains(">&lt;script&gt;x&lt;/script&gt; &amp; &quot;more&quot;</textarea>");
    assertThat(html).doesNotContain("is required but not answered").doesNotContain("missing_answer");
    assertThat(f.loop.responses().get(TENANT, "link-inv-c-pl")).isEmpty();
    assertThat(f.loop.links().orElseThrow().open(token)).isNotNull();
  }

  @Test
  void aTooLongTextIsShownWithItsLimit() {
    WebPage page = f.pages.submit(f.link(FOLLOW_UP, "c-1"), "q.nps=3&q.why=" + "x".repeat(11), null);

    assertThat(page.status()).isEqualTo(422);
    assertThat(fieldset(page.body(), "why")).contains("<p class=\"err\" id=\"q-why-err\">Please shorten your answer to 10 characters.</p>")
        .contains("aria-describedby=\"q-why-hint q-why-err\"");
  }

  @Test
  void aShownRequiredFollowUpLeftOutComesBackAsASecondStepWithTheEarlierAnswersKept() {
    String token = f.link(FOLLOW_UP, "c-1");

    WebPage step = f.pages.submit(token, "lang=en&tz=Europe%2FStockholm&q.nps=4", null);

    assertThat(step.status()).isEqualTo(200);
    String html = step.body();
    assertThat(html).contains("<h1>One more question</h1>")
        .contains("<input type=\"hidden\" name=\"q.nps\" value=\"4\">")
        .contains("<input type=\"hidden\" name=\"step\" value=\"2\">")
        .contains("<input type=\"hidden\" name=\"tz\" value=\"Europe/Stockholm\">")
        .doesNotContain("f-nps").doesNotContain("role=\"alert\"");
    assertThat(fieldset(html, "why")).startsWith("<fieldset id=\"f-why\">")
        .contains("maxlength=\"10\" rows=\"4\" required");

    WebPage again = f.pages.submit(token, "lang=en&tz=Europe%2FStockholm&step=2&q.nps=4", null);
    assertThat(again.status()).isEqualTo(422);
    assertThat(fieldset(again.body(), "why")).contains("Please answer this question.");

    WebPage done = f.pages.submit(token, "lang=en&tz=Europe%2FStockholm&step=2&q.nps=4&q.why=Slow", null);
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.body()).contains("<h1>Thank you for telling us</h1>").contains("(CET)");
    assertThat(f.loop.responses().get(TENANT, "link-inv-c-1").orElseThrow().answers())
        .containsExactly(new ScoreAnswer("nps", 4), new TextAnswer("why", "Slow"));
  }

  @Test
  void answersToQuestionsWhoseConditionIsFalseAreDropped() {
    WebPage page = f.pages.submit(f.link(FOLLOW_UP, "c-1"), "q.nps=9&q.why=ignored", null);

    assertThat(page.status()).isEqualTo(200);
    assertThat(f.loop.responses().get(TENANT, "link-inv-c-1").orElseThrow().answers())
        .containsExactly(new ScoreAnswer("nps", 9));
  }

  @Test
  void choicesThumbsAndTextsAreParsed() {
    WebPage page =
        f.pages.submit(
            f.link(SurveyPagesRenderTest.ALL, "c-1"),
            "q.csat=5&q.ces=6&q.stars=4&q.mood=5&q.mood3=2&q.thumb=up&q.channel=phone&q.topics=price&q.topics=staff"
                + "&q.note=line1%0D%0Aline2&unknown=1",
            null);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Thanks, &lt;friend&gt;!</h1>")
        .contains("<p><a href=\"https://reviews.example/acme?a=1&amp;b=2\" rel=\"noopener noreferrer\">Review us</a></p>");
    assertThat(f.loop.responses().get(TENANT, "link-inv-c-1").orElseThrow().answers())
        .contains(new ChoiceAnswer("topics", List.of("price", "staff")), new TextAnswer("note", "line1\nline2"))
        .hasSize(9);
  }

  @Test
  void aBadlyEncodedBodyGetsA400AndNothingIsStored() {
    String token = f.link("c-1");

    WebPage badEscape = f.pages.submit(token, "q.nps=1%G1", "de");
    WebPage notUtf8 = f.pages.submit(token, "q.nps=1&q.comment=%C3%28", "de");

    assertThat(badEscape.status()).isEqualTo(400);
    assertThat(badEscape.body()).contains("<html lang=\"de\">").contains("Ihre Antwort konnte nicht gelesen werden");
    assertThat(notUtf8.status()).isEqualTo(400);
    assertThat(f.loop.responses().get(TENANT, "link-inv-c-1")).isEmpty();
    assertThat(f.pages.submit(token, "q.nps=1", null).status()).isEqualTo(200);
  }

  @Test
  void aUsedLinkWhoseAnswerIsStoredShowsTheThankYouPageAgainAlsoAfterItExpired() {
    String token = f.link("c-pl");
    WebPage first = f.pages.submit(token, "q.nps=1", null);
    f.clock.advance(java.time.Duration.ofDays(30));

    WebPage again = f.pages.submit(token, "", null);

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body()).contains("<p id=\"contact\">Ktoś z naszego zespołu skontaktuje się z Tobą do ");
    assertThat(f.pages.render(token, null, null).status()).isEqualTo(404);
  }

  @Test
  void theBrowserZoneIsUsedWhenTheContactHasNoneElseTheDefaultZone() {
    WebPage browser = f.pages.submit(f.link("c-1"), "q.nps=0&tz=America%2FNew_York", null);
    WebPage bogus = f.pages.submit(f.link("c-2"), "q.nps=0&tz=Mars%2FOlympus", null);

    assertThat(browser.body()).contains("(EST)");
    assertThat(bogus.body()).contains("(UTC)");
  }

  @Test
  void theBuilderNeedsALoopWithLinksAndChecksTheFormAction() {
    FeedbackLoop noLinks = FeedbackLoop.builder().survey(NPS).team(Team.of("support", "ana")).build();

    assertThatThrownBy(() -> SurveyPages.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SurveyPages needs loop(...), but none was set");
    assertThatThrownBy(() -> SurveyPages.builder().loop(noLinks).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SurveyPages needs a loop with survey links, but the loop was built without linkBaseUrl(...)");
    assertThatThrownBy(() -> SurveyPages.builder().formAction("/s/\"x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pathPrefix must be a URL path without spaces, quotes, '?' or '#', but was '/s/\"x'");
    SurveyPages custom = SurveyPages.builder().loop(f.loop).formAction("/feedback/s/").defaultZone(ZoneId.of("Asia/Tokyo")).build();
    String token = f.link("c-1");
    assertThat(custom.render(token, null, null).body()).contains("action=\"/feedback/s/" + token + "\"");
    assertThat(count(custom.submit(token, "q.nps=0", null).body(), "\\(JST\\)")).isEqualTo(1);
  }
}
