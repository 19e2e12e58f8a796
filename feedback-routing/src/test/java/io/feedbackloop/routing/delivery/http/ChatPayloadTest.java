package io.feedbackloop.routing.delivery.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.internal.http.SlackPayload;
import io.feedbackloop.routing.internal.http.TeamsPayload;
import io.feedbackloop.routing.internal.http.Texts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Slack Block Kit and Teams Adaptive Card bodies: structure, escaping, limits, links. */
class ChatPayloadTest {

  private static Map<String, Object> slack(Message m) {
    return Json.object(SlackPayload.write(m));
  }

  private static Map<String, Object> teamsCard(Message m) {
    Map<String, Object> body = Json.object(TeamsPayload.write(m));
    assertThat(body).containsEntry("type", "message");
    List<Object> attachments = Json.asList(body.get("attachments"));
    assertThat(attachments).hasSize(1);
    assertThat(Json.at(attachments, 0, "contentType"))
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    return Json.asMap(Json.at(attachments, 0, "content"));
  }

  @Test
  void slackShowsSubjectTextAndFactFieldsWithTheTextAsFallback() {
    Map<String, Object> body = slack(TestMessages.detractor("k"));

    assertThat(body).containsEntry("text", "Paketet kom för sent 📦");
    List<Object> blocks = Json.asList(body.get("blocks"));
    assertThat(blocks).hasSize(3);
    assertThat(blocks.get(0))
        .isEqualTo(
            Map.of(
                "type",
                "section",
                "text",
                Map.of("type", "mrkdwn", "text", "*Detractor: customer-42 scored 3*")));
    assertThat(Json.at(blocks, 1, "text", "text")).isEqualTo("Paketet kom för sent 📦");
    assertThat(Json.asList(Json.at(blocks, 2, "fields")))
        .extracting(f -> Json.asMap(f).get("text"))
        .containsExactly(
            "*Score*\n3",
            "*Comment*\nLate &amp; broken &lt;again&gt;",
            "*Case*\n<https://cases.example.com/c/42?tab=notes&amp;x=1|Open case>",
            "*Owner*\nana");
  }

  @Test
  void slackEscapesUserTextSoItCannotMentionOrLink() {
    Message m =
        TestMessages.plain(
            "k", "Hi <!channel> & <@U123>", "see <https://evil.test|your bank> &amp;");

    Map<String, Object> body = slack(m);

    assertThat(body.get("text")).isEqualTo("see &lt;https://evil.test|your bank&gt; &amp;amp;");
    assertThat(Json.at(body, "blocks", 0, "text", "text"))
        .isEqualTo("*Hi &lt;!channel&gt; &amp; &lt;@U123&gt;*");
    assertThat(Json.asList(body.get("blocks"))).hasSize(2);
  }

