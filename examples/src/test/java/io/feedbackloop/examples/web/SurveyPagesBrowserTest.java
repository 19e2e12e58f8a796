package io.feedbackloop.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.store.ResponseQuery;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.examples.browser.BrowserSession;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The survey pages in a real headless Chromium (Debian's {@code chromium} through its {@code
 * chromedriver}, one session for the class): answering with clicks and the keyboard, the
 * conditional follow-up shown by CSS {@code :has()}, a refused answer, and back + resubmit.
 * Skipped when Chromium or ChromeDriver is missing.
 */
class SurveyPagesBrowserTest {
  private static BrowserSession browser;
  private static SurveyServer server;
  private static SurveyDemo demo;

  @BeforeAll
  static void start() throws Exception {
    browser = BrowserSession.startOrSkip(Path.of("target", "survey-pages", "browser-test"));
    server = SurveyServer.bind(0);
    demo = SurveyDemo.create(server.baseUri(), MutableClock.at("2026-03-02T09:00:00Z"));
    server.start(demo.pages(), demo::indexPage);
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

  private static WebElement score(int n) {
    return driver().findElement(By.id("q-nps-" + n));
  }

  private static void choose(int n) {
    driver().findElement(By.cssSelector("label[for='q-nps-" + n + "']")).click();
  }

  private static void submit() {
    driver().findElement(By.cssSelector("form button[type=submit]")).click();
    browser.awaitLoaded();
  }

  private static String heading() {
    return driver().findElement(By.tagName("h1")).getText();
  }

  private static boolean shown(String questionId) {
    return driver().findElement(By.id("f-" + questionId)).isDisplayed();
  }

  private static long stored(DemoRespondent r) {
    return demo.loop().responses().count(
        ResponseQuery.builder(SurveyDemo.TENANT).respondent(RespondentId.of(r.id())).build());
  }

  @Test
  void answersWithClicksAndTheKeyboardAndSeesTheThankYouPage() {
    DemoRespondent emma = DemoRespondent.speaking("en");
    long before = stored(emma);
    browser.open(demo.issue(emma).url().toString());
    choose(8);
    assertThat(score(8).isSelected()).isTrue();
    // the arrow keys move along the radio group, as in any native radio group
    new Actions(driver()).sendKeys(Keys.ARROW_RIGHT).perform();
    assertThat(score(9).isSelected()).isTrue();
    assertThat(score(8).isSelected()).isFalse();
    WebElement comment = driver().findElement(By.id("q-comment"));
    comment.sendKeys("Quick delivery, friendly driver");
    submit();
    assertThat(heading()).isEqualTo("Thank you!");
    assertThat(driver().findElement(By.linkText("Write a review")).getAttribute("href"))
        .isEqualTo(SurveyDemo.REVIEW_URL.toString());
    assertThat(stored(emma)).isEqualTo(before + 1);
  }

  @Test
  void aDetractorScoreRevealsTheFollowUpAndAPromoterScoreDoesNot() {
    browser.open(demo.issue(DemoRespondent.speaking("en")).url().toString());
    assertThat(shown("improve")).as("follow-up before any score").isFalse();
    assertThat(shown("praise")).isFalse();
    choose(3);
    assertThat(shown("improve")).as("follow-up after a 3").isTrue();
    assertThat(shown("praise")).isFalse();
    choose(10);
    assertThat(shown("improve")).as("follow-up after a 10").isFalse();
    assertThat(shown("praise")).isTrue();
    choose(2);
    driver().findElement(By.id("q-improve")).sendKeys("Deliver on the promised day");
    submit();
    assertThat(heading()).isEqualTo("Thank you for telling us");
    assertThat(driver().findElement(By.id("contact")).getText())
        .startsWith("Someone from our team will contact you by");
  }

  @Test
  void aRefusedAnswerShowsTheErrorNextToTheQuestionAndKeepsTheText() {
    browser.open(demo.issue(DemoRespondent.speaking("pl")).url().toString());
    driver().findElement(By.id("q-comment")).sendKeys("Bez oceny");
    // the browser would stop the post itself (required); the server must say it too
    driver().executeScript("document.querySelector('form').noValidate = true");
    submit();
    WebElement error = driver().findElement(By.cssSelector("#f-nps #q-nps-err"));
    assertThat(error.isDisplayed()).isTrue();
    assertThat(error.getText()).isEqualTo("Odpowiedz na to pytanie.");
    assertThat(driver().findElement(By.id("summary")).isDisplayed()).isTrue();
    assertThat(driver().findElement(By.id("q-comment")).getAttribute("value")).isEqualTo("Bez oceny");
    assertThat(score(0).getAttribute("aria-invalid")).isEqualTo("true");
  }

  @Test
  void backAndResubmitStoresOneResponse() {
    DemoRespondent lena = DemoRespondent.speaking("de");
    long before = stored(lena);
    String url = demo.issue(lena).url().toString();
    // the same form open twice, as when the e-mail's link was clicked twice
    String first = driver().getWindowHandle();
    browser.open(url);
    driver().switchTo().newWindow(WindowType.TAB);
    String second = driver().getWindowHandle();
    browser.open(url);
    driver().switchTo().window(first);
    choose(7);
    submit();
    String thanks = heading();
    assertThat(thanks).isEqualTo("Danke für Ihr Feedback");

    driver().navigate().back();
    browser.awaitLoaded();
    if (driver().findElements(By.cssSelector("form button[type=submit]")).isEmpty()) {
      // the form is not cached (no-store): the used link shows the polite page in the browser's
      // language, since it names no one
      assertThat(heading()).isEqualTo("This link is no longer valid");
    } else {
      choose(7);
      submit();
      assertThat(heading()).isEqualTo(thanks);
    }
    driver().switchTo().window(second);
    choose(7);
    submit();
    // a resubmission of the answered link is a replay: the same thank-you page, nothing stored
    assertThat(heading()).isEqualTo(thanks);
    driver().close();
    driver().switchTo().window(first);
    assertThat(stored(lena)).isEqualTo(before + 1);
  }
}
