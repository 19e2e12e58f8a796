package io.feedbackloop.scoring.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.scoring.text.Taxonomy;
import io.feedbackloop.scoring.text.TextLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicIndexTest {
  private static final TopicIndex INDEX = TopicIndex.of(Taxonomy.starter().topics());

  private static List<String> topics(String text, TextLanguage language) {
    return INDEX.find(Tokens.of(text), TermMatcher.mask(language)).stream()
        .map(TermMatcher.Hit::value)
        .distinct()
        .sorted()
        .toList();
  }

  @Test
  void aTermInsideALongerTermOfAnotherTopicDoesNotCount() {
    assertThat(topics("Koszt wysyłki jest za wysoki", TextLanguage.POLISH)).containsExactly("price");
    assertThat(topics("Gratis verzending, top", TextLanguage.DUTCH)).containsExactly("price");
  }

  @Test
  void aTermOutsideTheLongerTermStillCounts() {
    assertThat(topics("Koszt wysyłki wysoki, a wysyłka trwała tydzień", TextLanguage.POLISH))
        .contains("delivery", "price");
  }

  @Test
  void aTermSharedByTwoTopicsCountsForBoth() {
    assertThat(topics("Reklamation eingereicht", TextLanguage.GERMAN))
        .contains("customer_service", "returns_refunds");
  }
}
