package io.feedbackloop.examples.demo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.examples.markup.Xml;
import io.feedbackloop.routing.cases.CaseMetricsShare;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The formats, escaping and axis arithmetic both renderers rely on. */
class RenderHelpersTest {
  @Test
  void pointsHaveASignAndOneDecimal() {
    assertThat(Fmt.points(26.75)).isEqualTo("+26.8");
    assertThat(Fmt.points(-3)).isEqualTo("-3.0");
    assertThat(Fmt.points(-0.04)).isEqualTo("0.0");
    assertThat(Fmt.points(OptionalDouble.empty())).isEqualTo("-");
    assertThat(Fmt.tick(20)).isEqualTo("+20");
    assertThat(Fmt.tick(-2.5)).isEqualTo("-2.5");
    assertThat(Fmt.tick(0)).isEqualTo("0");
  }

  @Test
  void sharesCountsAndDurations() {
    assertThat(Fmt.percent(0.4133)).isEqualTo("41.3%");
    assertThat(Fmt.percent(new CaseMetricsShare(1, 3))).isEqualTo("33.3%");
    assertThat(Fmt.percent(CaseMetricsShare.NONE)).isEqualTo("-");
    assertThat(Fmt.count(10_000)).isEqualTo("10,000");
    assertThat(Fmt.duration(Duration.ofMinutes(12))).isEqualTo("12m");
    assertThat(Fmt.duration(Duration.ofMinutes(185))).isEqualTo("3h 05m");
    assertThat(Fmt.duration(Duration.ofHours(52))).isEqualTo("2d 4h");
    assertThat(Fmt.duration(Optional.empty())).isEqualTo("-");
    assertThat(Fmt.span(Instant.EPOCH, Instant.EPOCH.plus(Duration.ofDays(7)))).isEqualTo("7d");
    assertThat(Fmt.span(Instant.EPOCH, Instant.EPOCH.plus(Duration.ofHours(36)))).isEqualTo("36h");
    assertThat(Fmt.span(Instant.EPOCH, Instant.EPOCH.plusSeconds(900))).isEqualTo("15m");
    assertThat(Fmt.minute(Instant.parse("2026-02-09T08:30:59Z"))).isEqualTo("2026-02-09 08:30");
  }

  @Test
  void coordinatesHaveAtMostOneDecimal() {
    assertThat(Fmt.coord(12.0)).isEqualTo("12");
    assertThat(Fmt.coord(12.345)).isEqualTo("12.3");
    assertThat(Fmt.coord(-0.04)).isEqualTo("0");
    assertThat(Fmt.coord(-3.25)).isEqualTo("-3.2");
    assertThat(Fmt.coord(-0.5)).isEqualTo("-0.5");
  }

  @Test
  void escapingCoversMarkupQuotesAndCharactersXmlForbids() {
    assertThat(Xml.escape("a<b>&\"c'd")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;d");
    assertThat(Xml.escape("bell\u0007 nul\u0000")).isEqualTo("bell\uFFFD nul\uFFFD");
    assertThat(Xml.escape("tab\tline\n")).isEqualTo("tab\tline\n");
    assertThat(Xml.escape("smile \uD83D\uDE00 lone \uD83D")).isEqualTo("smile \uD83D\uDE00 lone \uFFFD");
    assertThat(Xml.escape("Paketet kom för sent")).isEqualTo("Paketet kom för sent");
  }

  @Test
  void niceAxesUseRoundSteps() {
    assertThat(Axis.niceStep(7)).isEqualTo(10);
    assertThat(Axis.niceStep(1.7)).isEqualTo(2);
    assertThat(Axis.niceStep(2.2)).isEqualTo(2.5);
    assertThat(Axis.niceStep(0.04)).isEqualTo(0.05, org.assertj.core.data.Offset.offset(1e-12));
    Axis a = Axis.nice(-5.7, 51.3, 300, 20, 6);
    assertThat(a.low()).isEqualTo(-10);
    assertThat(a.high()).isEqualTo(60);
    assertThat(a.ticks()).containsExactly(-10.0, 0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0);
    assertThat(a.at(-10)).isEqualTo(300);
    assertThat(a.at(60)).isEqualTo(20);
    assertThat(a.at(25)).isEqualTo(160);
    Axis flat = Axis.nice(0, 0, 0, 100, 4);
    assertThat(flat.low()).isLessThan(0);
    assertThat(flat.high()).isGreaterThan(0);
    assertThatThrownBy(() -> Axis.fixed(1, 1, 0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("high must be > low (1.0), but was 1.0");
  }

  @Test
  void runsAreMaximalStretchesOfPlottedWeeks() {
    assertThat(NpsTrendChart.runs(ReportFixtures.eightWeeks()))
        .containsExactly(java.util.List.of(0, 1), java.util.List.of(3, 4), java.util.List.of(6, 7));
  }
}
