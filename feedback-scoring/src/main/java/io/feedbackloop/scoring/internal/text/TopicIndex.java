package io.feedbackloop.scoring.internal.text;

import io.feedbackloop.scoring.text.TextLanguage;
import io.feedbackloop.scoring.text.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The terms of a taxonomy compiled into one {@link TermMatcher} whose values are topic ids. */
public final class TopicIndex {
  private final TermMatcher<String> matcher;

  private TopicIndex(TermMatcher<String> matcher) {
    this.matcher = matcher;
  }

  /** Compiles the terms of {@code topics}. */
  public static TopicIndex of(List<Topic> topics) {
    TermMatcher.Builder<String> b = TermMatcher.builder();
    for (Topic topic : topics) {
      for (Map.Entry<TextLanguage, List<String>> e : topic.terms().entrySet()) {
        for (String term : e.getValue()) {
          b.add(e.getKey(), term, topic.id());
        }
      }
    }
    return new TopicIndex(b.build());
  }

  /**
   * The most specific match per topic and start token, in token order, of the terms of the
   * languages in {@code languages} (a {@link TermMatcher#mask}). A match inside a longer match
   * of another topic is dropped: "koszt wysyłki" (price) is about the cost, not the shipping.
   */
  public List<TermMatcher.Hit<String>> find(Tokens tokens, int languages) {
    return TermMatcher.bestPerValue(withoutContained(matcher.find(tokens, languages)));
  }

  static List<TermMatcher.Hit<String>> withoutContained(List<TermMatcher.Hit<String>> hits) {
    List<TermMatcher.Hit<String>> kept = new ArrayList<>(hits.size());
    for (TermMatcher.Hit<String> h : hits) {
      boolean inside = false;
      for (TermMatcher.Hit<String> g : hits) {
        inside |=
            !g.value().equals(h.value())
                && g.length() > h.length()
                && g.first() <= h.first()
                && h.last() <= g.last();
      }
      if (!inside) {
        kept.add(h);
      }
    }
    return kept;
  }
}
