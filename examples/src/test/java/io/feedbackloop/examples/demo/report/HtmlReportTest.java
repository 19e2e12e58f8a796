package io.feedbackloop.examples.demo.report;

import static io.feedbackloop.examples.demo.report.Dom.SVG;
import static io.feedbackloop.examples.demo.report.Dom.XHTML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.scoring.insight.TopicDriver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlReportTest {
  private final ShopReport full = ReportFixtures.full();
  private final String page = HtmlReport.render(full);

  @Test
  void thePageIsWellFormedXhtmlWithALanguageAndATitle() throws Exception {
    Document doc = Dom.parse(page);
    Element html = doc.getDocumentElement();
    assertThat(page).startsWith("<!DOCTYPE html>\n");
    assertThat(html.getNamespaceURI()).isEqualTo(XHTML);
    assertThat(html.getAttribute("lang")).isEqualTo("en");
    assertThat(Dom.all(html, XHTML, "meta").get(0).getAttribute("charset")).isEqualTo("UTF-8");
    assertThat(Dom.all(html, XHTML, "title").get(0).getTextContent())
        .isEqualTo("Demo shop " + ReportFixtures.NASTY);
    assertThat(Dom.all(html, XHTML, "style")).hasSize(1);
  }

  @Test
  void everyChartIsAnAccessibleImageWithATitleAndALegend() throws Exception {
    Document doc = Dom.parse(page);
    List<Element> svgs = Dom.all(doc.getDocumentElement(), SVG, "svg");
    assertThat(svgs)
        .extracting(e -> e.getAttribute("id"))
        .containsExactly(NpsTrendChart.ID, CategoryMixChart.ID, DriverChart.ID, SlaChart.ID);
    for (Element svg : svgs) {
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      assertThat(svg.getAttribute("aria-label")).isNotBlank();
      Element title = Dom.all(svg, SVG, "title").get(0);
      assertThat(title.getParentNode()).isSameAs(svg);
      assertThat(title.getTextContent()).isEqualTo(svg.getAttribute("aria-label"));
      assertThat(Dom.all(svg, SVG, "desc").get(0).getTextContent()).isNotBlank();
    }
    assertThat(Dom.all(doc.getDocumentElement(), XHTML, "ul"))
        .filteredOn(u -> u.getAttribute("class").equals("legend"))
        .hasSize(4);
    assertThat(page)
        .contains("background:" + Palette.NPS_LINE, "background:" + Palette.NPS_BAND)
        .contains("background:" + Palette.PROMOTER, "background:" + Palette.DETRACTOR)
        .contains("background:" + Palette.FIRST_CONTACT, "background:" + Palette.RESOLUTION);
  }

  @Test
  void theTrendHasAPointPerPlottedWeekAndBreaksAtGaps() throws Exception {
    Element svg = Dom.svg(Dom.parse(page), NpsTrendChart.ID);
    // weeks 0,1 | gap (n = 0) | 3,4 | gap (n = 12 < 30) | 6,7
    assertThat(Dom.withClass(svg, "circle", "nps-point")).hasSize(6);
    List<Element> lines = Dom.withClass(svg, "polyline", "nps-line");
    assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(Dom.points(l)).hasSize(2));
    assertThat(lines.get(0).getAttribute("stroke")).isEqualTo(Palette.NPS_LINE);
    List<Element> bands = Dom.withClass(svg, "polygon", "nps-band");
    assertThat(bands).hasSize(3).allSatisfy(b -> assertThat(Dom.points(b)).hasSize(4));
    assertThat(bands.get(0).getAttribute("fill")).isEqualTo(Palette.NPS_BAND);
    assertThat(svg.getTextContent()).contains("2026-01-19", "no answers", "n = 12 (too few)");
    assertThat(svg.getTextContent()).contains("NPS (points)", "Week starting");
  }

  @Test
  void eachPointLiesInsideItsBandAndHigherScoresAreHigherUp() throws Exception {
    Element svg = Dom.svg(Dom.parse(page), NpsTrendChart.ID);
    List<Element> points = Dom.withClass(svg, "circle", "nps-point");
    List<Element> bands = Dom.withClass(svg, "polygon", "nps-band");
    for (int run = 0; run < 3; run++) {
      List<double[]> band = Dom.points(bands.get(run));
      for (int k = 0; k < 2; k++) {
        Element p = points.get(run * 2 + k);
        double cx = Double.parseDouble(p.getAttribute("cx"));
        double cy = Double.parseDouble(p.getAttribute("cy"));
        double[] upper = band.get(k);
        double[] lower = band.get(3 - k);
        assertThat(upper[0]).isEqualTo(cx);
        assertThat(lower[0]).isEqualTo(cx);
        assertThat(cy).isGreaterThan(upper[1]).isLessThan(lower[1]);
      }
    }
    // week 4 (NPS +2.4) is lower than week 7 (NPS +44.4): larger y
    double week4 = Double.parseDouble(points.get(3).getAttribute("cy"));
    double week7 = Double.parseDouble(points.get(5).getAttribute("cy"));
    assertThat(week4).isGreaterThan(week7);
  }

  @Test
  void theMixHasThreeStackedBarsPerWeekWithAnswers() throws Exception {
    Element svg = Dom.svg(Dom.parse(page), CategoryMixChart.ID);
    assertThat(Dom.withClass(svg, "rect", "mix-promoters")).hasSize(7);
    assertThat(Dom.withClass(svg, "rect", "mix-passives")).hasSize(7);
    assertThat(Dom.withClass(svg, "rect", "mix-detractors")).hasSize(7);
    // the three segments of a week fill the plot from 0% to 100%
    Element detractors = Dom.withClass(svg, "rect", "mix-detractors").get(0);
    Element promoters = Dom.withClass(svg, "rect", "mix-promoters").get(0);
    double bottom = Double.parseDouble(detractors.getAttribute("y"))
        + Double.parseDouble(detractors.getAttribute("height"));
    assertThat(bottom).isEqualTo(CategoryMixChart.HEIGHT - 62.0);
    assertThat(Double.parseDouble(promoters.getAttribute("y"))).isEqualTo(16.0);
    assertThat(promoters.getTextContent()).isEqualTo("Week of 2026-01-05: promoters 48.8% (200)");
  }

  @Test
  void slaHasABarPerDecidedShareAndNaOtherwise() throws Exception {
    Element svg = Dom.svg(Dom.parse(page), SlaChart.ID);
    assertThat(Dom.withClass(svg, "rect", "sla-first-contact")).hasSize(3);
    assertThat(Dom.withClass(svg, "rect", "sla-resolution")).hasSize(2);
    assertThat(svg.getTextContent()).contains("support", "logistics", "billing", "n/a", "82%");
  }

  @Test
  void driversAreHorizontalBarsSortedByImpact() throws Exception {
    Element svg = Dom.svg(Dom.parse(page), DriverChart.ID);
    List<Element> bars = new ArrayList<>(Dom.withClass(svg, "rect", "bar"));
    List<TopicDriver> drivers = full.drivers().topics();
    assertThat(bars).hasSize(drivers.size()).hasSize(4);
    List<Double> ys = new ArrayList<>();
    for (Element bar : bars) {
      ys.add(Double.parseDouble(bar.getAttribute("y")));
    }
    assertThat(ys).isSorted();
    List<String> topicsInOrder = new ArrayList<>();
    for (Element bar : bars) {
      topicsInOrder.add(bar.getTextContent().substring(0, bar.getTextContent().indexOf(": impact")));
    }
    List<String> expected =
        TextReport.sortedDrivers(full).stream().map(TopicDriver::topic).toList();
    assertThat(topicsInOrder).isEqualTo(expected);
    assertThat(Dom.withClass(svg, "rect", "driver-hurts")).isNotEmpty();
    assertThat(Dom.withClass(svg, "rect", "driver-helps")).isNotEmpty();
  }

  @Test
  void everyTextIsEscaped() throws Exception {
    assertThat(page).doesNotContain(ReportFixtures.NASTY).doesNotContain("<b>");
    assertThat(page).contains("&lt;b&gt;&amp;&quot;it&#39;s&quot;&lt;/b&gt;");
    Document doc = Dom.parse(page);
    assertThat(doc.getDocumentElement().getTextContent())
        .contains("Demo shop " + ReportFixtures.NASTY, "region=" + ReportFixtures.NASTY);
    assertThat(Dom.all(doc.getDocumentElement(), XHTML, "b")).isEmpty();
  }

  @Test
  void theTablesHoldSatisfactionAlertsTeamsAndTheLeaderboard() throws Exception {
    Document doc = Dom.parse(page);
    List<String> captions =
        Dom.all(doc.getDocumentElement(), XHTML, "caption").stream()
            .map(Element::getTextContent)
            .toList();
    assertThat(captions)
        .contains(
            "NPS per week", "CSAT and CES over the period", "Top detractor topics",
            "Topics far more frequent than usual in a segment", "Cases per team",
            "Owner leaderboard");
    assertThat(page)
        .contains("<th scope=\"row\">1</th><td>ana</td><td>60</td><td>5h 00m</td><td>91.7%</td>")
        .contains("<td>2026-02-09 00:00</td><td>7d</td><td>34</td><td>6.3</td>")
        .contains("<th scope=\"row\">billing</th><td>5</td><td>0</td><td>80.0%</td><td>-</td>");
  }

  @Test
  void nothingIsLoadedFromOutsideThePage() {
    Matcher urls = Pattern.compile("https?://[^\"\\s]*").matcher(page);
    List<String> found = new ArrayList<>();
    while (urls.find()) {
      found.add(urls.group());
    }
    assertThat(found).isNotEmpty().allMatch(u -> u.equals(XHTML) || u.equals(SVG));
    assertThat(page.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("<script", "src=", "href=", "url(", "@import", "<img", "<link",
            "<iframe", "<object", "onload", "javascript:");
  }

  @Test
  void theSameModelGivesTheSamePage() {
    assertThat(HtmlReport.render(ReportFixtures.full())).isEqualTo(page);
  }

  @Test
  void weeksBelowTheMinimumLeaveGapsWithoutBands() throws Exception {
    // one lone plotted week between two thin ones: a narrow band, a point, no line
    ShopReport report =
        ShopReport.builder()
            .period(ReportFixtures.FIRST_WEEK, ReportFixtures.FIRST_WEEK.plusWeeks(3))
            .week(new WeeklyNps(ReportFixtures.FIRST_WEEK, ReportFixtures.nps(3, 2, 1)))
            .week(new WeeklyNps(ReportFixtures.FIRST_WEEK.plusWeeks(1),
                ReportFixtures.nps(30, 10, 10)))
            .week(new WeeklyNps(ReportFixtures.FIRST_WEEK.plusWeeks(2),
                ReportFixtures.nps(0, 0, 0)))
            .build();
    Document doc = Dom.parse(HtmlReport.render(report));
    Element svg = Dom.svg(doc, NpsTrendChart.ID);
    assertThat(Dom.withClass(svg, "circle", "nps-point")).hasSize(1);
    assertThat(Dom.withClass(svg, "polyline", "nps-line")).isEmpty();
    List<Element> bands = Dom.withClass(svg, "polygon", "nps-band");
    assertThat(bands).hasSize(1);
    List<double[]> band = Dom.points(bands.get(0));
    assertThat(band).hasSize(4);
    assertThat(band.get(1)[0] - band.get(0)[0]).isEqualTo(16.0);
    Element mix = Dom.svg(doc, CategoryMixChart.ID);
    assertThat(Dom.withClass(mix, "rect", "bar")).hasSize(6);
  }

  @Test
  void noPlottedWeekMeansNoLineNoBandAndAFullScale() throws Exception {
    ShopReport report =
        ShopReport.builder()
            .period(ReportFixtures.FIRST_WEEK, ReportFixtures.FIRST_WEEK.plusWeeks(2))
            .week(new WeeklyNps(ReportFixtures.FIRST_WEEK, ReportFixtures.nps(0, 0, 0)))
            .week(new WeeklyNps(ReportFixtures.FIRST_WEEK.plusWeeks(1),
                ReportFixtures.nps(1, 0, 1)))
            .build();
    Element svg = Dom.svg(Dom.parse(HtmlReport.render(report)), NpsTrendChart.ID);
    assertThat(Dom.all(svg, SVG, "circle")).isEmpty();
    assertThat(Dom.all(svg, SVG, "polyline")).isEmpty();
    assertThat(Dom.all(svg, SVG, "polygon")).isEmpty();
    assertThat(svg.getTextContent()).contains("-100", "+100");
  }

  @Test
  void anEmptyModelStillGivesAWellFormedPageWithNotes() throws Exception {
    String empty = HtmlReport.render(ReportFixtures.empty());
    Document doc = Dom.parse(empty);
    assertThat(Dom.all(doc.getDocumentElement(), SVG, "svg")).isEmpty();
    assertThat(doc.getDocumentElement().getTextContent())
        .contains("No responses in the period.", "No recurring issue was detected.",
            "No cases were opened in the period.");
    assertThat(Dom.hasSvg(doc, SlaChart.ID)).isFalse();
  }

  @Test
  void noTeamsButATotalShowsTheTableWithoutTheSlaChart() throws Exception {
    ShopReport report =
        ShopReport.builder()
            .period(ReportFixtures.FIRST_WEEK, ReportFixtures.FIRST_WEEK.plusDays(6))
            .closedLoop(
                new ClosedLoop(
                    java.util.Optional.of(ReportFixtures.full().closedLoop().total().orElseThrow()),
                    List.of(),
                    List.of()))
            .build();
    Document doc = Dom.parse(HtmlReport.render(report));
    assertThat(Dom.hasSvg(doc, SlaChart.ID)).isFalse();
    assertThat(doc.getDocumentElement().getTextContent()).contains("Cases per team", "185");
  }

  @Test
  void writeCreatesTheDirectoryAndTheFile(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("out/nested");
    Path file = HtmlReport.write(full, dir);
    assertThat(file).isEqualTo(dir.resolve("feedback-report.html"));
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(page);
    assertThat(HtmlReport.write(full, dir)).isEqualTo(file);
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejectedByName(@TempDir Path tmp) {
    assertThatThrownBy(() -> HtmlReport.render(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("report must not be null");
    assertThatThrownBy(() -> HtmlReport.write(full, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dir must not be null");
  }
}
