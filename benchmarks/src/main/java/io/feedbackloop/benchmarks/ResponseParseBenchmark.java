package io.feedbackloop.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.feedbackloop.core.json.FeedbackJson;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.NpsQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.SurveyCatalog;
import io.feedbackloop.core.survey.TextQuestion;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ResponseValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a small (161-byte) response: our codec plus validation against its survey, our codec
 * alone, and Jackson data binding of the same bytes into a plain object ({@link ResponseDto}) that
 * checks nothing. Run: {@code java -jar benchmarks/target/feedback-benchmarks.jar ResponseParse -f
 * 1 -wi 3 -i 5 -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ResponseParseBenchmark {
  /** The document every benchmark reads. */
  static final String JSON =
      "{\"id\":\"r-1\",\"tenant\":\"acme\",\"survey\":{\"id\":\"nps\",\"version\":1},"
          + "\"channel\":\"email\",\"submittedAt\":\"2026-11-22T10:15:30Z\","
          + "\"answers\":{\"nps\":{\"type\":\"score\",\"value\":3}}}";

  private byte[] bytes = new byte[0];
  private FeedbackJson codec = FeedbackJson.ofDefaults();
  private ResponseValidator validator = ResponseValidator.of(SurveyCatalog.of());
  private ObjectReader databind = new ObjectMapper().readerFor(ResponseDto.class);

  /** Prepares the bytes, the codec, the validator and Jackson's reader. */
  @Setup
  public void setUp() throws IOException {
    bytes = JSON.getBytes(StandardCharsets.UTF_8);
    codec = FeedbackJson.ofDefaults();
    Survey survey =
        Survey.builder("nps")
            .question(NpsQuestion.of("nps", LocalizedText.of(Locale.ENGLISH, "How likely?")))
            .question(TextQuestion.of("comment", LocalizedText.of(Locale.ENGLISH, "Why?")))
            .build();
    validator = ResponseValidator.of(SurveyCatalog.of(survey));
    databind = new ObjectMapper().readerFor(ResponseDto.class);
    // fail fast if the document is not what the benchmark claims
    List<Problem> problems = validator.validate(codec.readResponse(bytes));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the benchmark response is invalid: " + problems);
    }
    ResponseDto dto = databind.readValue(bytes);
    if (dto.answers.size() != 1) {
      throw new IllegalStateException("data binding read " + dto.answers.size() + " answers");
    }
  }

  /** Our codec, then validation against the survey. */
  @Benchmark
  public void oursParseAndValidate(Blackhole bh) {
    Response response = codec.readResponse(bytes);
    bh.consume(response);
    bh.consume(validator.validate(response));
  }

  /** Our codec alone. */
  @Benchmark
  public Response oursParse() {
    return codec.readResponse(bytes);
  }

  /** Jackson data binding into public fields, without any validation. */
  @Benchmark
  public ResponseDto databind() throws IOException {
    return databind.readValue(bytes);
  }
}
