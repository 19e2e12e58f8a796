package io.feedbackloop.examples.demo.shop;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A generated free-text comment and what its writer meant: the topics (ids of the starter
 * taxonomy, see {@link #TOPICS}; empty for a comment about nothing in particular) and the tone.
 *
 * @param text the comment as the customer typed it
 * @param locale the language it is written in
 * @param topics the topics meant, in the order written (0 to 2)
 * @param tone the tone meant
 */
public record Comment(String text, Locale locale, List<String> topics, Tone tone) {

  /** The topics comments are written about, the ids of the scoring module's starter taxonomy. */
  public static final List<String> TOPICS =
      List.of(
          "delivery",
          "price",
          "product_quality",
          "customer_service",
          "website_app",
          "returns_refunds",
          "payment",
          "communication");

  /**
   * Checks the parts and copies the topics.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the text is blank or a topic is not one of {@link #TOPICS}
   */
  public Comment {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(tone, "tone");
    topics = List.copyOf(topics);
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank, but was '" + text + "'");
    }
    for (String topic : topics) {
      if (!TOPICS.contains(topic)) {
        throw new IllegalArgumentException("topic must be one of " + TOPICS + ", but was '" + topic + "'");
      }
    }
  }
}
