package io.feedbackloop.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.examples.browser.BrowserSession;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Screenshots of the survey page and the three thank-you pages, in English and Polish, at a
 * phone's viewport ({@value BrowserSession#WIDTH}×{@value BrowserSession#HEIGHT}), written to
 * {@code target/survey-pages/} for a human to look at, and checked here pixel by pixel so that a
 * broken page fails the build. Skipped when Chromium or ChromeDriver is missing.
 */
class SurveyScreenshotsTest {
  private static final Path OUT = Path.of("target", "survey-pages").toAbsolutePath();
  private static final List<String> LANGUAGES = List.of("en", "pl");
  /** The page style's colour of a chosen score (and of links and the button). */
  private static final int SELECTED = 0x1a4d8f;
  private static final int WHITE = 0xffffff;

  private static BrowserSession browser;
  private static SurveyServer server;
  private static SurveyDemo demo;
  private static final Map<String, Path> SHOTS = new LinkedHashMap<>();
  private static final Map<String, Rectangle> CHOSEN = new LinkedHashMap<>();
  private static final Map<String, Rectangle> NOT_CHOSEN = new LinkedHashMap<>();

  @BeforeAll
  static void takeTheScreenshots() throws Exception {
    browser = BrowserSession.startOrSkip(OUT.resolve("screenshot-test"));
    server = SurveyServer.bind(0);
    demo = SurveyDemo.create(server.baseUri(), MutableClock.at("2026-03-02T09:00:00Z"));
    server.start(demo.pages(), demo::indexPage);
    for (String lang : LANGUAGES) {
      DemoRespondent r = DemoRespondent.speaking(lang);
      browser.open(demo.issue(r).url() + "?score=9");
      CHOSEN.put(lang, label(9));
      NOT_CHOSEN.put(lang, label(8));
      shoot("nps-" + lang);
      answer(r, 10, null);
      shoot("thanks-promoter-" + lang);
      answer(r, 8, null);
      shoot("thanks-passive-" + lang);
      answer(r, 3, lang.equals("pl") ? "Dostawa na czas" : "Deliver on time");
      shoot("thanks-detractor-" + lang);
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  private static ChromeDriver driver() {
    return browser.driver();
  }

  private static Rectangle label(int score) {
    return driver().findElement(By.cssSelector("label[for='q-nps-" + score + "']")).getRect();
  }

  private static void answer(DemoRespondent r, int score, @Nullable String improve) {
    browser.open(demo.issue(r).url().toString());
    driver().findElement(By.cssSelector("label[for='q-nps-" + score + "']")).click();
    if (improve != null) {
      driver().findElement(By.id("q-improve")).sendKeys(improve);
    }
    driver().findElement(By.cssSelector("form button[type=submit]")).click();
    browser.awaitLoaded();
  }

  private static void shoot(String name) throws IOException {
    SHOTS.put(name, browser.screenshot(OUT.resolve(name + ".png")));
  }

  private static BufferedImage image(String name) throws IOException {
    return ImageIO.read(Objects.requireNonNull(SHOTS.get(name), name).toFile());
  }

  @Test
  void everyPageIsAPhoneSizedPng() throws IOException {
    assertThat(SHOTS.keySet())
        .containsExactly(
            "nps-en", "thanks-promoter-en", "thanks-passive-en", "thanks-detractor-en",
            "nps-pl", "thanks-promoter-pl", "thanks-passive-pl", "thanks-detractor-pl");
    for (Map.Entry<String, Path> shot : SHOTS.entrySet()) {
      byte[] bytes = Files.readAllBytes(shot.getValue());
      assertThat(bytes).as(shot.getKey()).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
      BufferedImage image = image(shot.getKey());
      assertThat(image.getWidth()).as(shot.getKey()).isEqualTo(BrowserSession.WIDTH);
      assertThat(image.getHeight()).as(shot.getKey()).isEqualTo(BrowserSession.HEIGHT);
    }
  }

  @Test
  void theChosenScoreIsFilledInTheSelectionColourAndItsNeighbourIsNot() throws IOException {
    for (String lang : LANGUAGES) {
      BufferedImage nps = image("nps-" + lang);
      // just inside the top edge of each button, above its digit
      Rectangle chosen = Objects.requireNonNull(CHOSEN.get(lang));
      Rectangle other = Objects.requireNonNull(NOT_CHOSEN.get(lang));
      assertThat(rgb(nps, chosen.x + chosen.width / 2, chosen.y + 4))
          .as("chosen score 9 (%s)", lang)
          .satisfies(c -> assertThat(close(c, SELECTED)).isTrue());
      assertThat(rgb(nps, other.x + other.width / 2, other.y + 4))
          .as("score 8 (%s)", lang)
          .satisfies(c -> assertThat(close(c, WHITE)).isTrue());
      assertThat(count(nps, 0, nps.getHeight(), SELECTED)).as("nps-%s", lang).isGreaterThan(300);
    }
  }

  @Test
  void theThankYouPagesShowTheirTextAndOnlyThePromotersHasALink() throws IOException {
    for (String lang : LANGUAGES) {
      for (String kind : List.of("promoter", "passive", "detractor")) {
        BufferedImage page = image("thanks-" + kind + "-" + lang);
        assertThat(dark(page)).as("text pixels of %s %s", kind, lang).isGreaterThan(500);
        int linkPixels = count(page, 0, page.getHeight(), SELECTED);
        if (kind.equals("promoter")) {
          assertThat(linkPixels).as("review link of %s", lang).isGreaterThan(20);
        } else {
          assertThat(linkPixels).as("link pixels of %s %s", kind, lang).isZero();
        }
      }
      // the detractor's page says more (the promise of contact) than the passive's
      assertThat(dark(image("thanks-detractor-" + lang)))
          .isGreaterThan(dark(image("thanks-passive-" + lang)));
    }
  }

  private static int rgb(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) & 0xffffff;
  }

  private static boolean close(int a, int b) {
    return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) <= 3
        && Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff)) <= 3
        && Math.abs((a & 0xff) - (b & 0xff)) <= 3;
  }

  private static int count(BufferedImage image, int fromY, int toY, int colour) {
    int n = 0;
    for (int y = fromY; y < toY; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (close(rgb(image, x, y), colour)) {
          n++;
        }
      }
    }
    return n;
  }

  /** Pixels of the page's text colour (#1a1a1a, within anti-aliasing). */
  private static int dark(BufferedImage image) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int c = rgb(image, x, y);
        if ((c >> 16 & 0xff) < 60 && (c >> 8 & 0xff) < 60 && (c & 0xff) < 60) {
          n++;
        }
      }
    }
    return n;
  }
}
