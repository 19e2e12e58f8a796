package io.feedbackloop.examples.demo.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.examples.browser.Chromium;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the written report in a real headless Chromium: the screenshot must show the charts in
 * their colours, and the DOM Chromium built must hold the SVG elements. Skipped without Chromium.
 * The screenshot stays in {@code target/chromium-report/feedback-report.png} for a human to look at.
 */
class ChromiumRenderTest {
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 2200;
  private static final long TIMEOUT_SECONDS = 30;
  private static final Path OUT = Path.of("target", "chromium-report").toAbsolutePath();

  private static Path chromium = Path.of("chromium");
  private static Path page = Path.of("feedback-report.html");

  @BeforeAll
  static void writeTheReport() throws IOException {
    Optional<Path> found = Chromium.binary();
    Assumptions.assumeTrue(
        found.isPresent(),
        "Chromium not found (install Debian's chromium package) — skipping the browser check");
    chromium = found.orElseThrow();
    page = HtmlReport.write(ReportFixtures.full(), OUT);
  }

  @Test
  void theScreenshotShowsTheChartsInTheirColours() throws Exception {
    Path png = OUT.resolve("feedback-report.png");
    Files.deleteIfExists(png);
    run("--screenshot=" + png);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);

    Box line = Box.of(image, Palette.NPS_LINE);
    Box band = Box.of(image, Palette.NPS_BAND);
    // the trend line is drawn 3 px wide across six weeks, the band is a large area
    assertThat(line.count).as("pixels of the NPS line colour").isGreaterThan(800);
    assertThat(band.count).as("pixels of the band colour").isGreaterThan(5_000);
    // the band surrounds the line: both in the NPS chart, near the top of the page
    assertThat(band.minY).isLessThan(line.maxY);
    assertThat(band.maxY).isGreaterThan(line.minY);
    assertThat(band.maxY).isLessThan(HEIGHT / 3);
    assertThat(Box.of(image, Palette.PROMOTER).count).isGreaterThan(5_000);
    assertThat(Box.of(image, Palette.DETRACTOR).count).isGreaterThan(2_000);
    assertThat(Box.of(image, Palette.HURTS).count).isGreaterThan(1_000);
    // the SLA chart is further down than the 2200 px window: checked in the DOM test
  }

  @Test
  void theRenderedDomHoldsTheSvgCharts() throws Exception {
    String dom = run("--dump-dom");
    for (String id :
        List.of(NpsTrendChart.ID, CategoryMixChart.ID, DriverChart.ID, SlaChart.ID)) {
      assertThat(dom).contains("id=\"" + id + "\"");
    }
    assertThat(count(dom, "<svg ")).isEqualTo(4);
    assertThat(count(dom, "class=\"nps-point\"")).isEqualTo(6);
    assertThat(count(dom, "<polygon class=\"nps-band\"")).isEqualTo(3);
    assertThat(count(dom, "<polyline class=\"nps-line\"")).isEqualTo(3);
    assertThat(count(dom, "class=\"bar mix-")).isEqualTo(21);
    assertThat(count(dom, "class=\"bar sla-")).isEqualTo(5);
    assertThat(count(dom, "class=\"bar driver-")).isEqualTo(4);
    assertThat(dom).contains("Demo shop &lt;b&gt;&amp;\"it's\"&lt;/b&gt;").doesNotContain("<b>");
  }

  /** Runs Chromium on the page with {@code extra}, returns its standard output. */
  private static String run(String extra) throws Exception {
    Path profile = OUT.resolve("profile");
    Path log = OUT.resolve("chromium.log");
    Path stdout = OUT.resolve("chromium.out");
    List<String> command = new ArrayList<>(List.of(
        chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile, extra,
        page.toUri().toString()));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(log.toFile())
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
    }
    assertThat(p.exitValue()).as("Chromium's exit code, see %s", log).isZero();
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Where the pixels of one colour are (within 2 per channel): how many and their bounds. */
  private static final class Box {
    int count;
    int minY = Integer.MAX_VALUE;
    int maxY = -1;

    static Box of(BufferedImage image, String hex) {
      int rgb = Integer.parseInt(hex.substring(1), 16);
      int w = image.getWidth();
      int[] pixels = image.getRGB(0, 0, w, image.getHeight(), null, 0, w);
      Box box = new Box();
      for (int i = 0; i < pixels.length; i++) {
        if (close(pixels[i], rgb)) {
          box.count++;
          box.minY = Math.min(box.minY, i / w);
          box.maxY = Math.max(box.maxY, i / w);
        }
      }
      return box;
    }

    private static boolean close(int a, int b) {
      return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) <= 2
          && Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff)) <= 2
          && Math.abs((a & 0xff) - (b & 0xff)) <= 2;
    }
  }
}
