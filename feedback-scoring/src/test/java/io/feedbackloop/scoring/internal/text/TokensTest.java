package io.feedbackloop.scoring.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void cutsWordsWithOffsetsIntoTheOriginalText() {
    String text = "Die Lieferzeit war zu lang!";
    Tokens t = Tokens.of(text);
    assertThat(t.words()).containsExactly("die", "lieferzeit", "war", "zu", "lang");
    assertThat(text.substring(t.start(1), t.end(1))).isEqualTo("Lieferzeit");
    assertThat(t.start(4)).isEqualTo(22);
    assertThat(t.end(4)).isEqualTo(26);
  }

  @Test
  void keepsApostrophesInsideWordsOut() {
    String text = "I don't know";
    Tokens t = Tokens.of(text);
    assertThat(t.words()).containsExactly("i", "dont", "know");
    assertThat(text.substring(t.start(1), t.end(1))).isEqualTo("don't");
    assertThat(Tokens.of("'quoted' word").words()).containsExactly("quoted", "word");
  }

  @Test
  void numbersClausesAndSentences() {
    Tokens t = Tokens.of("a b, c; d. e! f? g");
    assertThat(t.words()).containsExactly("a", "b", "c", "d", "e", "f", "g");
    assertThat(new int[] {t.clause(0), t.clause(1), t.clause(2), t.clause(3), t.clause(4)})
        .containsExactly(0, 0, 1, 2, 3);
    assertThat(new int[] {t.sentence(0), t.sentence(2), t.sentence(3), t.sentence(4), t.sentence(6)})
        .containsExactly(0, 0, 0, 1, 3);
  }

  @Test
  void splitsOnHyphensAndSymbols() {
    assertThat(Tokens.of("wi-fi & e-mail :)").words()).containsExactly("wi", "fi", "e", "mail");
    assertThat(Tokens.of("  ").size()).isZero();
  }
}
