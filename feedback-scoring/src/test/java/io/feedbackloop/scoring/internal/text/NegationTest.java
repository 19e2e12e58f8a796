package io.feedbackloop.scoring.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NegationTest {
  private static final WordSet NEGATORS = WordSet.of(List.of("not", "inte", "gar nicht"));
  private static final WordSet CONTRAST = WordSet.of(List.of("but"));

  private static boolean negated(String text, int index) {
    return Negation.negated(Tokens.of(text), index, NEGATORS, CONTRAST);
  }

  @Test
  void aNegatorWithinThreeTokensNegates() {
    assertThat(negated("not late", 1)).isTrue();
    assertThat(negated("not at all late", 3)).isTrue();
    assertThat(negated("Paketet kom inte försenat", 3)).isTrue();
  }

  @Test
  void aNegatorFurtherAwayDoesNot() {
    assertThat(negated("not at all very late", 4)).isFalse();
    assertThat(negated("late", 0)).isFalse();
  }

  @Test
  void negationDoesNotCrossPunctuationOrContrast() {
    assertThat(negated("not this, late", 2)).isFalse();
    assertThat(negated("not. late", 1)).isFalse();
    assertThat(negated("not fast but late", 3)).isFalse();
  }

  @Test
  void aPhraseNegatorCounts() {
    assertThat(negated("war gar nicht kaputt", 3)).isTrue();
  }

  private static int post(String text, int end) {
    return Negation.postNegator(Tokens.of(text), end, NEGATORS, CONTRAST);
  }

  @Test
  void aNegatorWithinThreeTokensAfterAMatchIsFound() {
    assertThat(post("fungerar inte", 1)).isEqualTo(1);
    assertThat(post("gillar jag den inte", 1)).isEqualTo(3);
    assertThat(post("gefällt mir gar nicht", 1)).as("a phrase, by its last token").isEqualTo(3);
    assertThat(post("gillar jag den nu inte", 1)).isEqualTo(-1);
  }

  @Test
  void aNegatorAfterAMatchDoesNotCrossPunctuationContrastOrTheEnd() {
    assertThat(post("gillar, inte", 1)).isEqualTo(-1);
    assertThat(post("good but not", 1)).isEqualTo(-1);
    assertThat(post("gillar", 1)).isEqualTo(-1);
    assertThat(post("", 0)).isEqualTo(-1);
  }
}
