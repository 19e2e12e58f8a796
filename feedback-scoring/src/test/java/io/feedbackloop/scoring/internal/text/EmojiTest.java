package io.feedbackloop.scoring.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmojiTest {
  @Test
  void positiveAndNegativeEmojiCountOneEach() {
    assertThat(Emoji.polarity("Lieferung in 24 Std, Wahnsinn 🚀")).isEqualTo(1);
    assertThat(Emoji.polarity("Hoe doen jullie dat?! 😄")).isEqualTo(1);
    assertThat(Emoji.polarity("Fortfarande inget paket 😡")).isEqualTo(-1);
    assertThat(Emoji.polarity("👍 😡")).isZero();
    assertThat(Emoji.polarity("❤")).as("a symbol from the BMP").isEqualTo(1);
  }

  @Test
  void eachKindIsCapped() {
    assertThat(Emoji.polarity("👍👍👍👍")).isEqualTo(Emoji.CAP);
    assertThat(Emoji.polarity("👎👎👎")).isEqualTo(-Emoji.CAP);
  }

  @Test
  void textEmoticonsCount() {
    assertThat(Emoji.polarity("all fine :)")).isEqualTo(1);
    assertThat(Emoji.polarity("still waiting :-(")).isEqualTo(-1);
    assertThat(Emoji.polarity("Delivered :D")).isEqualTo(1);
  }

  @Test
  void ambiguousEmojiAndPlainTextCountNothing() {
    assertThat(Emoji.polarity("😂🔥🙏")).isZero();
    assertThat(Emoji.polarity("see https://shop.example/returns (page 2)")).isZero();
    assertThat(Emoji.polarity("")).isZero();
  }
}
