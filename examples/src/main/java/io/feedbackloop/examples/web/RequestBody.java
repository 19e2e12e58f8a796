package io.feedbackloop.examples.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads a request body of at most a given size, so that a huge POST cannot exhaust the heap. */
final class RequestBody {
  private RequestBody() {}

  /**
   * The body as UTF-8 text, or empty if it is longer than {@code max} bytes (then at most {@code
   * max + 1} bytes were read). A declared {@code Content-Length} over the limit is refused before
   * anything is read.
   */
  static Optional<String> read(InputStream in, @Nullable String contentLength, int max)
      throws IOException {
    if (contentLength != null && declaredTooLong(contentLength.trim(), max)) {
      return Optional.empty();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 8192));
    byte[] buffer = new byte[8192];
    int total = 0;
    int n;
    while ((n = in.read(buffer, 0, Math.min(buffer.length, max + 1 - total))) > 0) {
      out.write(buffer, 0, n);
      total += n;
      if (total > max) {
        return Optional.empty();
      }
    }
    return Optional.of(out.toString(StandardCharsets.UTF_8));
  }

  private static boolean declaredTooLong(String value, int max) {
    boolean digits = value.chars().allMatch(c -> c >= '0' && c <= '9');
    if (value.isEmpty() || value.length() > 18 || !digits) {
      // not a number: the stream read decides
      return false;
    }
    return Long.parseLong(value) > max;
  }
}
