package io.feedbackloop.routing.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {
  private static final Locale SV = new Locale("sv");
  private static final Map<String, String> VALUES =
      Map.of("name", "Åsa", "link", "https://survey.example.com/s/abc");

  private static MessageTemplate invitation() {
    return MessageTemplate.builder("invitation")
        .subject(Locale.ENGLISH, "How did we do, {{name}}?")
        .text(Locale.ENGLISH, "Hi {{name}}, tell us: {{link}}")
        .html(Locale.ENGLISH, "<p>Hi {{name}}, <a href=\"{{link}}\">tell us</a></p>")
        .subject(SV, "Hur gick det, {{name}}?")
        .text(SV, "Hej {{name}}, berätta: {{link}}")
        .subject(Locale.forLanguageTag("sv-FI"), "Hur gick det i Finland, {{name}}?")
        .text(Locale.forLanguageTag("sv-FI"), "Hej {{name}} i Finland: {{link}}")
        .build();
  }

  @Test
  void rendersEveryPartIntoABuilderTheCallerCompletes() {
    Message m =
        invitation()
            .render(Locale.ENGLISH, VALUES)
            .tenant(TenantId.of("acme"))
            .recipient(Recipient.email("asa@example.com"))
            .idempotencyKey("inv-1")
            .build();
    assertThat(m.subject()).isEqualTo("How did we do, Åsa?");
    assertThat(m.text()).isEqualTo("Hi Åsa, tell us: https://survey.example.com/s/abc");
    assertThat(m.html())
        .contains("<p>Hi Åsa, <a href=\"https://survey.example.com/s/abc\">tell us</a></p>");
    assertThat(m.locale()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void localeFallsBackFromExactTagToLanguageToFallback() {
    MessageTemplate t = invitation();
    Message.Builder exact = t.render(Locale.forLanguageTag("sv-FI"), VALUES);
    Message.Builder language = t.render(Locale.forLanguageTag("sv-SE"), VALUES);
    Message.Builder fallback = t.render(Locale.GERMAN, VALUES);

    assertThat(complete(exact).subject()).isEqualTo("Hur gick det i Finland, Åsa?");
    assertThat(complete(exact).locale()).isEqualTo(Locale.forLanguageTag("sv-FI"));
    assertThat(complete(language).text()).isEqualTo("Hej Åsa, berätta: https://survey.example.com/s/abc");
    assertThat(complete(language).locale()).isEqualTo(SV);
    assertThat(complete(language).html()).isEmpty();
    assertThat(complete(fallback).locale()).isEqualTo(Locale.ENGLISH);
    assertThat(complete(fallback).subject()).isEqualTo("How did we do, Åsa?");

    assertThat(t.resolve(Locale.forLanguageTag("sv-SE"))).isEqualTo(SV);
    assertThat(t.resolve(Locale.forLanguageTag("sv-FI"))).isEqualTo(Locale.forLanguageTag("sv-FI"));
    assertThat(t.resolve(Locale.forLanguageTag("en-US"))).isEqualTo(Locale.ENGLISH);
    assertThat(t.resolve(Locale.JAPANESE)).isEqualTo(Locale.ENGLISH);
    assertThat(t.fallbackLocale()).isEqualTo(Locale.ENGLISH);
    assertThat(t.locales()).containsExactly(Locale.ENGLISH, SV, Locale.forLanguageTag("sv-FI"));
    assertThat(t.id()).isEqualTo("invitation");
    assertThat(t).hasToString("MessageTemplate[invitation, locales=[en, sv, sv-FI]]");
  }

  @Test
  void fallbackLocaleCanBeChosen() {
    MessageTemplate t =
        MessageTemplate.builder("t")
            .text(Locale.ENGLISH, "en")
            .text(SV, "sv")
            .fallbackLocale(SV)
            .build();
    assertThat(t.fallbackLocale()).isEqualTo(SV);
    assertThat(complete(t.render(Locale.FRENCH, Map.of())).text()).isEqualTo("sv");
    assertThat(complete(t.render(Locale.FRENCH, Map.of())).locale()).isEqualTo(SV);
  }

  @Test
  void fallbackLocaleMustBeOneOfTheTemplates() {
    assertThatThrownBy(
            () -> MessageTemplate.builder("t").text(Locale.ENGLISH, "en").fallbackLocale(SV).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fallbackLocale of template 't' must be one of [en], but was sv");
  }

  @Test
  void subjectDefaultsToEmptyAndPartsSetTwiceKeepTheLast() {
    MessageTemplate t =
        MessageTemplate.builder("t").text(Locale.ENGLISH, "first").text(Locale.ENGLISH, "second").build();
    Message m = complete(t.render(Locale.ENGLISH, Map.of()));
    assertThat(m.subject()).isEmpty();
    assertThat(m.text()).isEqualTo("second");
  }

  @Test
  void missingValuesAreAllListedAndExtraValuesIgnored() {
    MessageTemplate t = invitation();
    assertThatThrownBy(() -> t.render(Locale.ENGLISH, Map.of("other", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "values must include every placeholder of template 'invitation' (locale en),"
                + " but were missing: name, link");
    Map<String, String> withNull = new HashMap<>();
    withNull.put("name", null);
    withNull.put("link", "https://x.example");
    assertThatThrownBy(() -> t.render(SV, withNull))
        .hasMessage(
            "values must include every placeholder of template 'invitation' (locale sv),"
                + " but were missing: name");
    assertThat(complete(t.render(SV, Map.of("name", "A", "link", "L", "extra", "E"))).text())
        .isEqualTo("Hej A, berätta: L");
  }

  @Test
  void missingValuesAreCheckedInTheHtmlPartToo() {
    MessageTemplate t =
        MessageTemplate.builder("t")
            .text(Locale.ENGLISH, "plain")
            .html(Locale.ENGLISH, "<b>{{only.html}}</b>")
            .build();
    assertThatThrownBy(() -> t.render(Locale.ENGLISH, Map.of()))
        .hasMessageEndingWith("but were missing: only.html");
  }

  @Test
  void valuesAreWrittenWithToStringAndRepeatedPlaceholdersWork() {
    MessageTemplate t =
        MessageTemplate.builder("t").text(Locale.ENGLISH, "{{n}}+{{n}}={{sum}}{{n}}").build();
    assertThat(complete(t.render(Locale.ENGLISH, Map.of("n", 1, "sum", 2L))).text())
        .isEqualTo("1+1=21");
  }

  @Test
  void plainTextValuesAreWrittenAsTheyAre() {
    MessageTemplate t = MessageTemplate.builder("t").text(Locale.ENGLISH, "> {{v}} <").build();
    assertThat(complete(t.render(Locale.ENGLISH, Map.of("v", "<b>&\"'\r\nline"))).text())
        .isEqualTo("> <b>&\"'\r\nline <");
  }

  @Test
  void lineBreaksInSubjectValuesBecomeSpacesSoNoHeaderCanBeInjected() {
    MessageTemplate t =
        MessageTemplate.builder("t")
            .subject(Locale.ENGLISH, "Hi {{name}}!")
            .text(Locale.ENGLISH, "{{name}}")
            .build();
    String evil = "Eve\r\nBcc: victim@example.com\nX-Evil: 1\r\u2028\u2029\u0085end";
    Message m = complete(t.render(Locale.ENGLISH, Map.of("name", evil)));
    assertThat(m.subject())
        .isEqualTo("Hi Eve  Bcc: victim@example.com X-Evil: 1    end!")
        .doesNotContain("\r", "\n", "\u2028", "\u2029", "\u0085");
    assertThat(m.text()).as("the body keeps the value as it is").isEqualTo(evil);
  }

  @Test
  void placeholderSyntaxErrorsNameTemplateLocalePartAndPosition() {
    assertThatThrownBy(() -> MessageTemplate.builder("inv").text(SV, "Hej {{name").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "template 'inv' (locale sv, text): '{{' at character 4 must be closed by '}}',"
                + " but was not");
    assertThatThrownBy(
            () -> MessageTemplate.builder("inv").subject(SV, "ab {{na me}}").text(SV, "x").build())
        .hasMessage(
            "template 'inv' (locale sv, subject): placeholder at character 3 must be {{name}} with a"
                + " name of 1-64 letters, digits, '.', '_' or '-' starting with a letter or digit,"
                + " but was '{{na me}}'");
    assertThatThrownBy(
            () ->
                MessageTemplate.builder("inv")
                    .text(Locale.ENGLISH, "ok")
                    .html(Locale.ENGLISH, "<p>{{}}</p>")
                    .build())
        .hasMessageStartingWith("template 'inv' (locale en, html): placeholder at character 3 must")
        .hasMessageEndingWith("but was '{{}}'");
    assertThatThrownBy(() -> MessageTemplate.builder("inv").text(SV, "{{{name}}}").build())
        .hasMessageEndingWith("but was '{{{name}}'");
    assertThatThrownBy(() -> MessageTemplate.builder("inv").text(SV, "{{-x}}").build())
        .hasMessageEndingWith("but was '{{-x}}'");
    assertThatThrownBy(() -> MessageTemplate.builder("inv").text(SV, "{{x}} and {{ y }}").build())
        .hasMessageContaining("placeholder at character 10 must")
        .hasMessageEndingWith("but was '{{ y }}'");
  }

  @Test
  void literalBracesThatOpenNoPlaceholderAreKept() {
    MessageTemplate t =
        MessageTemplate.builder("t").text(Locale.ENGLISH, "{x} }} { {{a}}}").build();
    assertThat(complete(t.render(Locale.ENGLISH, Map.of("a", "A"))).text()).isEqualTo("{x} }} { A}");
  }

  @Test
  void everyLocaleNeedsAPlainTextPart() {
    assertThatThrownBy(
            () ->
                MessageTemplate.builder("inv")
                    .text(Locale.ENGLISH, "en")
                    .subject(SV, "Hej")
                    .html(SV, "<p>Hej</p>")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("template 'inv' (locale sv) must have a plain-text part, but has only subject, html");
    assertThatThrownBy(() -> MessageTemplate.builder("inv").html(SV, "<p>Hej</p>").build())
        .hasMessage("template 'inv' (locale sv) must have a plain-text part, but has only html");
  }

  @Test
  void aTemplateNeedsALocale() {
    assertThatThrownBy(() -> MessageTemplate.builder("inv").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("template 'inv' must have at least one locale with a text, but had none");
  }

  @Test
  @SuppressWarnings("NullAway")
  void argumentsAreChecked() {
    assertThatThrownBy(() -> MessageTemplate.builder("no spaces"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("template id must be 1-64 characters")
        .hasMessageEndingWith("but was 'no spaces'");
    assertThatThrownBy(() -> MessageTemplate.builder("t").text(Locale.ROOT, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("locale must be a locale with a language, but was und");
    assertThatThrownBy(() -> MessageTemplate.builder("t").text(null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("locale must not be null");
    assertThatThrownBy(() -> MessageTemplate.builder("t").text(Locale.ENGLISH, null))
        .hasMessage("text must not be null");
    assertThatThrownBy(() -> MessageTemplate.builder("t").subject(Locale.ENGLISH, null))
        .hasMessage("subject must not be null");
    assertThatThrownBy(() -> MessageTemplate.builder("t").html(Locale.ENGLISH, null))
        .hasMessage("html must not be null");
    MessageTemplate t = invitation();
    assertThatThrownBy(() -> t.render(null, VALUES)).hasMessage("locale must not be null");
    assertThatThrownBy(() -> t.render(Locale.ENGLISH, null)).hasMessage("values must not be null");
  }

  @Test
  void aTemplateIsSafeToRenderFromManyThreads() throws Exception {
    MessageTemplate t = invitation();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
      for (int i = 0; i < 200; i++) {
        String name = "n" + i;
        futures.add(
            pool.submit(() -> complete(t.render(Locale.ENGLISH, Map.of("name", name, "link", "l"))).text()));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo("Hi n" + i + ", tell us: l");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static Message complete(Message.Builder b) {
    return b.tenant(TenantId.of("acme"))
        .recipient(Recipient.respondent("r-1"))
        .idempotencyKey("k-1")
        .build();
  }
}
