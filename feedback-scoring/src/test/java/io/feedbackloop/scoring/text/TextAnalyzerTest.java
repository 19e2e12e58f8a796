package io.feedbackloop.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.scoring.internal.text.TestLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final Taxonomy TAXONOMY =
      Taxonomy.builder()
          .terms("delivery", TextLanguage.ENGLISH, "delivery", "late", "courier")
          .terms("delivery", TextLanguage.SWEDISH, "leverans", "försenad")
          .terms("delivery", TextLanguage.GERMAN, "Lieferung")
          .terms("price", TextLanguage.ENGLISH, "price")
          .terms("price", TextLanguage.SWEDISH, "pris")
          .terms("website_app", TextLanguage.ENGLISH, "=app", "website")
          .terms("customer_service", TextLanguage.ENGLISH, "customer service")
          .build();
  private static final TextAnalyzer ANALYZER =
      TextAnalyzer.builder().taxonomy(TAXONOMY).sentiment(TestLexicon.SENTIMENT).build();

  @Test
  void findsTopicsWithOffsetsAndTerms() {
    String text = "The delivery was late and the app crashed.";
    TextInsight insight = ANALYZER.analyze(text, Locale.ENGLISH);
    assertThat(insight.topics()).containsExactly("delivery", "website_app");
    assertThat(insight.matches())
        .containsExactly(
            new TopicMatch("delivery", "delivery", 4, 12, false),
            new TopicMatch("delivery", "late", 17, 21, false),
            new TopicMatch("website_app", "=app", 30, 33, false));
    assertThat(insight.language()).contains(TextLanguage.ENGLISH);
    assertThat(insight.sentiment().sentiment()).isEqualTo(Sentiment.NEGATIVE);
    assertThat(insight.mentions("delivery")).isTrue();
  }

  @Test
  void aPhraseMatchSpansItsWords() {
    String text = "Customer service was helpful";
    TextInsight insight = ANALYZER.analyze(text, Locale.ENGLISH);
    TopicMatch m = insight.matches().get(0);
    assertThat(text.substring(m.start(), m.end())).isEqualTo("Customer service");
    assertThat(insight.sentiment().sentiment()).isEqualTo(Sentiment.POSITIVE);
  }

  @Test
  void negationMarksTheMatchAndFlipsTheSentiment() {
    TextInsight insight = ANALYZER.analyze("Leveransen var inte försenad", SV);
    assertThat(insight.topics()).containsExactly("delivery");
    assertThat(insight.matches()).extracting(TopicMatch::negated).containsExactly(false, true);
    assertThat(insight.sentiment().sentiment()).isEqualTo(Sentiment.POSITIVE);
    assertThat(ANALYZER.analyze("Not late, but broken", Locale.ENGLISH).matches().get(0).negated()).isTrue();
    assertThat(ANALYZER.analyze("Not fast, late", Locale.ENGLISH).matches().get(0).negated()).isFalse();
  }

  @Test
  void theLocaleWinsOverDetection() {
    String english = "The price was fine and the delivery was quick";
    assertThat(ANALYZER.analyze(english, SV).language()).contains(TextLanguage.SWEDISH);
    assertThat(ANALYZER.analyze(english, SV).topics()).as("only Swedish terms").isEmpty();
    assertThat(ANALYZER.analyze(english, Locale.UK).topics()).containsExactly("delivery", "price");
    assertThat(ANALYZER.analyze(english, Locale.FRENCH).language()).contains(TextLanguage.ENGLISH);
    assertThat(ANALYZER.analyze(english).language()).contains(TextLanguage.ENGLISH);
    assertThat(ANALYZER.analyze(english, Locale.forLanguageTag("sv-FI")).languageCode()).isEqualTo("sv");
  }

  @Test
  void anUndeterminedLanguageTriesAllLanguages() {
    TextInsight insight = ANALYZER.analyze("Lieferung ok", null);
    assertThat(insight.languageCode()).isEqualTo("und");
    assertThat(insight.topics()).containsExactly("delivery");
  }

  @Test
  void aBlankTextIsEmpty() {
    assertThat(ANALYZER.analyze("  \n")).isEqualTo(TextInsight.EMPTY);
    assertThat(ANALYZER.analyze("", SV)).isEqualTo(TextInsight.EMPTY);
    assertThat(ANALYZER.analyze("!!!", Locale.ENGLISH).topics()).isEmpty();
  }

  @Test
  void aThrowingSentimentPlugInIsReplacedByTheLexicon() {
    AtomicInteger calls = new AtomicInteger();
    SentimentAnalyzer broken =
        (text, language) -> {
          calls.incrementAndGet();
          throw new IllegalStateException("model down");
        };
    TextAnalyzer analyzer = TextAnalyzer.builder().taxonomy(TAXONOMY).sentiment(broken).build();
    TextInsight insight = analyzer.analyze("Bra och snabb leverans", SV);
    assertThat(calls).hasValue(1);
    assertThat(insight.topics()).containsExactly("delivery");
    assertThat(insight.sentiment())
        .isEqualTo(SentimentAnalyzer.lexicon().analyze("Bra och snabb leverans", TextLanguage.SWEDISH));
    assertThat(analyzer.sentimentAnalyzer()).isSameAs(broken);
  }

  @Test
  @SuppressWarnings("NullAway")
  void aPlugInReturningNullIsReplacedByTheLexicon() {
    SentimentAnalyzer silent = (text, language) -> null;
    TextAnalyzer analyzer = TextAnalyzer.builder().taxonomy(TAXONOMY).sentiment(silent).build();
    assertThat(analyzer.analyze("good", Locale.ENGLISH).sentiment())
        .isEqualTo(SentimentAnalyzer.lexicon().analyze("good", TextLanguage.ENGLISH));
  }

  @Test
  void aPlugInIsAskedWithTheLanguage() {
    List<Optional<TextLanguage>> seen = new ArrayList<>();
    SentimentAnalyzer recording =
        (text, language) -> {
          seen.add(Optional.ofNullable(language));
          return new SentimentScore(Sentiment.POSITIVE, 0.9);
        };
    TextAnalyzer analyzer =
        TextAnalyzer.builder().taxonomy(TAXONOMY).sentiment(recording).languageDetector(t -> Optional.empty()).build();
    assertThat(analyzer.analyze("whatever", SV).sentiment().score()).isEqualTo(0.9);
    analyzer.analyze("whatever");
    assertThat(seen).containsExactly(Optional.of(TextLanguage.SWEDISH), Optional.empty());
    assertThat(TextAnalyzer.builder().taxonomy(TAXONOMY).sentiment(SentimentAnalyzer.neutral()).build()
            .analyze("bad bad", Locale.ENGLISH).sentiment())
        .isEqualTo(SentimentScore.NEUTRAL);
  }

  @Test
  void aThrowingDetectorLeavesTheLanguageUnknown() {
    TextAnalyzer analyzer =
        TextAnalyzer.builder()
            .taxonomy(TAXONOMY)
            .sentiment(TestLexicon.SENTIMENT)
            .languageDetector(
                t -> {
                  throw new IllegalStateException("no");
                })
            .build();
    TextInsight insight = analyzer.analyze("Leveransen var sen");
    assertThat(insight.language()).isEmpty();
    assertThat(insight.topics()).containsExactly("delivery");
  }

  @Test
  void theDefaultsAreShared() {
    assertThat(TextAnalyzer.ofDefaults()).isSameAs(TextAnalyzer.ofDefaults());
    assertThat(TextAnalyzer.ofDefaults().taxonomy()).isSameAs(Taxonomy.starter());
  }

  @Test
  void aSharedAnalyzerGivesTheSameResultsOnManyThreads() throws Exception {
    List<String> texts =
        List.of(
            "The delivery was late and the app crashed.",
            "Leveransen var inte försenad, priset bra",
            "Die Lieferung war schnell",
            "Customer service was helpful but the price is high",
            "ok");
    List<TextInsight> expected = texts.stream().map(ANALYZER::analyze).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int thread = 0; thread < 16; thread++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 200; round++) {
                    for (int i = 0; i < texts.size(); i++) {
                      if (!ANALYZER.analyze(texts.get(i)).equals(expected.get(i))) {
                        return false;
                      }
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : futures) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
