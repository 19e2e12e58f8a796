package io.feedbackloop.examples.demo.shop;

import java.util.List;
import java.util.Map;

/**
 * The phrase bank of one language. A clause starts in lower case and has no final punctuation; it
 * may hold {@code {n}} (a small number), {@code {carrier}} (the carrier's name) and {@code [a|b]}
 * (one of the alternatives, e.g. a grammatical gender).
 */
record Phrases(
    String language,
    Map<String, List<String>> negative,
    Map<String, List<String>> positive,
    List<String> general,
    List<String> praise,
    List<String> openersNegative,
    List<String> openersPositive,
    List<String> joins,
    List<String> closersNegative,
    List<String> closersPositive) {

  /** The clauses of {@code topic} in {@code tone}. */
  List<String> clauses(String topic, Tone tone) {
    List<String> clauses = (tone == Tone.NEGATIVE ? negative : positive).get(topic);
    if (clauses == null) {
      throw new IllegalStateException("no " + tone + " phrases for " + topic + " in " + language);
    }
    return clauses;
  }
}
