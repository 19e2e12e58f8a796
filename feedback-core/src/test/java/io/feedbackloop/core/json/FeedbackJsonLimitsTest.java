package io.feedbackloop.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedbackJsonLimitsTest {

  /** The response document padded with spaces to exactly {@code size} bytes. */
  private static byte[] responseOfSize(int size) {
    String doc = Documents.response();
    return (doc + " ".repeat(size - doc.length())).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aDocumentExactlyAtTheLimitIsRead() {
    FeedbackJson codec = FeedbackJson.builder().maxResponseBytes(300).build();
    byte[] bytes = responseOfSize(300);

    assertThat(codec.readResponse(bytes).id()).isEqualTo("r-1");
    assertThat(codec.readResponse(new String(bytes, StandardCharsets.UTF_8)).id()).isEqualTo("r-1");
    assertThat(codec.readResponse(new ByteArrayInputStream(bytes)).id()).isEqualTo("r-1");
  }

  @Test
  void aDocumentOneByteOverTheLimitIsTooLarge() {
    FeedbackJson codec = FeedbackJson.builder().maxResponseBytes(300).build();
    byte[] bytes = responseOfSize(301);

    Problem fromBytes = Problems.single(() -> codec.readResponse(bytes));
    Problem fromStream = Problems.single(() -> codec.readResponse(new ByteArrayInputStream(bytes)));

    assertThat(fromBytes.code()).isEqualTo(ProblemCode.JSON_TOO_LARGE);
    assertThat(fromBytes.path()).isEmpty();
    assertThat(fromBytes.message()).isEqualTo("the document has 301 bytes, more than the limit of 300");
    assertThat(fromStream.code()).isEqualTo(ProblemCode.JSON_TOO_LARGE);
    assertThat(fromStream.message()).contains("more than the limit of 300 bytes");
  }

  @Test
  void aStringIsMeasuredInUtf8Bytes() {
    FeedbackJson codec = FeedbackJson.builder().maxResponseBytes(300).build();
    String doc = Documents.response();
    String padding = " ".repeat(300 - doc.length());
    String nonAscii = doc.replace("\"r-1\"", "\"r-\u00e5\"") + padding; // 300 chars, 301 bytes

    assertThat(codec.readResponse(doc + padding).id()).isEqualTo("r-1");
    Problem p = Problems.single(() -> codec.readResponse(nonAscii));
    assertThat(p.code()).isEqualTo(ProblemCode.JSON_TOO_LARGE);
    assertThat(p.message()).isEqualTo("the document has 301 bytes, more than the limit of 300");
  }

  @Test
  void theStreamIsReadNoFurtherThanTheLimitPlusOneByte() {
    FeedbackJson codec = FeedbackJson.builder().maxResponseBytes(100).build();
    int[] read = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            read[0]++;
            return ' ';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) ' ');
            read[0] += len;
            return len;
          }
        };

    Problem p = Problems.single(() -> codec.readResponse(endless));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_TOO_LARGE);
    assertThat(read[0]).isEqualTo(101);
  }

  @Test
  void aFailingStreamIsAnIoProblemNotAValidationProblem() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk on fire");
          }
        };

    assertThatThrownBy(() -> FeedbackJson.ofDefaults().readResponse(broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("reading the response failed")
        .hasRootCauseMessage("disk on fire");
  }

  @Test
  void nestingDeeperThanTheLimitIsTooDeep() {
    String deep = "[".repeat(70) + "]".repeat(70);
    String doc = Documents.responseWith("\"c\":{\"type\":\"choice\",\"value\":" + deep + "}");

    Problem p = Problems.single(() -> FeedbackJson.ofDefaults().readResponse(doc));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_TOO_DEEP);
    assertThat(p.path()).startsWith("/answers/c/value/0/0");
    assertThat(p.message()).isEqualTo("the document nests deeper than the limit of 64 levels");
  }

  @Test
  void aLowDepthLimitAppliesToDefinitionsToo() {
    FeedbackJson shallow = FeedbackJson.builder().maxDepth(4).build();
    String labelled =
        Documents.surveyWith(
            "{\"type\":\"nps\",\"id\":\"n\",\"text\":{\"en\":\"N\"},\"labels\":{\"0\":{\"en\":\"zero\"}}}");

    Problem p = Problems.single(() -> shallow.readSurvey(labelled));

    assertThat(p.code()).isEqualTo(ProblemCode.JSON_TOO_DEEP);
    assertThat(p.path()).isEqualTo("/questions/0/labels/0");
    assertThat(p.message()).contains("limit of 4 levels");
    assertThat(FeedbackJson.builder().maxDepth(5).build().readSurvey(labelled).questions()).hasSize(1);
  }

  @Test
  void theBuilderChecksItsLimits() {
    assertThatThrownBy(() -> FeedbackJson.builder().maxResponseBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxResponseBytes must be > 0, but was 0");
    assertThatThrownBy(() -> FeedbackJson.builder().maxDepth(-1))
        .hasMessage("maxDepth must be > 0, but was -1");
    FeedbackJson codec = FeedbackJson.builder().maxDefinitionBytes(10).build();
    assertThat(codec.maxDefinitionBytes()).isEqualTo(10);
    assertThat(codec.maxResponseBytes()).isEqualTo(65_536);
    assertThat(codec.maxDepth()).isEqualTo(64);
    assertThat(FeedbackJson.ofDefaults().maxDefinitionBytes()).isEqualTo(1_048_576);
  }

  @Test
  void aResponseAtTheDefaultLimitIsRead() {
    String doc = Documents.response();
    String text = "x".repeat(65_536 - doc.length() - 40);
    String big =
        doc.replace("'", "\"").replace("}}}", "},\"c\":{\"type\":\"text\",\"value\":\"" + text + "\"}}}");
    String padded = big + " ".repeat(65_536 - big.getBytes(StandardCharsets.UTF_8).length);

    Response r = FeedbackJson.ofDefaults().readResponse(padded);

    assertThat(r.answers()).hasSize(2);
    assertThat(Problems.single(() -> FeedbackJson.ofDefaults().readResponse(padded + " ")).code())
        .isEqualTo(ProblemCode.JSON_TOO_LARGE);
  }
}
