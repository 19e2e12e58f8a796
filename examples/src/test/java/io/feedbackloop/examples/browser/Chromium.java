package io.feedbackloop.examples.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds Debian's {@code chromium} and {@code chromedriver} (packages {@code chromium} and {@code
 * chromium-driver}) for the browser tests, which skip themselves when either is missing. Nothing
 * is ever downloaded.
 */
public final class Chromium {
  private Chromium() {}

  /** The Chromium binary: {@code /usr/bin/chromium}, else the first of the usual names on PATH. */
  public static Optional<Path> binary() {
    return find("/usr/bin/chromium", List.of("chromium", "chromium-browser", "google-chrome"));
  }

  /** The ChromeDriver binary: {@code /usr/bin/chromedriver}, else {@code chromedriver} on PATH. */
  public static Optional<Path> driver() {
    return find("/usr/bin/chromedriver", List.of("chromedriver"));
  }

  private static Optional<Path> find(String debian, List<String> names) {
    Path packaged = Path.of(debian);
    if (Files.isExecutable(packaged)) {
      return Optional.of(packaged);
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator, -1)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
