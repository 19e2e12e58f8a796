package io.feedbackloop.routing.web;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.Surveys;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.delivery.Contact;
import io.feedbackloop.routing.delivery.ContactDirectory;
import io.feedbackloop.routing.link.IssuedLink;
import io.feedbackloop.routing.loop.FeedbackLoop;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A loop with survey links, its pages, links for respondents, and small HTML helpers. */
final class WebFixtures {
  static final TenantId TENANT = TenantId.of("acme");
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final Survey NPS = Surveys.nps("post-delivery", Locale.ENGLISH);

  final MutableClock clock = MutableClock.at(START.toString());
  final FeedbackLoop loop;
  final SurveyPages pages;

  WebFixtures() {
    this(List.of(NPS), ThankYouPages.ofDefaults());
  }

  WebFixtures(List<Survey> surveys, ThankYouPages thankYou) {
    FeedbackLoop.Builder b =
        FeedbackLoop.builder()
            .team(Team.of("support", "ana"))
            .linkBaseUrl(URI.create("https://shop.example/feedback"))
            .contacts(
                ContactDirectory.of(
                    Map.of(
                        "c-pl",
                        Contact.empty().withLocale(Locale.forLanguageTag("pl")).withZone(ZoneId.of("Europe/Warsaw")),
                        "c-de",
                        Contact.empty().withLocale(Locale.GERMAN))))
            .clock(clock);
    surveys.forEach(b::survey);
    loop = b.build();
    pages = SurveyPages.builder().loop(loop).thankYouPages(thankYou).clock(clock).build();
  }

  /** A fresh link to {@code survey} for respondent {@code who}, invitation {@code inv-<who>}. */
  String link(Survey survey, String who) {
    IssuedLink link =
        loop.links()
            .orElseThrow()
            .issue(TENANT, survey.id(), RespondentId.of(who), "inv-" + who, START.plus(Duration.ofDays(7)));
    return link.token();
  }

  String link(String who) {
    return link(NPS, who);
  }

  /** The number of times {@code regex} occurs in {@code html}. */
  static int count(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The content of the first element {@code tag} (e.g. style), exactly as written. */
  static String element(String html, String tag) {
    int start = html.indexOf("<" + tag + ">");
    int end = html.indexOf("</" + tag + ">", start);
    if (start < 0 || end < 0) {
      throw new AssertionError("no <" + tag + "> in the page");
    }
    return html.substring(start + tag.length() + 2, end);
  }

  /** The fieldset of question {@code id}. */
  static String fieldset(String html, String id) {
    int start = html.indexOf("<fieldset id=\"f-" + id + "\"");
    int end = html.indexOf("</fieldset>", start);
    if (start < 0 || end < 0) {
      throw new AssertionError("no fieldset for " + id + " in the page");
    }
    return html.substring(start, end);
  }
}
