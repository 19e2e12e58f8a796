package io.feedbackloop.routing.web;

import static io.feedbackloop.routing.web.WebFixtures.NPS;
import static io.feedbackloop.routing.web.WebFixtures.count;
import static io.feedbackloop.routing.web.WebFixtures.element;
import static io.feedbackloop.routing.web.WebFixtures.fieldset;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.survey.Choice;
import io.feedbackloop.core.survey.DisplayCondition;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.MultipleChoiceQuestion;
import io.feedbackloop.core.survey.QuestionTemplates;
import io.feedbackloop.core.survey.SingleChoiceQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.TextQuestion;
import io.feedbackloop.routing.internal.web.PageAssets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Rendering: every question type, accessibility, escaping, languages, CSP and invalid links. */
class SurveyPagesRenderTest {
  private static final Locale EN = Locale.ENGLISH;

  static final Survey ALL =
      Survey.builder("all-types")
          .question(QuestionTemplates.csat("csat"))
          .question(QuestionTemplates.ces("ces"))
          .question(io.feedbackloop.core.survey.RatingQuestion.of("stars", LocalizedText.of(EN, "Stars?")))
          .question(QuestionTemplates.smiley("mood", 5))
          .question(QuestionTemplates.smiley("mood3", 3))
          .question(QuestionTemplates.thumbs("thumb"))
          .question(
              SingleChoiceQuestion.of(
                  "channel",
                  LocalizedText.of(EN, "How did you order?"),
                  List.of(Choice.of("web", EN, "Web"), Choice.of("phone", EN, "Phone"))))
          .question(
              new MultipleChoiceQuestion(
                  "topics",
                  LocalizedText.of(EN, "Which topics?"),
                  false,
                  DisplayCondition.choiceAmong("channel", "phone"),
                  List.of(Choice.of("price", EN, "Price"), Choice.of("speed", EN, "Speed"), Choice.of("staff", EN, "Staff")),
                  1,
                  2))
          .question(TextQuestion.of("note", LocalizedText.of(EN, "Anything else?")).withMaxLength(500))
          .build();

  static final Survey EVIL =
      Survey.builder("evil")
          .question(
              SingleChoiceQuestion.of(
                  "pick",
                  LocalizedText.of(EN, "<script>alert(1)</script> \"quoted\" & 'single'"),
                  List.of(Choice.of("a", EN, "<b>bold</b> & \"co\""))))
          .build();

  private final WebFixtures f = new WebFixtures(List.of(NPS, ALL, EVIL), ThankYouPages.ofDefaults());

  @Test
  void rendersEveryQuestionTypeAccessibly() {
    String html = f.pages.render(f.link(ALL, "c-1"), null, null).body();

    assertThat(count(html, "<fieldset id=\"f-")).isEqualTo(9);
    assertThat(count(html, "<legend>")).isEqualTo(9);
    String csat = fieldset(html, "csat");
    assertThat(count(csat, "type=\"radio\"")).isEqualTo(5);
    assertThat(csat).contains("<label for=\"q-csat-5\">5<small>Very satisfied</small></label>");
    assertThat(count(fieldset(html, "ces"), "type=\"radio\"")).isEqualTo(7);
    assertThat(count(fieldset(html, "stars"), "type=\"radio\" id=\"q-stars-[1-5]\" name=\"q.stars\"")).isEqualTo(5);
    String mood = fieldset(html, "mood");
    assertThat(count(mood, "<span class=\"face\" aria-hidden=\"true\">")).isEqualTo(5);
    assertThat(mood).containsPattern("<label for=\"q-mood-1\"><span class=\"face\" aria-hidden=\"true\">[^<]+</span><small>[^<]+</small></label>");
    assertThat(count(fieldset(html, "mood3"), "type=\"radio\"")).isEqualTo(3);
    String thumb = fieldset(html, "thumb");
    assertThat(thumb).contains("name=\"q.thumb\" value=\"up\"").contains("name=\"q.thumb\" value=\"down\"")
        .contains("<small>Thumbs up</small>").contains("<small>Thumbs down</small>");
    String channel = fieldset(html, "channel");
    assertThat(channel).contains("<label class=\"opt\" for=\"q-channel-phone\"><input type=\"radio\" id=\"q-channel-phone\""
        + " name=\"q.channel\" value=\"phone\" class=\"t1\" required> Phone</label>");
    String topics = fieldset(html, "topics");
    assertThat(topics).startsWith("<fieldset id=\"f-topics\" class=\"c c1\" aria-describedby=\"q-topics-hint\">");
    assertThat(count(topics, "type=\"checkbox\"")).isEqualTo(3);
    assertThat(topics).contains("<p class=\"hint\" id=\"q-topics-hint\">Choose 1 to 2 options.</p>");
    assertThat(topics).doesNotContain("required");
    String note = fieldset(html, "note");
    assertThat(note).contains("<legend><label for=\"q-note\">Anything else?</label></legend>")
        .contains("<p class=\"hint\" id=\"q-note-hint\">Up to 500 characters.</p>")
        .contains("<textarea id=\"q-note\" name=\"q.note\" maxlength=\"500\" rows=\"4\" aria-describedby=\"q-note-hint\"></textarea>");
  }