  @Test
  void slackLeavesOutEmptyPartsAndUsesTheSubjectAsFallbackWithoutText() {
    Map<String, Object> body = slack(TestMessages.plain("k", "Only a subject", " "));

    assertThat(body.get("text")).isEqualTo("Only a subject");
    assertThat(Json.asList(body.get("blocks"))).hasSize(1);
    Map<String, Object> noSubject = slack(TestMessages.plain("k", "", "Only text"));
    assertThat(Json.asList(noSubject.get("blocks")))
        .containsExactly(
            Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", "Only text")));
  }

  @Test
  void aCaseUrlThatIsNotAWebLinkIsShownAsText() {
    Message m =
        TestMessages.detractor("k").toBuilder().metadata("caseUrl", "javascript:alert(1)").build();

    assertThat(Json.asList(Json.at(slack(m), "blocks", 2, "fields")))
        .extracting(f -> Json.asMap(f).get("text"))
        .contains("*Case*\njavascript:alert(1)");
    Map<String, Object> card = teamsCard(m);
    assertThat(card).doesNotContainKey("actions");
    assertThat(facts(card)).contains("Case: javascript:alert(1)");
  }

  /** The card's facts as "Title: value" lines. */
  private static List<String> facts(Map<String, Object> card) {
    List<Object> body = Json.asList(card.get("body"));
    List<Object> items = Json.asList(Json.asMap(body.get(body.size() - 1)).get("items"));
    List<String> lines = new java.util.ArrayList<>();
    for (Object item : items) {
      List<Object> runs = Json.asList(Json.asMap(item).get("inlines"));
      lines.add(Json.asMap(runs.get(0)).get("text") + "" + Json.asMap(runs.get(1)).get("text"));
    }
    return lines;
  }

  @Test
  void teamsNeverRendersCustomerTextAsMarkdown() {
    Message m =
        TestMessages.plain("k", "**urgent**", "[click me](https://evil.example)")
            .toBuilder()
            .metadata("comment", "[win](https://evil.example)")
            .build();
    Map<String, Object> card = teamsCard(m);

    assertThat(new String(TeamsPayload.write(m), java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("\"TextBlock\"")
        .doesNotContain("\"FactSet\"");
    assertThat(Json.at(card, "body", 1, "inlines", 0))
        .isEqualTo(Map.of("type", "TextRun", "text", "[click me](https://evil.example)"));
    assertThat(facts(card)).contains("Comment: [win](https://evil.example)");
  }

  @Test
  void slackTextsAreCutToItsLimitsWithoutSplittingAnEntity() {
    String longText = "a".repeat(2998) + "&&&";
    Map<String, Object> body = slack(TestMessages.plain("k", "s", longText));

    String section = (String) Json.at(body, "blocks", 1, "text", "text");
    assertThat(section).hasSize(2999).endsWith("a…");
    assertThat(Texts.slackEscape("a".repeat(10), 10)).isEqualTo("a".repeat(10));
    assertThat(Texts.slackEscape("a".repeat(11), 10)).isEqualTo("a".repeat(9) + "…");
    assertThat(Texts.slackEscape("aaaaaa<", 10)).isEqualTo("aaaaaa&lt;");
    assertThat(Texts.slackEscape("aaaaaa<b", 10)).isEqualTo("aaaaaa…");
    assertThat(Texts.slackEscape("aaaaaaaa😀😀", 10)).isEqualTo("aaaaaaaa…");
  }

  @Test
  void teamsPostsAnAdaptiveCardWithFactsAndAnOpenUrlAction() {
    Map<String, Object> card = teamsCard(TestMessages.detractor("k"));

    assertThat(card)
        .containsEntry("type", "AdaptiveCard")
        .containsEntry("version", "1.4")
        .containsEntry("lang", "sv-SE");
    List<Object> body = Json.asList(card.get("body"));
    assertThat(Json.asMap(body.get(0))).containsEntry("type", "RichTextBlock");
    assertThat(Json.asMap(Json.at(body, 0, "inlines", 0)))
        .containsEntry("type", "TextRun")
        .containsEntry("text", "Detractor: customer-42 scored 3")
        .containsEntry("weight", "Bolder");
    assertThat(Json.at(body, 1, "inlines", 0, "text")).isEqualTo("Paketet kom för sent 📦");
    assertThat(facts(card))
        .containsExactly("Score: 3", "Comment: Late & broken <again>", "Owner: ana");
    assertThat(Json.asList(card.get("actions")))
        .containsExactly(
            Map.of(
                "type", "Action.OpenUrl",
                "title", "Open case",
                "url", "https://cases.example.com/c/42?tab=notes&x=1"));
  }

  @Test
  void teamsLeavesOutEmptyPartsAndCutsLongTexts() {
    Map<String, Object> card = teamsCard(TestMessages.plain("k", "", "x".repeat(9000)));

    List<Object> body = Json.asList(card.get("body"));
    assertThat(body).hasSize(1);
    assertThat((String) Json.at(body, 0, "inlines", 0, "text")).hasSize(8000).endsWith("x…");
    assertThat(card).doesNotContainKey("actions");
  }

  @Test
  void linksMustBeAbsoluteWebUrlsWithoutLinkBreakingCharacters() {
    assertThat(Texts.link("https://cases.example.com/c/1")).isPresent();
    assertThat(Texts.link("http://cases.example.com/c/1")).isPresent();
    assertThat(Texts.link("ftp://cases.example.com/c/1")).isEmpty();
    assertThat(Texts.link("/c/1")).isEmpty();
    assertThat(Texts.link("https://x.test/a|b")).isEmpty();
    assertThat(Texts.link("https://x.test/a>b")).isEmpty();
    assertThat(Texts.link("https://x.test/a b")).isEmpty();
    assertThat(Texts.link("https://x.test/ä")).isEmpty();
    assertThat(Texts.link("https://x.test/%zz")).isEmpty();
    assertThat(Texts.truncate("abc", 3)).isEqualTo("abc");
    assertThat(Texts.truncate("abcd", 3)).isEqualTo("ab…");
    assertThat(Texts.truncate("a😀bc", 3)).isEqualTo("a…");
  }
}
