package io.feedbackloop.scoring.internal.text;

import io.feedbackloop.scoring.text.TextLanguage;
import io.feedbackloop.scoring.text.Topic;
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
   * languages in {@code languages} (a {@link TermMatcher#mask}).
   */
  public List<TermMatcher.Hit<String>> find(Tokens tokens, int languages) {
    return TermMatcher.bestPerValue(matcher.find(tokens, languages));
  }
}
