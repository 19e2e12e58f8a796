package io.feedbackloop.examples.demo.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.scoring.text.TextAnalyzer;
import io.feedbackloop.scoring.text.TextInsight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The generated comments read as meant: the scoring module's analyzer (not changed for them) finds
 * the intended topic, the language and a sentiment that is not the opposite of the tone.
 */
class CommentsTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.ofDefaults();

  /** Every language, topic and tone, alone and paired with another topic, plus general remarks. */
  private static List<Comment> sample(Locale locale) {
    List<Comment> comments = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(7);
    for (Tone tone : Tone.values()) {
      for (String topic : Comment.TOPICS) {
        for (int i = 0; i < 40; i++) {
          String other = Comment.TOPICS.get(r.nextInt(Comment.TOPICS.size()));
          List<String> topics =
              i % 3 == 0 && !other.equals(topic) ? List.of(topic, other) : List.of(topic);
          comments.add(Comments.write(r, locale, topics, tone, "postnord"));
        }
      }
      for (int i = 0; i < 20; i++) {
        comments.add(Comments.write(r, locale, List.of(), tone, "dhl"));
      }
    }
    return comments;
  }

  @Test
  void theAnalyzerReadsTheIntendedTopicLanguageAndToneInEveryLanguage() {
    for (Locale locale : ShopSurveys.LANGUAGES) {
      int topics = 0;
      int topicHits = 0;
      int languageHits = 0;
      int toneHits = 0;
      List<String> misses = new ArrayList<>();
      List<Comment> sample = sample(locale);
      for (Comment c : sample) {
        TextInsight read = ANALYZER.analyze(c.text(), c.locale());
        if (ANALYZER.analyze(c.text()).languageCode().equals(locale.getLanguage())) {
          languageHits++;
        } else {
          misses.add("language: " + c.text());
        }
        for (String topic : c.topics()) {
          topics++;
          if (read.topics().contains(topic)) {
            topicHits++;
          } else {
            misses.add(topic + ": " + c.text());
          }
        }
        Sentiment opposite = c.tone() == Tone.NEGATIVE ? Sentiment.POSITIVE : Sentiment.NEGATIVE;
        if (read.sentiment().sentiment() != opposite) {
          toneHits++;
        } else {
          misses.add(c.tone() + ": " + c.text());
        }
      }
      assertThat((double) topicHits / topics).as("topics in %s, misses %s", locale, misses).isGreaterThanOrEqualTo(0.85);
      assertThat((double) languageHits / sample.size()).as("language of %s, misses %s", locale, misses).isGreaterThanOrEqualTo(0.90);
      assertThat((double) toneHits / sample.size()).as("tone in %s, misses %s", locale, misses).isGreaterThanOrEqualTo(0.85);
    }
  }

  @Test
  void sameRandomStateGivesTheSameCommentAndCommentsVary() {
    Locale sv = Locale.forLanguageTag("sv");
    Comment a = Comments.write(new SplittableRandom(3), sv, List.of("delivery"), Tone.NEGATIVE, "postnord");
    Comment b = Comments.write(new SplittableRandom(3), sv, List.of("delivery"), Tone.NEGATIVE, "postnord");
    assertThat(a).isEqualTo(b);
    assertThat(a.locale()).isEqualTo(sv);
    assertThat(a.topics()).containsExactly("delivery");
    assertThat(sample(sv).stream().map(Comment::text).distinct().count()).isGreaterThan(300);
  }

  @Test
  void aCarrierPhraseNamesTheCarrierAndNoPlaceholderSurvives() {
    for (Locale locale : ShopSurveys.LANGUAGES) {
      for (Comment c : sample(locale)) {
        assertThat(c.text()).doesNotContain("{", "}", "[", "]", "|");
      }
      assertThat(sample(locale)).anyMatch(c -> c.text().contains("PostNord"));
    }
  }

  @Test
  void aCommentRejectsAnUnknownTopicAndABlankText() {
    assertThatThrownBy(
            () -> new Comment("x", Locale.ENGLISH, List.of("weather"), Tone.POSITIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("topic must be one of [delivery, price")
        .hasMessageEndingWith(", but was 'weather'");
    assertThatThrownBy(
            () -> new Comment(" ", Locale.ENGLISH, List.of(), Tone.POSITIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must not be blank, but was ' '");
  }
}
