package io.feedbackloop.scoring.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the text engine's bundled resources (taxonomy, lexicon, language profiles). */
public final class Resources {
  /** The folder of the bundled resources on the class path. */
  static final String FOLDER = "/io/feedbackloop/scoring/text/";

  private Resources() {}

  /**
   * The UTF-8 text of the bundled resource {@code name}.
   *
   * @throws IllegalStateException if the resource is missing from the class path
   * @throws UncheckedIOException if it cannot be read
   */
  public static String read(String name) {
    String path = FOLDER + name;
    try (InputStream in = Resources.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("resource " + path + " must be on the class path, but is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("resource " + path + " could not be read", e);
    }
  }
}
