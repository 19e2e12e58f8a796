package io.feedbackloop.routing.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormBodyTest {
  @Test
  void decodesNamesAndValuesStrictlyAsUtf8() {
    assertThat(FormBody.decode("a=1&b=x+y%26z&a=2&empty=&flag&&c=%C5%BA%F0%9F%98%80"))
        .contains(
            Map.of(
                "a", List.of("1", "2"),
                "b", List.of("x y&z"),
                "empty", List.of(""),
                "flag", List.of(""),
                "c", List.of("ź😀")));
    assertThat(FormBody.decode("")).contains(Map.of());
    assertThat(FormBody.decode("raw=ź")).contains(Map.of("raw", List.of("ź")));
    assertThat(FormBody.decode("raw=%21😀+")).contains(Map.of("raw", List.of("!😀 ")));
  }

  @Test
  void refusesBadEscapesBadBytesAndOversizedBodies() {
    assertThat(FormBody.decode("a=%4")).isEmpty();
    assertThat(FormBody.decode("a=%G0")).isEmpty();
    assertThat(FormBody.decode("a=%C3%28")).isEmpty();
    assertThat(FormBody.decode("a=%FF")).isEmpty();
    assertThat(FormBody.decode("%ZZ=1")).isEmpty();
    assertThat(FormBody.decode("a=\uD800")).isEmpty();
    assertThat(FormBody.decode("a=" + "x".repeat(FormBody.MAX_LENGTH))).isEmpty();
    assertThat(FormBody.decode("a=1&".repeat(FormBody.MAX_FIELDS))).isPresent();
    assertThat(FormBody.decode("a=1&".repeat(FormBody.MAX_FIELDS + 1))).isEmpty();
  }
}
