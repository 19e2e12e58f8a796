package io.feedbackloop.routing.web;

import static io.feedbackloop.routing.web.WebFixtures.NPS;
import static io.feedbackloop.routing.web.WebFixtures.TENANT;
import static io.feedbackloop.routing.web.WebFixtures.count;
import static io.feedbackloop.routing.web.WebFixtures.fieldset;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.TextAnswer;
import io.feedbackloop.routing.cases.FollowUpCase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The NPS vertical slice: the page, the one-click score, the answer and the thank-you pages. */
class SurveyPagesNpsTest {
  private final WebFixtures f = new WebFixtures();

  @Test
  void rendersTheNpsPageWithElevenLabelledButtonsAndTheEndLabels() {
    String token = f.link("c-1");

    WebPage page = f.pages.render(token, null, "en-US,en;q=0.8");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("content-type")).isEqualTo("text/html; charset=utf-8");
    String html = page.body();
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(html).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    assertThat(html).contains("<form method=\"post\" action=\"/s/" + token + "\" accept-charset=\"UTF-8\">");
    String nps = fieldset(html, "nps");
    assertThat(count(nps, "<input type=\"radio\" id=\"q-nps-\\d+\" name=\"q.nps\"")).isEqualTo(11);
    assertThat(count(nps, "<label for=\"q-nps-\\d+\">")).isEqualTo(11);
    assertThat(nps).contains("<legend>How likely is it that you would recommend us to a friend or colleague?"
        + " <span class=\"req\">(required)</span></legend>");
    assertThat(nps).contains("<span>0: Not at all likely</span><span>10: Extremely likely</span>");
    assertThat(nps).contains("<label for=\"q-nps-0\">0<span class=\"sr\"> Not at all likely</span></label>");
    assertThat(nps).doesNotContain("checked");
    assertThat(html).contains("<button type=\"submit\">Send</button>");
    assertThat(f.loop.responses().get(TENANT, "link-inv-c-1")).isEmpty();
  }

  @Test
  void aOneClickScorePreselectsThatScoreAndRecordsNothing() {
    String token = f.link("c-1");

    String html = f.pages.render(token, "score=9", null).body();
    String ignored = f.pages.render(token, "score=11", null).body();

    assertThat(fieldset(html, "nps")).contains("value=\"9\" class=\"t2\" checked required>");
    assertThat(count(fieldset(html, "nps"), " checked")).isEqualTo(1);
    assertThat(ignored).doesNotContain(" checked");
    assertThat(f.loop.responses().get(TENANT, "link-inv-c-1")).isEmpty();
    assertThat(f.loop.links().orElseThrow().open(token).subject().respondent()).isEqualTo(RespondentId.of("c-1"));
  }

  @Test
  void aPromoterIsThankedRightAwayAndTheAnswerIsStoredThroughTheLink() {
    String token = f.link("c-1");

    WebPage page = f.pages.submit(token, "lang=en&tz=&q.nps=10&q.comment=Fast+%26+friendly&q.praise=&q.improve=", null);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Thank you!</h1>").contains("We are glad you had a good experience.")
        .doesNotContain("<a ").doesNotContain("contact you");
    Response stored = f.loop.responses().get(TENANT, "link-inv-c-1").orElseThrow();
    assertThat(stored.answers()).containsExactly(new ScoreAnswer("nps", 10), new TextAnswer("comment", "Fast & friendly"));
    assertThat(stored.channel()).isEqualTo(Channel.LINK);
    assertThat(stored.idempotencyKey()).isEqualTo("link-inv-c-1");
    assertThat(stored.respondent()).contains(RespondentId.of("c-1"));
    assertThat(stored.locale()).contains(Locale.ENGLISH);
    assertThat(stored.submittedAt()).isEqualTo(WebFixtures.START);
  }

  @Test
  void aPassiveGetsTheNeutralPage() {
    WebPage page = f.pages.submit(f.link("c-1"), "q.nps=7", null);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Thank you for your feedback</h1>")
        .contains("We read every answer and use it to get better.")
        .doesNotContain("id=\"contact\"");
  }

  @Test
  void aDetractorIsToldByWhenSomeoneWillContactThemInTheirLanguageAndZone() {
    String token = f.link("c-pl");

    WebPage page = f.pages.submit(token, "q.nps=2&q.improve=Za+p%C3%B3%C5%BAno", "en");

    assertThat(page.status()).isEqualTo(200);
    List<FollowUpCase> cases = f.loop.cases().store().findByResponse(TENANT, "link-inv-c-pl");
    assertThat(cases).hasSize(1);
    Instant due = cases.get(0).firstContactDue().orElseThrow();
    ZonedDateTime warsaw = due.atZone(ZoneId.of("Europe/Warsaw"));
    String html = page.body();
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"pl\">");
    assertThat(html).contains("<h1>Dziękujemy za informację</h1>");
    assertThat(html).contains("<p id=\"contact\">Ktoś z naszego zespołu skontaktuje się z Tobą do ")
        .contains(String.format("%d marca 2026", warsaw.getDayOfMonth()))
        .contains(String.format("%02d:%02d (CET)", warsaw.getHour(), warsaw.getMinute()));
    assertThat(f.loop.responses().get(TENANT, "link-inv-c-pl").orElseThrow().answers())
        .containsExactly(new ScoreAnswer("nps", 2), new TextAnswer("improve", "Za późno"));
  }

  @Test
  void aDoubleSubmitStoresOneResponseAndShowsTheSameThankYouPage() {
    String token = f.link("c-1");

    WebPage first = f.pages.submit(token, "q.nps=3", null);
    f.clock.advance(java.time.Duration.ofSeconds(2));
    WebPage second = f.pages.submit(token, "q.nps=3", null);
    WebPage changed = f.pages.submit(token, "q.nps=10", null);

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(changed.body()).isEqualTo(first.body());
    assertThat(f.loop.cases().store().findByRespondent(TENANT, RespondentId.of("c-1"))).hasSize(1);
    assertThat(f.loop.responses().get(TENANT, "link-inv-c-1").orElseThrow().answers())
        .containsExactly(new ScoreAnswer("nps", 3));
    assertThat(first.body()).contains("<p id=\"contact\">Someone from our team will contact you by ");
  }

  @Test
  void theSurveyDefinitionIsTheOneInTheCatalog() {
    assertThat(NPS.questions()).extracting(q -> q.id()).containsExactly("nps", "comment", "improve", "praise");
  }
}
