package io.feedbackloop.routing.delivery;

import static io.feedbackloop.routing.delivery.MessageTemplateTest.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML part: values escaped for where they land, templates refused where no escaping helps. */
class MessageTemplateHtmlTest {

  private static String html(String template, Map<String, ?> values) {
    MessageTemplate t =
        MessageTemplate.builder("t").text(Locale.ENGLISH, "plain").html(Locale.ENGLISH, template).build();
    return complete(t.render(Locale.ENGLISH, values)).html().orElseThrow();
  }

  private static String html(String template, String value) {
    return html(template, Map.of("v", value));
  }

  @Test
  void textValuesAreEscaped() {
    assertThat(html("<p>{{v}}</p>", "<script>alert('x')</script> & \"q\""))
        .isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>");
  }

  @Test
  void templateTextIsWrittenAsIs() {
    assertThat(html("<p class=x>&nbsp;<b>{{v}}</b> & co</p>", "v"))
        .isEqualTo("<p class=x>&nbsp;<b>v</b> & co</p>");
  }

  @Test
  void attributeValuesAreEscapedSoAValueCannotLeaveTheAttribute() {
    assertThat(html("<img alt=\"{{v}}\">", "\" onerror=\"alert(1)"))
        .isEqualTo("<img alt=\"&quot; onerror=&quot;alert(1)\">");
    assertThat(html("<img alt='{{v}}' title=\"t\">", "' onerror='alert(1)"))
        .isEqualTo("<img alt='&#39; onerror=&#39;alert(1)' title=\"t\">");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "\tjavascript:alert(1)",
        "java\nscript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox",
        "//evil.example.com",
        "/relative",
        "ftp://files.example.com",
        "https:/one-slash",
        ""
      })
  void aUrlAttributeStartingWithAValueAcceptsOnlyHttpAndMailto(String value) {
    assertThat(html("<a href=\"{{v}}\">x</a>", value)).isEqualTo("<a href=\"#\">x</a>");
    assertThat(html("<img src='{{v}}'>", value)).isEqualTo("<img src='#'>");
    assertThat(html("<form action=\"{{v}}\"></form>", value)).isEqualTo("<form action=\"#\"></form>");
    assertThat(html("<a HREF = \" {{v}}\">x</a>", value)).isEqualTo("<a HREF = \" #\">x</a>");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://survey.example.com/s?a=1&b=2",
        "HTTP://EXAMPLE.COM",
        "mailto:help@example.com?subject=Hi",
      })
  void httpAndMailtoUrlsAreKeptAndEscaped(String value) {
    String escaped = value.replace("&", "&amp;");
    assertThat(html("<a href=\"{{v}}\">x</a>", value)).isEqualTo("<a href=\"" + escaped + "\">x</a>");
  }

  @Test
  void aUrlValueWithAQuoteIsEscapedNotCut() {
    assertThat(html("<a href=\"{{v}}\">x</a>", "https://x.example/\"><script>"))
        .isEqualTo("<a href=\"https://x.example/&quot;&gt;&lt;script&gt;\">x</a>");
  }

  @Test
  void valuesAfterAFixedPrefixInAUrlAreOnlyEscaped() {
    assertThat(html("<a href=\"https://x.example/s/{{v}}\">x</a>", "a&b\""))
        .isEqualTo("<a href=\"https://x.example/s/a&amp;b&quot;\">x</a>");
    assertThat(html("<a href=\"/s?id={{v}}\">x</a>", "javascript:1"))
        .isEqualTo("<a href=\"/s?id=javascript:1\">x</a>");
    assertThat(html("<a href=\"tel:{{v}}\">x</a>", "+4670")).isEqualTo("<a href=\"tel:+4670\">x</a>");
    assertThat(html("<a href=\"page.html?x={{v}}\">x</a>", "1")).isEqualTo("<a href=\"page.html?x=1\">x</a>");
    assertThat(
            html(
                "<a href=\"{{base}}/s/{{id}}\">x</a>",
                Map.of("base", "https://x.example", "id", "javascript:no")))
        .as("a later value cannot change a scheme the first value fixed")
        .isEqualTo("<a href=\"https://x.example/s/javascript:no\">x</a>");
    assertThat(
            html("<a href=\"{{base}}{{id}}\">x</a>", Map.of("base", "javascript:", "id", "alert(1)")))
        .isEqualTo("<a href=\"#alert(1)\">x</a>");
  }

  @Test
  void otherAttributesAndCommentsAreEscapedOnly() {
    assertThat(html("<a title=\"{{v}}\" href=\"https://x\">x</a>", "javascript:1"))
        .isEqualTo("<a title=\"javascript:1\" href=\"https://x\">x</a>");
    assertThat(html("<!-- {{v}} --><p>ok</p>", "--><script>"))
        .isEqualTo("<!-- --&gt;&lt;script&gt; --><p>ok</p>");
    assertThat(html("<title>{{v}}</title>", "</title><script>"))
        .isEqualTo("<title>&lt;/title&gt;&lt;script&gt;</title>");
  }

  @Test
  void theScannerFollowsCommentsRawTextAndEndTags() {
    // After each of these constructs a URL attribute starts again, so the URL check must apply.
    for (String before :
        new String[] {
          "<!-- <a title=\" -->",
          "<!-->",
          "<!--->",
          "<!-- x --!>",
          "<!DOCTYPE html>",
          "<?xml version=\"1.0\"?>",
          "<style>a[title=\"</style>",
          "<script>var s = \"</script >",
          "<textarea><a title=\"</textarea>",
          "</p title=\"x\">",
          "< p>",
          "<<",
          "</>",
          "<br/>",
          "<img alt=x>",
          "<input disabled>",
          "<a title='x'>",
          "<a title=\"y\"/>",
          "<style>x</stylex></style>"
        }) {
      assertThat(html(before + "<a href=\"{{v}}\">x</a>", "javascript:alert(1)"))
          .as(before)
          .isEqualTo(before + "<a href=\"#\">x</a>");
    }
  }

  @Test
  void aPlaceholderInAPlaintextElementIsEscapedText() {
    assertThat(html("<plaintext><a href=\"{{v}}\">", "<x>")).isEqualTo("<plaintext><a href=\"&lt;x&gt;\">");
  }

  @Test
  void aPlaceholderInsideOtherRawTextIsEscapedText() {
    assertThat(html("<xmp>{{v}}</xmp>", "</xmp><script>")).isEqualTo("<xmp>&lt;/xmp&gt;&lt;script&gt;</xmp>");
  }

  private static void assertRefused(String template, String reason) {
    assertThatThrownBy(
            () ->
                MessageTemplate.builder("inv")
                    .text(Locale.ENGLISH, "plain")
                    .html(Locale.ENGLISH, template)
                    .build())
        .as(template)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "template 'inv' (locale en, html): placeholder {{v}} at character "
                + template.indexOf("{{v}}")
                + " must be in element text, a comment or a quoted attribute value, but was "
                + reason);
  }

  @Test
  void placeholdersWhereNoEscapingHelpsAreRefused() {
    String tag = "in a tag name, attribute name or markup declaration";
    assertRefused("<{{v}}>", tag);
    assertRefused("<p {{v}}>", tag);
    assertRefused("<p a{{v}}>", tag);
    assertRefused("<p a {{v}}>", tag);
    assertRefused("</{{v}}>", tag);
    assertRefused("<!{{v}}>", tag);
    assertRefused("<!-{{v}}>", tag);
    assertRefused("<p class={{v}}>", "in an unquoted attribute value");
    assertRefused("<p class=x{{v}}>", "in an unquoted attribute value");
    assertRefused("<script>var x = '{{v}}';</script>", "inside <script> or <style>");
    assertRefused("<STYLE>p { color: {{v}} }</STYLE>", "inside <script> or <style>");
    String active = "in an event-handler, style, srcdoc or SVG animation attribute";
    assertRefused("<a onclick=\"go('{{v}}')\">", active);
    assertRefused("<body ONLOAD='{{v}}'>", active);
    assertRefused("<p style=\"color: {{v}}\">", active);
    assertRefused("<iframe srcdoc=\"{{v}}\">", active);
    assertRefused("<svg><animate attributeName=\"href\" values=\"{{v}}\"/></svg>", active);
    String ambiguous =
        "in a URL attribute after text that may still become a scheme or hides a character"
            + " reference (start the value with the placeholder, or after a fixed http(s), mailto"
            + " or tel prefix, a path or a query)";
    assertRefused("<a href=\"java{{v}}\">", ambiguous);
    assertRefused("<a href=\"&#106;{{v}}\">", ambiguous);
    assertRefused("<a href=\" \tjava\nscript{{v}}\">", ambiguous);
    assertRefused(
        "<a href=\"javascript:{{v}}\">",
        "in a URL attribute after a scheme other than http(s), mailto or tel");
    assertRefused(
        "<a href=\"data:text/html,{{v}}\">",
        "in a URL attribute after a scheme other than http(s), mailto or tel");
  }

  @Test
  void aRefusalNamesThePlaceholderPositionInItsPart() {
    assertThatThrownBy(
            () ->
                MessageTemplate.builder("inv")
                    .text(new Locale("sv"), "ok")
                    .html(new Locale("sv"), "<p>{{a}}</p><p x={{b}}>")
                    .build())
        .hasMessageStartingWith("template 'inv' (locale sv, html): placeholder {{b}} at character 17 must");
  }
}
