package io.feedbackloop.routing.delivery.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

  @Test
  void gsmTextsHave160CharactersInOneSegmentAnd153WhenSplit() {
    assertThat(SmsSegments.count("")).isZero();
    assertThat(SmsSegments.count("a")).isEqualTo(1);
    assertThat(SmsSegments.count("ÅÄÖåäöÉ@£".repeat(16))).isEqualTo(1); // 144
    assertThat(SmsSegments.count("x".repeat(160))).isEqualTo(1);
    assertThat(SmsSegments.count("x".repeat(161))).isEqualTo(2);
    assertThat(SmsSegments.count("x".repeat(306))).isEqualTo(2);
    assertThat(SmsSegments.count("x".repeat(307))).isEqualTo(3);
    assertThat(SmsSegments.count("x".repeat(459))).isEqualTo(3);
    assertThat(SmsSegments.count("x".repeat(460))).isEqualTo(4);
  }

  @Test
  void extensionCharactersTakeTwoSeptets() {
    assertThat(SmsSegments.isGsm("€{}[]~|^\\")).isTrue();
    assertThat(SmsSegments.units("€{")).isEqualTo(4);
    assertThat(SmsSegments.count("€".repeat(80))).isEqualTo(1);
    assertThat(SmsSegments.count("€".repeat(80) + "x")).isEqualTo(2);
  }

  @Test
  void anyOtherCharacterMakesTheTextUcs2() {
    assertThat(SmsSegments.isGsm("Hej ж")).isFalse();
    assertThat(SmsSegments.isGsm("ç")).isFalse(); // only capital Ç is in the GSM table
    assertThat(SmsSegments.units("€ж")).isEqualTo(2);
    assertThat(SmsSegments.count("ж".repeat(70))).isEqualTo(1);
    assertThat(SmsSegments.count("ж".repeat(71))).isEqualTo(2);
    assertThat(SmsSegments.count("ж".repeat(134))).isEqualTo(2);
    assertThat(SmsSegments.count("ж".repeat(135))).isEqualTo(3);
    assertThat(SmsSegments.count("😀".repeat(35))).as("surrogate pairs take two units").isEqualTo(1);
    assertThat(SmsSegments.count("😀".repeat(36))).isEqualTo(2);
  }

  @Test
  void truncationKeepsFittingTextsAndCutsOthersToFit() {
    assertThat(SmsSegments.truncate("short", 1)).isEqualTo("short");
    assertThat(SmsSegments.truncate("x".repeat(160), 1)).isEqualTo("x".repeat(160));
    assertThat(SmsSegments.truncate("x".repeat(161), 1)).isEqualTo("x".repeat(157) + "...");
    assertThat(SmsSegments.truncate("x".repeat(500), 3)).isEqualTo("x".repeat(456) + "...");
    assertThat(SmsSegments.truncate("€".repeat(100), 1)).isEqualTo("€".repeat(78) + "...");
    assertThat(SmsSegments.truncate("ж".repeat(100), 1)).isEqualTo("ж".repeat(67) + "...");
    assertThat(SmsSegments.truncate("ж".repeat(300), 2)).isEqualTo("ж".repeat(131) + "...");
    String emoji = SmsSegments.truncate("a" + "😀".repeat(40), 1);
    assertThat(emoji).isEqualTo("a" + "😀".repeat(33) + "...");
    assertThat(Character.isHighSurrogate(emoji.charAt(emoji.length() - 4))).isFalse();
    for (int n = 150; n < 700; n += 7) {
      for (int max = 1; max <= 4; max++) {
        assertThat(SmsSegments.count(SmsSegments.truncate("ä€ж".repeat(n / 3) + "x".repeat(n), max)))
            .isLessThanOrEqualTo(max);
      }
    }
  }
}
