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

  @Test
  void cheapLookingGoodsAreAboutQualityNotPrice() {
    assertThat(topics("The fabric feels cheap", TextLanguage.ENGLISH))
        .containsExactly("product_quality");
    assertThat(topics("Das Gehäuse wirkt billig", TextLanguage.GERMAN))
        .containsExactly("product_quality");
  }

  @Test
  void anExchangeForAnotherSizeIsAReturnNotAQualityIssue() {
    assertThat(topics("Ik wil graag een andere maat", TextLanguage.DUTCH))
        .containsExactly("returns_refunds");
    assertThat(topics("Jag bytte till en mindre storlek", TextLanguage.SWEDISH))
        .containsExactly("returns_refunds");
  }

  @Test
  void noComplaintsIsNoCustomerServiceTopic() {
    assertThat(topics("No complaints at all", TextLanguage.ENGLISH)).isEmpty();
    assertThat(topics("I filed a complaint", TextLanguage.ENGLISH))
        .containsExactly("customer_service");
  }
}
