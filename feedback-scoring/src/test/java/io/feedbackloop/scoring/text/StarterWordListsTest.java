package io.feedbackloop.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.scoring.internal.MiniJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Checks the shape of the two built-in word lists without the text engine: both files are JSON,
 * the taxonomy has the issue's eight topics in order with terms in all five languages, and the
 * sentiment lexicon has every list for every language. Whether the words are good is measured by
 * the evaluation, not here.
 */
class StarterWordListsTest {
  private static final String BASE = "/io/feedbackloop/scoring/text/";
  private static final List<String> LANGUAGES = List.of("en", "sv", "nl", "pl", "de");
  private static final List<String> TOPICS =
      List.of(
          "delivery",
          "price",
          "product_quality",
          "customer_service",
          "website_app",
          "returns_refunds",
          "payment",
          "communication");
  private static final List<String> LEXICON_LISTS =
      List.of(
          "positive", "negative", "negators", "intensifiers", "contrast", "pronouns", "pending", "still",
          "neutral", "downtoners", "concessive", "irrealis");

  @Test
  void taxonomyHasTheEightTopicsOfTheIssueInOrder() {
    List<String> ids = new ArrayList<>();
    for (Object topic : topics()) {
      ids.add(String.valueOf(map(topic).get("id")));
    }
    assertThat(ids).containsExactlyElementsOf(TOPICS);
  }

  @Test
  void everyTopicHasTermsInExactlyTheFiveLanguages() {
    for (Object topic : topics()) {
      Map<String, Object> terms = map(map(topic).get("terms"));
      String id = String.valueOf(map(topic).get("id"));
      assertThat(terms.keySet()).as(id).containsExactlyElementsOf(LANGUAGES);
      for (String language : LANGUAGES) {
        assertThat(strings(terms.get(language))).as(id + "." + language).hasSizeGreaterThan(20);
      }
    }
  }

  @Test
  void noTermIsBlankMalformedOrDuplicatedWithinATopicAndLanguage() {
    for (Object topic : topics()) {
      Map<String, Object> terms = map(map(topic).get("terms"));
      for (String language : LANGUAGES) {
        assertWellFormed(map(topic).get("id") + "." + language, strings(terms.get(language)));
      }
    }
  }

  @Test
  void everyLanguageHasTheTwelveSentimentLists() {
    Map<String, Object> lexicon = lexicon();
    assertThat(lexicon.keySet()).containsExactlyElementsOf(LANGUAGES);
    for (String language : LANGUAGES) {
      Map<String, Object> lists = map(lexicon.get(language));
      assertThat(lists.keySet()).as(language).containsExactlyElementsOf(LEXICON_LISTS);
      for (String list : LEXICON_LISTS) {
        List<String> words = strings(lists.get(list));
        assertThat(words).as(language + "." + list).isNotEmpty();
        assertWellFormed(language + "." + list, words);
      }
      assertThat(strings(lists.get("positive"))).as(language).hasSizeGreaterThanOrEqualTo(80);
      assertThat(strings(lists.get("negative"))).as(language).hasSizeGreaterThanOrEqualTo(80);
    }
  }

  @Test
  void noSentimentWordIsBothPositiveAndNegative() {
    for (String language : LANGUAGES) {
      Map<String, Object> lists = map(lexicon().get(language));
      Set<String> both = normalized(strings(lists.get("positive")));
      both.retainAll(normalized(strings(lists.get("negative"))));
      assertThat(both).as(language).isEmpty();
    }
  }

  @Test
  void functionWordListsAreSingleWordsWithoutTheExactMarker() {
    for (String language : LANGUAGES) {
      Map<String, Object> lists = map(lexicon().get(language));
      for (String list : List.of("negators", "intensifiers", "contrast")) {
        assertThat(strings(lists.get(list)))
            .as(language + "." + list)
            .allSatisfy(word -> assertThat(word).doesNotContain(" ").doesNotStartWith("="));
      }
    }
  }

  @Test
  void theNegatorsTheIssueAsksForAreThere() {
    Map<String, List<String>> required =
        Map.of(
            "en",
            List.of(
                "not", "no", "never", "nothing", "none", "dont", "didnt", "wasnt", "isnt", "cant",
                "wont", "without"),
            "sv",
            List.of("inte", "ej", "aldrig", "inget", "ingen", "utan"),
            "nl",
            List.of("niet", "geen", "nooit", "niks", "niets", "zonder"),
            "pl",
            List.of("nie", "nigdy", "żaden", "bez"),
            "de",
            List.of("nicht", "kein", "nie", "niemals", "nichts", "ohne"));
    for (String language : LANGUAGES) {
      List<String> negators = strings(map(lexicon().get(language)).get("negators"));
      assertThat(negators).as(language).containsAll(required.get(language));
    }
  }

  private static void assertWellFormed(String where, List<String> terms) {
    Set<String> seen = new HashSet<>();
    for (String term : terms) {
      assertThat(term).as(where).isNotBlank().isEqualTo(term.strip()).doesNotContain("  ");
      assertThat(term).as(where).isNotEqualTo("=").doesNotStartWith("= ");
      assertThat(seen.add(normalize(term))).as(where + ": '" + term + "' repeats").isTrue();
    }
  }

  private static Set<String> normalized(List<String> words) {
    Set<String> set = new HashSet<>();
    for (String word : words) {
      set.add(normalize(word.startsWith("=") ? word.substring(1) : word));
    }
    return set;
  }

  /** The normalization the formats define, so that "é" and "e" count as the same term. */
  private static String normalize(String term) {
    String lower = term.toLowerCase(Locale.ROOT);
    String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return stripped.replace('ł', 'l').replace('ø', 'o').replace("æ", "ae").replace("ß", "ss");
  }

  private static List<Object> topics() {
    return list(map(parse("starter-taxonomy.json")).get("topics"));
  }

  private static Map<String, Object> lexicon() {
    return map(parse("sentiment-lexicon.json"));
  }

  private static Object parse(String file) {
    try (InputStream in = StarterWordListsTest.class.getResourceAsStream(BASE + file)) {
      assertThat(in).as(file).isNotNull();
      return MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(@Nullable Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) Objects.requireNonNull(value);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(@Nullable Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<Object>) Objects.requireNonNull(value);
  }

  private static List<String> strings(@Nullable Object value) {
    List<String> strings = new ArrayList<>();
    for (Object item : list(value)) {
      assertThat(item).isInstanceOf(String.class);
      strings.add((String) item);
    }
    return strings;
  }
}
