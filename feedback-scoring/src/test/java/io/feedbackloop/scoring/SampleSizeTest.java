package io.feedbackloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Pins the planner: n = ceil(z^2 var / E^2), z = 1.959963984540054 at 95%. */
class SampleSizeTest {

  @Test
  void classicWorstCaseShare() {
    // 1.959964^2 * 0.25 / 0.05^2 = 384.1459 -> 385, the textbook number
    assertThat(SampleSize.shareWorstCase(0.05, 0.95)).isEqualTo(385);
    assertThat(SampleSize.share(0.05, 0.95, 0.5)).isEqualTo(385);
  }

  @Test
  void expectedShareAt99Percent() {
    // z(0.995) = 2.5758293035489004: 2.5758^2 * 0.16 / 0.03^2 = 1179.5... -> 1180
    assertThat(SampleSize.share(0.03, 0.99, 0.8)).isEqualTo(1180);
  }

  @Test
  void npsWorstCaseAndExpectedVariance() {
    // worst case variance 1: 1.959964^2 / 0.05^2 = 1536.58 -> 1537
    assertThat(SampleSize.npsWorstCase(5, 0.95)).isEqualTo(1537);
    // variance 0.61 (50/30/20), margin 10 points: 3.8415 * 0.61 / 0.01 = 234.33 -> 235
    assertThat(SampleSize.nps(10, 0.95, 0.61)).isEqualTo(235);
  }

  @Test
  void atLeastOne() {
    assertThat(SampleSize.share(0.5, 0.95, 0)).isEqualTo(1);
    assertThat(SampleSize.share(0.99, 0.5, 0.5)).isEqualTo(1);
    assertThat(SampleSize.nps(200, 0.5, 0.01)).isEqualTo(1);
  }

  @Test
  void exactIntegerDoesNotRoundUp() {
    // z(0.5) two-sided = 0.6744897501960817; choose margin so that n is 100 up to rounding
    double z = 0.6744897501960817;
    double margin = z * 0.5 / 10; // n = z^2 0.25 / margin^2 = 100
    assertThat(SampleSize.share(margin, 0.5, 0.5)).isEqualTo(100);
  }

  @Test
  void rejectsOutOfRangeArguments() {
    assertThatThrownBy(() -> SampleSize.share(0, 0.95, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("margin must be in (0, 1), but was 0.0");
    assertThatThrownBy(() -> SampleSize.share(1, 0.95, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SampleSize.share(0.05, 0.95, 1.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expectedShare must be in [0, 1], but was 1.1");
    assertThatThrownBy(() -> SampleSize.share(0.05, 0.95, -0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SampleSize.share(0.05, 1.5, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence must be in (0, 1), but was 1.5");
    assertThatThrownBy(() -> SampleSize.nps(0, 0.95, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("marginPoints must be in (0, 200], but was 0.0");
    assertThatThrownBy(() -> SampleSize.nps(200.5, 0.95, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SampleSize.nps(5, 0.95, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expectedVariance must be in (0, 1], but was 0.0");
    assertThatThrownBy(() -> SampleSize.nps(5, 0.95, 1.01))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SampleSize.npsWorstCase(5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence must be in (0, 1), but was 0.0");
    assertThat(SampleSize.nps(200, 0.95, 1)).isEqualTo(1);
    assertThat(SampleSize.share(0.05, 0.95, 1)).isEqualTo(1);
  }
}
