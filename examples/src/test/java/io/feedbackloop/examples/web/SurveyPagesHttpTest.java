package io.feedbackloop.examples.web;

import static io.feedbackloop.examples.web.SurveyHttp.all;
import static io.feedbackloop.examples.web.SurveyHttp.fieldset;
import static io.feedbackloop.examples.web.SurveyHttp.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.store.ResponseQuery;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.link.IssuedLink;
import io.feedbackloop.routing.web.SurveyPages;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The survey pages over real HTTP: a {@link SurveyServer} on port 0 serving the demo loop, driven
 * by the JDK's HTTP client as a browser without script would: open a link, choose, type, post,
 * read the thank-you page.
 */
class SurveyPagesHttpTest {
  private static final MutableClock CLOCK = MutableClock.at("2026-03-02T09:00:00Z");
  private static SurveyServer server;
  private static SurveyDemo demo;
  private static SurveyHttp http;

  @BeforeAll
  static void serve() throws Exception {
    server = SurveyServer.bind(0);
    demo = SurveyDemo.create(server.baseUri(), CLOCK);
    server.start(demo.pages(), demo::indexPage);
    http = new SurveyHttp(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String path(IssuedLink link) {
    return link.url().getRawPath();
  }

  private static long stored(String respondent) {
    return demo.loop().responses().count(
        ResponseQuery.builder(SurveyDemo.TENANT)
            .respondent(RespondentId.of(respondent))
            .build());
  }

  @Test
  void theLinkOpensAnAccessibleNpsFormInTheCustomersLanguage() throws Exception {
    IssuedLink link = demo.issue(DemoRespondent.speaking("pl"));
    HttpResponse<String> page = http.get(path(link));
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"pl\">");
    assertThat(one(html, "<form method=\"post\" action=\"([^\"]*)\"")).isEqualTo(path(link));
    String nps = fieldset(html, "nps");
    assertThat(all(nps, "<input type=\"radio\" id=\"q-nps-(\\d+)\" name=\"q.nps\""))
        .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    assertThat(all(nps, "<label for=\"(q-nps-\\d+)\">")).hasSize(11);
    assertThat(nps).contains("<legend>").doesNotContain("checked");
    assertThat(html).contains("<textarea id=\"q-comment\" name=\"q.comment\"");
    assertThat(html).contains(">Wyślij</button>");
  }

  @Test
  void aPromoterIsThankedAndAskedForAReview() throws Exception {
    IssuedLink link = demo.issue(DemoRespondent.speaking("en"));
    HttpResponse<String> thanks =
        http.post(path(link), "q.nps", "10", "q.comment", "Fast & friendly <3", "lang", "en");
    assertThat(thanks.statusCode()).isEqualTo(200);
    assertThat(one(thanks.body(), "<h1>(.*?)</h1>")).isEqualTo("Thank you!");
    assertThat(thanks.body())
        .contains("Would you tell others in a short review?")
        .contains("href=\"" + SurveyDemo.REVIEW_URL + "\"")
        .doesNotContain("id=\"contact\"");
  }

  @Test
  void aPassiveIsAskedWhatWouldHaveMadeItGreat() throws Exception {
    IssuedLink link = demo.issue(DemoRespondent.speaking("en"));
    HttpResponse<String> thanks = http.post(path(link), "q.nps", "8", "lang", "en");
    assertThat(thanks.statusCode()).isEqualTo(200);
    assertThat(one(thanks.body(), "<h1>(.*?)</h1>")).isEqualTo("Thank you for your feedback");
    assertThat(thanks.body()).doesNotContain(SurveyDemo.REVIEW_URL.toString(), "id=\"contact\"");
  }

  @Test
  void aDetractorIsToldByWhenSomeoneWillCallInTheirZoneAndLanguage() throws Exception {
    IssuedLink link = demo.issue(DemoRespondent.speaking("pl"));
    HttpResponse<String> thanks =
        http.post(path(link), "q.nps", "3", "q.comment", "Paczka przyszła uszkodzona", "lang", "pl");
    assertThat(thanks.statusCode()).isEqualTo(200);
    assertThat(one(thanks.body(), "<h1>(.*?)</h1>")).isEqualTo("Dziękujemy za informację");
    String contact = one(thanks.body(), "<p id=\"contact\">(.*?)</p>");
    // a case with a 24-hour first-contact SLA: 2026-03-03 09:00 UTC is 10:00 in Warsaw
    assertThat(contact)
        .startsWith("Ktoś z naszego zespołu skontaktuje się z Tobą do")
        .contains("2026", "10:00", "CET");
    assertThat(demo.casesOpened()).isNotEmpty();
  }

  @Test
  void aOneClickScoreIsPreselected() throws Exception {
    IssuedLink link = demo.issue(DemoRespondent.speaking("en"));
    String html = http.get(path(link) + "?score=3").body();
    assertThat(all(fieldset(html, "nps"), "id=\"q-nps-(\\d+)\"[^>]* checked")).containsExactly("3");
  }

  @Test
  void aScoreOutOfRangeIsRefusedNextToTheQuestionAndTheAnswersAreKept() throws Exception {
    long before = stored("customer-en");
    IssuedLink link = demo.issue(DemoRespondent.speaking("en"));
    HttpResponse<String> page =
        http.post(path(link), "q.nps", "11", "q.comment", "Kept <as> typed", "lang", "en");
    assertThat(page.statusCode()).isEqualTo(422);
    String nps = fieldset(page.body(), "nps");
    assertThat(nps).contains("<p class=\"err\" id=\"q-nps-err\">").contains("aria-invalid=\"true\"");
    assertThat(page.body())
        .contains("role=\"alert\"")
        .contains(">Kept &lt;as&gt; typed</textarea>");
    assertThat(stored("customer-en")).isEqualTo(before);
  }

  @Test
  void aMissingRequiredScoreIsRefusedNextToTheQuestion() throws Exception {
    IssuedLink link = demo.issue(DemoRespondent.speaking("sv"));
    HttpResponse<String> page = http.post(path(link), "q.comment", "Bra", "lang", "sv");
    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(one(fieldset(page.body(), "nps"), "<p class=\"err\" id=\"q-nps-err\">(.*?)</p>"))
        .isEqualTo("Svara på den här frågan.");
    assertThat(page.body()).contains(">Bra</textarea>");
    // the link still works after a refused answer
    assertThat(http.post(path(link), "q.nps", "9", "lang", "sv").statusCode()).isEqualTo(200);
  }

  @Test
  void submittingTwiceStoresOneResponseAndNeverFails() throws Exception {
    DemoRespondent daan = DemoRespondent.speaking("nl");
    long before = stored(daan.id());
    IssuedLink link = demo.issue(daan);
    HttpResponse<String> first = http.post(path(link), "q.nps", "6", "lang", "nl");
    HttpResponse<String> second = http.post(path(link), "q.nps", "6", "lang", "nl");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isIn(200, 404).isNotEqualTo(500);
    assertThat(second.body()).containsAnyOf("Bedankt", "Deze link is niet meer geldig");
    assertThat(stored(daan.id())).isEqualTo(before + 1);
    // and the used link, opened again, is the polite page (it names no one: the browser's language)
    HttpResponse<String> again = http.get(path(link), "nl-NL,nl;q=0.9");
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(again.body()).contains("Deze link is niet meer geldig");
  }

  @Test
  void everyPageCarriesTheSecurityHeaders() throws Exception {
    IssuedLink link = demo.issue(DemoRespondent.speaking("de"));
    for (HttpResponse<String> r :
        List.of(http.get(path(link)), http.get("/s/unknown-token"), http.get("/nowhere"))) {
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .hasValue(SurveyPages.CONTENT_SECURITY_POLICY);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
      assertThat(r.headers().firstValue("Cache-Control")).isPresent();
    }
    assertThat(SurveyPages.CONTENT_SECURITY_POLICY)
        .contains("default-src 'none'", "frame-ancestors 'none'");
  }

  @Test
  void anUnknownTokenGetsThePolitePage() throws Exception {
    HttpResponse<String> r = http.get("/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "de-DE,de;q=0.9");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(one(r.body(), "<h1>(.*?)</h1>")).isEqualTo("Dieser Link ist nicht mehr gültig");
    HttpResponse<String> post = http.post("/s/unknown", "q.nps", "5");
    assertThat(post.statusCode()).isEqualTo(404);
  }
}
