package io.feedbackloop.examples.web;

import io.feedbackloop.examples.markup.Xml;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.loop.LoopEvent;
import io.feedbackloop.routing.web.WebPage;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The demo's index page: fresh survey links per language and what the loop did with the answers
 * (responses stored, cases opened, messages waiting and delivered). Every value is escaped.
 */
final class IndexPage {
  /** No script, the page's own inline style only, nothing loaded from elsewhere. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private static final String STYLE =
      "body{font:1rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:48rem;padding:1rem;"
          + "color:#1a1a1a}table{border-collapse:collapse;width:100%}th,td{text-align:left;"
          + "padding:.25rem .5rem;border-bottom:1px solid #ccc;vertical-align:top}a{color:#1a4d8f}";

  private IndexPage() {}

  /** One row of the links table. */
  record LinkRow(DemoRespondent respondent, URI url, URI detractorUrl, URI promoterUrl) {}

  static WebPage render(
      List<LinkRow> links,
      long responses,
      List<LoopEvent.CaseOpened> cases,
      long waiting,
      List<Message> delivered) {
    StringBuilder b = new StringBuilder(4096);
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta name=\"referrer\" content=\"no-referrer\">")
        .append("<title>Feedback Loop: survey pages demo</title><style>")
        .append(STYLE)
        .append("</style></head>\n<body>\n<h1>Survey pages demo</h1>\n")
        .append("<p>Each link below is a fresh one-time survey link of the demo shop; reload this")
        .append(" page for new ones. Answer a link, then come back here to see what the loop did.")
        .append("</p>\n<h2>Survey links</h2>\n<table id=\"links\"><thead><tr><th>Customer</th>")
        .append("<th>Language</th><th>Time zone</th><th>Links</th></tr></thead><tbody>\n");
    for (LinkRow row : links) {
      DemoRespondent r = row.respondent();
      b.append("<tr><td>").append(Xml.escape(r.name())).append("</td><td>")
          .append(Xml.escape(r.language().toLanguageTag())).append("</td><td>")
          .append(Xml.escape(r.zone().getId())).append("</td><td>")
          .append(link(row.url(), "open the survey", "link-" + r.language().toLanguageTag()))
          .append(" · ").append(link(row.detractorUrl(), "one click: 3", null))
          .append(" · ").append(link(row.promoterUrl(), "one click: 10", null))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>\n<h2>What the loop did</h2>\n<p id=\"figures\">Responses stored: ")
        .append(responses).append(". Cases opened: ").append(cases.size())
        .append(". Messages waiting in the outbox: ").append(waiting)
        .append(". Messages delivered: ").append(delivered.size()).append(".</p>\n");
    if (!cases.isEmpty()) {
      b.append("<h3>Cases</h3>\n<table id=\"cases\"><thead><tr><th>Case</th><th>Rule</th>")
          .append("<th>Team</th><th>Owner</th></tr></thead><tbody>\n");
      for (LoopEvent.CaseOpened c : cases) {
        b.append("<tr><td>").append(Xml.escape(c.caseId().value())).append("</td><td>")
            .append(Xml.escape(c.ruleId())).append("</td><td>").append(Xml.escape(c.team()))
            .append("</td><td>").append(Xml.escape(c.owner().orElse("nobody")))
            .append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
    if (!delivered.isEmpty()) {
      b.append("<h3>Messages delivered</h3>\n<table id=\"messages\"><thead><tr><th>To</th>")
          .append("<th>Subject</th></tr></thead><tbody>\n");
      for (Message m : delivered) {
        b.append("<tr><td>").append(Xml.escape(to(m.recipient()))).append("</td><td>")
            .append(Xml.escape(m.subject())).append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
    b.append("</body></html>\n");
    return new WebPage(200, PlainPages.securityHeaders(CONTENT_SECURITY_POLICY), b.toString());
  }

  private static String link(URI url, String text, @Nullable String id) {
    return "<a " + (id == null ? "" : "id=\"" + Xml.escape(id) + "\" ") + "href=\""
        + Xml.escape(url.toString()) + "\">" + Xml.escape(text) + "</a>";
  }

  /** Who a message went to, without an address or number. */
  private static String to(Recipient r) {
    if (r instanceof Recipient.Respondent p) {
      return "customer " + p.id().value();
    }
    if (r instanceof Recipient.Team t) {
      return "team " + t.name();
    }
    return r instanceof Recipient.Email ? "an e-mail address" : "a phone number";
  }
}
