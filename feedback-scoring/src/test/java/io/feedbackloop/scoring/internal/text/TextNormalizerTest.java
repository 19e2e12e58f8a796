package io.feedbackloop.scoring.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void lowerCasesAndStripsDiacritics() {
    assertThat(TextNormalizer.normalize("Leveransen")).isEqualTo("leveransen");
    assertThat(TextNormalizer.normalize("FÖRSENAD")).isEqualTo("forsenad");
    assertThat(TextNormalizer.normalize("Qualität")).isEqualTo("qualitat");
    assertThat(TextNormalizer.normalize("dostawę")).isEqualTo("dostawe");
    assertThat(TextNormalizer.normalize("jakość")).isEqualTo("jakosc");
    assertThat(TextNormalizer.normalize("Żółw")).isEqualTo("zolw");
    assertThat(TextNormalizer.normalize("å")).isEqualTo("a");
  }

  @Test
  void mapsLettersThatDoNotDecompose() {
    assertThat(TextNormalizer.normalize("Płatność")).isEqualTo("platnosc");
    assertThat(TextNormalizer.normalize("Øl")).isEqualTo("ol");
    assertThat(TextNormalizer.normalize("Æble")).isEqualTo("aeble");
    assertThat(TextNormalizer.normalize("Straße")).isEqualTo("strasse");
  }

  @Test
  void dropsApostrophes() {
    assertThat(TextNormalizer.normalize("don't")).isEqualTo("dont");
    assertThat(TextNormalizer.normalize("Didn’t")).isEqualTo("didnt");
  }

  @Test
  void leavesPlainLowerCaseAsItIs() {
    assertThat(TextNormalizer.normalize("delivery42")).isEqualTo("delivery42");
  }
}
