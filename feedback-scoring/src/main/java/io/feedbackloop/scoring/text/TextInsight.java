package io.feedbackloop.scoring.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Collections;

/**
 * What a comment says: its language, topics and sentiment.
 *
 * @param language the language, empty when it could not be told
 * @param topics the ids of the topics mentioned, sorted
 * @param matches where each topic was mentioned, in text order
 * @param sentiment the sentiment of the whole comment
 */
public record TextInsight(
    Optional<TextLanguage> language,
    SortedSet<String> topics,
    List<TopicMatch> matches,
    SentimentScore sentiment) {

  /** The insight of a blank text: no language, no topics, neutral. */
  public static final TextInsight EMPTY =
      new TextInsight(Optional.empty(), new TreeSet<>(), List.of(), SentimentScore.NEUTRAL);

  /** Creates an insight; the collections are copied. */
  public TextInsight {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(sentiment, "sentiment");
    topics = Collections.unmodifiableSortedSet(new TreeSet<>(topics));
    matches = List.copyOf(matches);
  }

  /** The ISO 639-1 code of the language, or {@value TextLanguage#UNDETERMINED}. */
  public String languageCode() {
    return language.map(TextLanguage::code).orElse(TextLanguage.UNDETERMINED);
  }

  /** Tells whether the comment mentions {@code topic}. */
  public boolean mentions(String topic) {
    return topics.contains(topic);
  }
}
