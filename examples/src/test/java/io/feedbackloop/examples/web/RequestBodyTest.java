package io.feedbackloop.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The bounded body reader: up to the limit it reads, past it it refuses without reading on. */
class RequestBodyTest {

  private static Optional<String> read(String body, @Nullable String contentLength, int max)
      throws IOException {
    return RequestBody.read(
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), contentLength, max);
  }

  @Test
  void aBodyUpToTheLimitIsReadAsUtf8() throws IOException {
    assertThat(read("q.nps=9", null, 7)).hasValue("q.nps=9");
    assertThat(read("ź", "2", 2)).hasValue("ź");
    assertThat(read("", "0", 0)).hasValue("");
  }

  @Test
  void oneByteOverTheLimitIsRefused() throws IOException {
    assertThat(read("q.nps=10", null, 7)).isEmpty();
    // a wrong (too small) Content-Length does not let a longer body through
    assertThat(read("q.nps=10", "3", 7)).isEmpty();
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() throws IOException {
    InputStream never =
        new InputStream() {
          @Override
          public int read() {
            throw new AssertionError("the body must not be read");
          }

          @Override
          public int read(byte[] b, int off, int len) {
            throw new AssertionError("the body must not be read");
          }
        };
    assertThat(RequestBody.read(never, "65537", 65_536)).isEmpty();
    assertThat(RequestBody.read(never, " 99999999999999999 ", 65_536)).isEmpty();
  }

  @Test
  void anUnreadableDeclaredLengthLeavesItToTheStream() throws IOException {
    assertThat(read("a=b", "lots", 10)).hasValue("a=b");
    assertThat(read("a=b", "", 10)).hasValue("a=b");
    assertThat(read("a=b", "-1", 10)).hasValue("a=b");
    assertThat(read("a=b", "1234567890123456789", 10)).hasValue("a=b");
  }
}