  @Test
  void conditionalQuestionsAreHiddenByCssOnTheCheckedInputsThatShowThem() {
    String html = f.pages.render(f.link("c-1"), null, null).body();

    assertThat(fieldset(html, "improve")).startsWith("<fieldset id=\"f-improve\" class=\"c c1\"");
    assertThat(fieldset(html, "praise")).startsWith("<fieldset id=\"f-praise\" class=\"c c2\"");
    String nps = fieldset(html, "nps");
    assertThat(nps).contains("value=\"0\" class=\"t1\"").contains("value=\"6\" class=\"t1\"")
        .contains("value=\"7\" required").contains("value=\"8\" required")
        .contains("value=\"9\" class=\"t2\"").contains("value=\"10\" class=\"t2\"");
    assertThat(PageAssets.STYLE).contains("@supports selector(:has(a)){.c{display:none}")
        .contains("form:has(.t1:checked) .c1{display:block}")
        .contains("form:has(.t16:checked) .c16{display:block}");
    assertThat(html).doesNotContain("<textarea id=\"q-improve\" name=\"q.improve\" maxlength=\"2000\" rows=\"4\" required");
  }

  @Test
  void everythingAdminsWroteIsEscaped() {
    String html = f.pages.render(f.link(EVIL, "c-1"), null, null).body();

    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;")
        .contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;co&quot;")
        .doesNotContain("<script>alert")
        .doesNotContain("<b>");
    assertThat(count(html, "<script>")).isEqualTo(1);
  }

  @Test
  void theContentSecurityPolicyAllowsExactlyThePagesStyleAndScriptByHash() throws Exception {
    WebPage page = f.pages.render(f.link("c-1"), null, null);
    String html = page.body();

    String csp = page.header("Content-Security-Policy");
    assertThat(csp).isEqualTo(SurveyPages.CONTENT_SECURITY_POLICY);
    assertThat(csp).contains("style-src '" + sha256(element(html, "style")) + "'")
        .contains("script-src '" + sha256(element(html, "script")) + "'")
        .startsWith("default-src 'none';")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe");
    assertThat(count(html, "<style>")).isEqualTo(1);
    assertThat(html).doesNotContain(" style=").doesNotContain(" onclick").doesNotContain("src=").doesNotContain("http");
    assertThat(page.headers()).containsEntry("Cache-Control", "no-store")
        .containsEntry("Referrer-Policy", "no-referrer")
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("X-Frame-Options", "DENY");
  }

  private static String sha256(String text) throws Exception {
    byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return "sha256-" + Base64.getEncoder().encodeToString(d);
  }

  @Test
  void theLanguageComesFromTheParameterTheContactTheBrowserOrTheSurvey() {
    String pl = f.pages.render(f.link("c-1"), null, "fi, pl;q=0.9, en;q=0.5").body();
    String sv = f.pages.render(f.link("c-2"), "lang=sv", "pl").body();
    String de = f.pages.render(f.link("c-de"), null, "pl").body();
    String fallback = f.pages.render(f.link("c-3"), "lang=fi", "fi").body();
    String unknownParameter = f.pages.render(f.link("c-4"), "lang=%ZZ", null).body();

    assertThat(pl).startsWith("<!DOCTYPE html>\n<html lang=\"pl\">")
        .contains("Jak prawdopodobne jest, że polecisz nas znajomemu lub współpracownikowi?")
        .contains("<span class=\"req\">(wymagane)</span>")
        .contains("<span>0: Zdecydowanie nie</span>")
        .contains("<button type=\"submit\">Wyślij</button>")
        .contains("<input type=\"hidden\" name=\"lang\" value=\"pl\">");
    assertThat(sv).contains("<html lang=\"sv\">").contains("<button type=\"submit\">Skicka</button>");
    assertThat(de).contains("<html lang=\"de\">").contains("Wie wahrscheinlich ist es");
    assertThat(fallback).contains("<html lang=\"en\">").contains("<button type=\"submit\">Send</button>");
    assertThat(unknownParameter).contains("<html lang=\"en\">");
  }

  @Test
  void theInvalidLinkPageIsTheSameForUnknownUsedExpiredAndTamperedLinks() {
    String used = f.link("c-1");
    f.pages.submit(used, "q.nps=9", null);
    String expired = f.link("c-2");
    String tampered = f.link("c-3");
    tampered = tampered.substring(0, tampered.length() - 1) + (tampered.endsWith("A") ? "B" : "A");
    f.clock.advance(Duration.ofDays(8));

    WebPage unknown = f.pages.render("nobody-knows-this-token", null, "en");
    List<WebPage> others =
        List.of(
            f.pages.render(used, null, "en"),
            f.pages.render(expired, null, "en"),
            f.pages.render(tampered, null, "en"),
            f.pages.render("<script>", "score=5", "en"),
            f.pages.submit(expired, "q.nps=5", "en"),
            f.pages.submit("nobody-knows-this-token", "q.nps=5", "en"));

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("<h1>This link is no longer valid</h1>").doesNotContain("<form");
    for (WebPage p : others) {
      assertThat(p.status()).isEqualTo(404);
      assertThat(p.body()).isEqualTo(unknown.body());
      assertThat(p.headers()).isEqualTo(unknown.headers());
    }
    assertThat(f.pages.render("x", null, "de").body()).contains("<html lang=\"de\">")
        .contains("Dieser Link ist nicht mehr gültig");
  }
}
