package io.feedbackloop.routing.delivery;

import static io.feedbackloop.routing.delivery.MessageTemplateTest.complete;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever the values, rendered HTML contains no {@code <}, {@code >}, quote or
 * unescaped {@code &} coming from a value, and no URL attribute starts with anything but http(s),
 * mailto or {@code #}. Seeded; replay a failure with {@code -Dfeedback.seed=<seed>}.
 */
class MessageTemplatePropertyTest {
  private static final String ALPHABET = "<>&\"'/=:; \t\r\n\u2028aAjJsS0#?.-javascript:<script>&lt;";
  private static final String MARK_OPEN = "\u0001";
  private static final String MARK_CLOSE = "\u0002";

  private static final MessageTemplate TEMPLATE =
      MessageTemplate.builder("prop")
          .subject(Locale.ENGLISH, "S {{a}}")
          .text(Locale.ENGLISH, "T {{a}}")
          .html(
              Locale.ENGLISH,
              "<p title=\"{{a}}\">{{b}}</p><a href=\"{{c}}\">l</a><img src='{{d}}' alt='{{a}}'>"
                  + "<!-- {{b}} --><a href=\"https://x.example/{{b}}\">m</a>")
          .build();

  @Test
  void valuesNeverBringMarkupIntoTheHtml() {
    long seed = Long.getLong("feedback.seed", System.nanoTime());
    System.out.println(
        "MessageTemplatePropertyTest seed: " + seed + " (replay with -Dfeedback.seed=" + seed + ")");
    Random random = new Random(seed);
    for (int i = 0; i < 1_000; i++) {
      String c = url(random);
      String d = url(random);
      Map<String, String> values = Map.of("a", value(random), "b", value(random), "c", c, "d", d);
      String html = complete(TEMPLATE.render(Locale.ENGLISH, marked(values))).html().orElseThrow();
      String s = complete(TEMPLATE.render(Locale.ENGLISH, values)).subject();
      assertThat(s).as("seed %d, subject", seed).doesNotContain("\r", "\n", "\u2028");

      int from = 0;
      while (true) {
        int open = html.indexOf(MARK_OPEN, from);
        if (open < 0) {
          break;
        }
        int close = html.indexOf(MARK_CLOSE, open);
        String rendered = html.substring(open + 1, close);
        assertThat(rendered)
            .as("seed %d, value rendered as %s in %s", seed, rendered, html)
            .doesNotContain("<", ">", "\"", "'")
            .satisfies(r -> assertThat(r.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&"));
        from = close + 1;
      }
      String plain = complete(TEMPLATE.render(Locale.ENGLISH, values)).html().orElseThrow();
      assertUrl(plain, "<a href=\"", '"', c, seed);
      assertUrl(plain, "<img src='", '\'', d, seed);
    }
  }

  /** The attribute ends at its own quote, and holds either the escaped URL or {@code #}. */
  private static void assertUrl(String html, String start, char quote, String value, long seed) {
    int from = html.indexOf(start) + start.length();
    String attribute = html.substring(from, html.indexOf(quote, from));
    String lower = value.toLowerCase(Locale.ROOT);
    boolean safe =
        lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
    assertThat(attribute)
        .as("seed %d, %s%s in %s", seed, start, value, html)
        .isEqualTo(safe ? escape(value) : "#");
  }

  /** An independent, slow escaper to compare with. */
  private static String escape(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  /** Wraps each value in control markers, so the test can find what each value became. */
  private static Map<String, String> marked(Map<String, String> values) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    values.forEach((k, v) -> out.put(k, MARK_OPEN + v + MARK_CLOSE));
    return out;
  }

  private static String value(Random random) {
    int length = random.nextInt(24);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(
          random.nextInt(8) == 0
              ? (char) random.nextInt(0x3000)
              : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private static String url(Random random) {
    String[] starts = {"https://", "HTTP://", "mailto:", "javascript:", "data:", "", " ", "java"};
    return starts[random.nextInt(starts.length)] + value(random);
  }
}
