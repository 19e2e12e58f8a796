package io.feedbackloop.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicTest {

  @Test
  void copiesItsTerms() {
    List<String> terms = new ArrayList<>(List.of("delivery"));
    Topic t = new Topic("delivery", Map.of(TextLanguage.ENGLISH, terms));
    terms.add("late");
    assertThat(t.terms(TextLanguage.ENGLISH)).containsExactly("delivery");
    assertThat(t.terms(TextLanguage.SWEDISH)).isEmpty();
    assertThat(Topic.of("delivery", TextLanguage.ENGLISH, "delivery")).isEqualTo(t);
  }

  @Test
  void rejectsAMalformedId() {
    for (String id : List.of("", "Delivery", "1st", "late-delivery", "_x")) {
      assertThatThrownBy(() -> Topic.of(id, TextLanguage.ENGLISH, "late"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "id: must be lower-case letters, digits and _, starting with a letter, but was '"
                  + id
                  + "'");
    }
    assertThat(Topic.of("website_app2", TextLanguage.ENGLISH, "app").id()).isEqualTo("website_app2");
  }

  @Test
  void rejectsATopicWithoutTerms() {
    assertThatThrownBy(() -> new Topic("delivery", Map.of(TextLanguage.ENGLISH, List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("terms: must hold at least one term, but had none");
  }

  @Test
  void rejectsABlankTermNamingIt() {
    assertThatThrownBy(
            () -> new Topic("delivery", Map.of(TextLanguage.SWEDISH, List.of("leverans", "sen", " "))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("terms.sv[2]: term must hold a letter or digit, but was ' '");
    assertThatThrownBy(() -> Topic.of("delivery", TextLanguage.ENGLISH, "="))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("terms.en[0]: term must hold a letter or digit, but was '='");
  }
}
