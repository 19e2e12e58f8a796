package io.feedbackloop.examples.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium driven through Debian's {@code chromedriver}, at a phone's viewport. Both
 * binaries are given explicitly, so Selenium Manager has nothing to look up or download. A test
 * class opens one session in {@code @BeforeAll} and closes it in {@code @AfterAll}.
 */
public final class BrowserSession implements AutoCloseable {
  /** The viewport of the screenshots: a phone held upright. */
  public static final int WIDTH = 390;

  /** The viewport height. */
  public static final int HEIGHT = 844;

  private static final Duration PAGE_LOAD = Duration.ofSeconds(20);

  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private BrowserSession(ChromeDriverService service, ChromeDriver driver) {
    this.service = service;
    this.driver = driver;
  }

  /**
   * Starts chromedriver and a headless Chromium, or skips the calling test (an assumption fails)
   * when either binary is missing.
   *
   * @param logDir where chromedriver writes its log
   */
  public static BrowserSession startOrSkip(Path logDir) throws IOException {
    Optional<Path> binary = Chromium.binary();
    Optional<Path> driverBinary = Chromium.driver();
    Assumptions.assumeTrue(
        binary.isPresent() && driverBinary.isPresent(),
        "Chromium or ChromeDriver not found (install Debian's chromium and chromium-driver"
            + " packages) — skipping the browser tests");
    // With the driver given to the service Selenium skips Selenium Manager; should it ever run,
    // it gets SE_* system properties in its environment, and this one keeps it offline
    System.setProperty("SE_OFFLINE", "true");
    Files.createDirectories(logDir);
    File driverFile = driverBinary.orElseThrow().toFile();
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driverFile)
            .usingAnyFreePort()
            .withLogFile(logDir.resolve("chromedriver.log").toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary.orElseThrow().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--force-device-scale-factor=1",
        "--lang=en-US",
        "--window-size=" + WIDTH + "," + HEIGHT);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
    driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    // the window size leaves the viewport to the browser; the screenshots need exactly a phone's
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
    return new BrowserSession(service, driver);
  }

  /** The driver. */
  public ChromeDriver driver() {
    return driver;
  }

  /** Opens {@code url} and waits until the document has loaded. */
  public void open(String url) {
    driver.get(url);
    awaitLoaded();
  }

  /** Waits until the current document has loaded (after a navigation or a form submit). */
  public void awaitLoaded() {
    new WebDriverWait(driver, PAGE_LOAD)
        .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
  }

  /** Waits until an element matching {@code css} is on the page. */
  public void awaitPresent(String css) {
    new WebDriverWait(driver, PAGE_LOAD)
        .until(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.cssSelector(css)));
  }

  /** Saves a screenshot of the viewport as PNG at {@code file}. */
  public Path screenshot(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.write(file, png);
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
    }
  }
}
