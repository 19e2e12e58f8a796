package io.feedbackloop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.feedbackloop.examples.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expected figures were computed independently (Python 3 with scipy 1.17: adjusted-Wald NPS,
 * Wilson score interval, Student t), not by this code.
 */
class ScoreCommandTest {
  private static final double EPS = 1e-9;
  // the second record ends in CRLF, the last one quotes a value with a comma
  private static final String NPS_CSV =
      """
      id,nps,region,tier,weight,at
      1,10,north,gold,1,2026-11-02T09:00:00Z
      2,9,north,silver,2,2026-11-02T23:30:00Z\r
      3,8,south,gold,1,2026-11-03T10:00:00Z
      4,3,south,gold,0.5,2026-11-09T10:00:00
      5,,north,gold,1,2026-11-10T10:00:00Z
      6,6,"south, east","gold",1,2026-11-10 11:00:00Z
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ObjectMapper mapper = new ObjectMapper();

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of("score"));
    all.addAll(List.of(args));
    return Main.run(
        all.toArray(String[]::new),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private JsonNode json() throws IOException {
    return mapper.readTree(out.toString(StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void npsOverallFromCsv() throws IOException {
    Path csv = file("nps.csv", NPS_CSV);
    assertThat(run(csv.toString(), "--metric", "nps", "--column", "nps")).isZero();
    JsonNode r = json();
    assertThat(r.get("metric").asText()).isEqualTo("nps");
    assertThat(r.get("n").asLong()).isEqualTo(5);
    assertThat(r.get("missing").asLong()).isEqualTo(1);
    assertThat(r.get("skipped").asLong()).isZero();
    assertThat(r.get("belowMinimum").asBoolean()).isTrue();
    assertThat(r.get("score").asDouble()).isCloseTo(0.0, within(EPS));
    assertThat(r.get("ci").get("low").asDouble()).isCloseTo(-57.456537261081195, within(EPS));
    assertThat(r.get("ci").get("high").asDouble()).isCloseTo(57.456537261081195, within(EPS));
    assertThat(r.get("ci").get("level").asDouble()).isEqualTo(0.95);
    assertThat(r.get("counts").toString())
        .isEqualTo("{\"promoters\":2,\"passives\":1,\"detractors\":2}");
    assertThat(r.has("effectiveN")).isFalse();
    assertThat(r.has("segments")).isFalse();
  }

  @Test
  void segmentsAreSortedAndQuotedValuesKept() throws IOException {
    Path csv = file("nps.csv", NPS_CSV);
    assertThat(run(csv.toString(), "--metric", "nps", "--column", "nps", "--by", "region", "--min-n", "2"))
        .isZero();
    JsonNode segments = json().get("segments");
    assertThat(segments).hasSize(3);
    assertThat(segments.get(0).get("key").toString()).isEqualTo("{\"region\":\"north\"}");
    assertThat(segments.get(0).get("score").asDouble()).isEqualTo(100.0);
    assertThat(segments.get(0).get("missing").asLong()).isEqualTo(1);
    assertThat(segments.get(0).get("belowMinimum").asBoolean()).isFalse();
    assertThat(segments.get(0).has("skipped")).isFalse();
    assertThat(segments.get(0).get("ci").get("low").asDouble()).isCloseTo(-24.410989173817644, within(EPS));
    assertThat(segments.get(0).get("ci").get("high").asDouble()).isEqualTo(100.0);
    assertThat(segments.get(1).get("key").get("region").asText()).isEqualTo("south");
    assertThat(segments.get(1).get("ci").get("low").asDouble()).isCloseTo(-79.44865107837683, within(EPS));
    assertThat(segments.get(1).get("ci").get("high").asDouble()).isCloseTo(39.44865107837682, within(EPS));
    assertThat(segments.get(2).get("key").get("region").asText()).isEqualTo("south, east");
    assertThat(segments.get(2).get("score").asDouble()).isEqualTo(-100.0);
    assertThat(segments.get(2).get("belowMinimum").asBoolean()).isTrue();
  }

  @Test
  void weightedScoreUsesKishEffectiveN() throws IOException {
    Path csv = file("nps.csv", NPS_CSV);
    assertThat(run(csv.toString(), "--metric", "nps", "--column", "nps", "--weight", "weight")).isZero();
    JsonNode r = json();
    assertThat(r.get("n").asLong()).isEqualTo(5);
    assertThat(r.get("effectiveN").asDouble()).isCloseTo(4.172413793103448, within(EPS));
    assertThat(r.get("score").asDouble()).isCloseTo(27.27272727272727, within(EPS));
    assertThat(r.get("ci").get("low").asDouble()).isCloseTo(-43.586106201334786, within(EPS));
    assertThat(r.get("ci").get("high").asDouble()).isCloseTo(75.31687543210401, within(EPS));
  }

  @Test
  void windowsFollowTheZone() throws IOException {
    Path csv = file("nps.csv", NPS_CSV);
    assertThat(run(csv.toString(), "--metric", "nps", "--column", "nps", "--window", "week",
            "--time-column", "at", "--zone", "Europe/Stockholm"))
        .isZero();
    JsonNode weeks = json().get("segments");
    assertThat(weeks).hasSize(2);
    assertThat(weeks.get(0).get("key").toString()).isEqualTo("{\"window\":\"2026-11-02\"}");
    assertThat(weeks.get(0).get("n").asLong()).isEqualTo(3);
    assertThat(weeks.get(0).get("score").asDouble()).isCloseTo(200.0 / 3, within(EPS));
    assertThat(weeks.get(1).get("key").get("window").asText()).isEqualTo("2026-11-09");
    assertThat(weeks.get(1).get("missing").asLong()).isEqualTo(1);

    out.reset();
    assertThat(run(csv.toString(), "--metric", "nps", "--column", "nps", "--window", "day",
            "--time-column", "at", "--zone", "Europe/Stockholm", "--by", "tier"))
        .isZero();
    JsonNode days = json().get("segments");
    // 23:30 UTC on 2 November is 00:30 on 3 November in Stockholm
    assertThat(days).extracting(d -> d.get("key").toString())
        .containsExactly(
            "{\"tier\":\"gold\",\"window\":\"2026-11-02\"}",
            "{\"tier\":\"gold\",\"window\":\"2026-11-03\"}",
            "{\"tier\":\"gold\",\"window\":\"2026-11-09\"}",
            "{\"tier\":\"gold\",\"window\":\"2026-11-10\"}",
            "{\"tier\":\"silver\",\"window\":\"2026-11-03\"}");
  }

  @Test
  void monthWindowInUtcByDefault() throws IOException {
    Path csv = file("m.csv", "s,at\n9,2026-10-31T23:30:00Z\n9,2026-11-01T00:30:00+02:00\n");
    assertThat(run(csv.toString(), "--metric", "nps", "--column", "s", "--window", "month", "--time-column", "at"))
        .isZero();
    assertThat(json().get("segments")).extracting(d -> d.get("key").get("window").asText())
        .containsExactly("2026-10-01");
  }

  @Test
  void csatFromJsonLines() throws IOException {
    Path jsonl = file("csat.jsonl",
        "{\"csat\":5}\n{\"csat\":4}\n\n{\"csat\":\"3\"}\n{\"csat\":2}\n{\"csat\":1}\n{\"csat\":5}\n{\"csat\":null}\n");
    assertThat(run(jsonl.toString(), "--metric", "csat", "--column", "csat")).isZero();
    JsonNode r = json();
    assertThat(r.get("n").asLong()).isEqualTo(6);
    assertThat(r.get("missing").asLong()).isEqualTo(1);
    assertThat(r.get("score").asDouble()).isCloseTo(50.0, within(EPS));
    assertThat(r.get("ci").get("low").asDouble()).isCloseTo(18.761630648265054, within(EPS));
    assertThat(r.get("ci").get("high").asDouble()).isCloseTo(81.23836935173495, within(EPS));
    assertThat(r.get("mean").asDouble()).isCloseTo(3.3333333333333335, within(EPS));
    assertThat(r.has("meanCi")).isFalse();
    assertThat(r.get("counts").toString()).isEqualTo("{\"positive\":3,\"neutral\":1,\"negative\":2}");
  }

  @Test
  void cesMeanWithStudentTAndAgreeShare() throws IOException {
    Path csv = file("ces.csv", "ces\n7\n6\n5\n4\n2\n7\n1\n");
    assertThat(run(csv.toString(), "--metric", "ces", "--column", "ces", "--confidence", "0.9")).isZero();
    JsonNode r = json();
    assertThat(r.get("score").asDouble()).isCloseTo(57.14285714285714, within(EPS));
    assertThat(r.get("ci").get("low").asDouble()).isCloseTo(28.94770910135928, within(EPS));
    assertThat(r.get("ci").get("high").asDouble()).isCloseTo(81.3556809636044, within(EPS));
    assertThat(r.get("ci").get("level").asDouble()).isEqualTo(0.9);
    assertThat(r.get("mean").asDouble()).isCloseTo(4.571428571428571, within(EPS));
    assertThat(r.get("meanCi").get("low").asDouble()).isCloseTo(2.830441961812353, within(1e-7));
    assertThat(r.get("meanCi").get("high").asDouble()).isCloseTo(6.3124151810447895, within(1e-7));
    assertThat(r.get("counts").toString()).isEqualTo("{\"positive\":4,\"neutral\":1,\"negative\":2}");
  }

  @Test
  void customScaleMovesTheThresholds() throws IOException {
    Path csv = file("c.csv", "v\n1\n3\n4\n5\n");
    assertThat(run(csv.toString(), "--metric", "ces", "--column", "v", "--scale", "1-5")).isZero();
    // CES on 1-5: agree from 4 (above the midpoint 3)
    assertThat(json().get("counts").toString()).isEqualTo("{\"positive\":2,\"neutral\":1,\"negative\":1}");
    out.reset();
    assertThat(run(csv.toString(), "--metric", "csat", "--column", "v", "--scale", "1-5")).isZero();
    assertThat(json().get("score").asDouble()).isEqualTo(50.0);
  }

  @Test
  void noAnswersGiveNulls() throws IOException {
    Path csv = file("e.csv", "nps\n\n\"\"\n");
    assertThat(run(csv.toString(), "--metric", "nps", "--column", "nps")).isZero();
    JsonNode r = json();
    assertThat(r.get("n").asLong()).isZero();
    assertThat(r.get("missing").asLong()).isEqualTo(1);
    assertThat(r.get("score").isNull()).isTrue();
    assertThat(r.get("ci").isNull()).isTrue();
    out.reset();
    assertThat(run(csv.toString(), "--metric", "csat", "--column", "nps")).isZero();
    assertThat(json().get("mean").isNull()).isTrue();
  }

  @Test
  void badRowStopsWithItsPhysicalLineAndColumn() throws IOException {
    Path csv = file("bad.csv", "id,nps,note\n1,9,\"two\nlines\"\n2,ten,x\n3,11,y\n");
    assertThat(run(csv.toString(), "--metric", "nps", "--column", "nps")).isEqualTo(Command.USAGE);
    assertThat(err()).contains("error: line 4, column nps: 'ten' is not a whole number");
    assertThat(out.size()).isZero();
  }

  @Test
  void skipInvalidCountsTheSkippedRows() throws IOException {
    Path csv = file("bad.csv", "id,nps,w\n1,9,1\n2,ten,1\n3,11,1\n4,0,-1\n5,10,2\n");
    assertThat(run(csv.toString(), "--metric", "nps", "--column", "nps", "--weight", "w", "--skip-invalid"))
        .isZero();
    JsonNode r = json();
    assertThat(r.get("n").asLong()).isEqualTo(2);
    assertThat(r.get("skipped").asLong()).isEqualTo(3);
    assertThat(r.get("score").asDouble()).isEqualTo(100.0);
  }

  @Test
  void offScaleAndMissingColumnsAreNamed() throws IOException {
    Path csv = file("o.csv", "nps\n11\n");
    assertThat(run(csv.toString(), "--metric", "nps", "--column", "nps")).isEqualTo(Command.USAGE);
    assertThat(err()).contains("error: line 2, column nps: 11 is off the scale 0-10");
    err.reset();
    Path jsonl = file("m.jsonl", "{\"nps\":9}\n{\"other\":1}\n");
    assertThat(run(jsonl.toString(), "--metric", "nps", "--column", "nps")).isEqualTo(Command.USAGE);
    assertThat(err()).contains("error: line 2, column nps: the column is missing");
    err.reset();
    Path jsonlBad = file("b.jsonl", "{\"nps\":9}\n{\"nps\":\n");
    assertThat(run(jsonlBad.toString(), "--metric", "nps", "--column", "nps")).isEqualTo(Command.USAGE);
    assertThat(err()).contains("error: line 2: not valid JSON");
    err.reset();
    Path badTime = file("t.csv", "nps,at\n9,yesterday\n");
    assertThat(run(badTime.toString(), "--metric", "nps", "--column", "nps", "--window", "day", "--time-column", "at"))
        .isEqualTo(Command.USAGE);
    assertThat(err()).contains("error: line 2, column at: 'yesterday' is not an ISO-8601 instant or local date-time");
  }

  @Test
  void badOptionsAndFilesPrintUsage() throws IOException {
    Path csv = file("nps.csv", NPS_CSV);
    assertThat(run(dir.resolve("absent.csv").toString(), "--metric", "nps", "--column", "nps"))
        .isEqualTo(Command.USAGE);
    assertThat(err()).contains("does not exist").contains("usage: score FILE");
    assertThat(run(csv.toString(), "--metric", "nope", "--column", "nps")).isEqualTo(Command.USAGE);
    assertThat(err()).contains("--metric must be nps, csat or ces, but was 'nope'");
    assertThat(run(csv.toString(), "--metric", "nps")).isEqualTo(Command.USAGE);
    assertThat(err()).contains("--column is required");
    assertThat(run(csv.toString(), "--metric", "nps", "--column", "nps", "--window", "day")).isEqualTo(Command.USAGE);
    assertThat(err()).contains("--window and --time-column go together");
    assertThat(run(csv.toString(), "--metric", "nps", "--column", "nps", "--confidence", "1")).isEqualTo(Command.USAGE);
    assertThat(err()).contains("--confidence must be a number in (0, 1), but was '1'");
    assertThat(run(csv.toString(), "--metric", "nps", "--column", "nps", "--bogus")).isEqualTo(Command.USAGE);
    assertThat(err()).contains("unknown option --bogus");
    assertThat(run(csv.toString(), "--metric", "nps", "--column", "nps", "--scale", "0-10")).isEqualTo(Command.USAGE);
    assertThat(err()).contains("--scale applies to csat and ces only");
    Path txt = file("x.txt", "nps\n1\n");
    assertThat(run(txt.toString(), "--metric", "nps", "--column", "nps")).isEqualTo(Command.USAGE);
    assertThat(err()).contains("FILE must end in .csv or .jsonl, but was 'x.txt'");
  }

  /** The run shown in the README, on the sample file committed beside the module. */
  @Test
  void readmeExampleOnTheSampleFile() throws IOException {
    Path sample = Path.of("data", "nps-sample.csv");
    assertThat(sample).exists();
    assertThat(run(sample.toString(), "--metric", "nps", "--column", "nps", "--by", "region")).isZero();
    JsonNode r = json();
    // counted independently with Python's csv module: 232 answers, 8 blank, 75/72/85
    assertThat(r.get("n").asLong()).isEqualTo(232);
    assertThat(r.get("missing").asLong()).isEqualTo(8);
    assertThat(r.get("counts").toString())
        .isEqualTo("{\"promoters\":75,\"passives\":72,\"detractors\":85}");
    assertThat(r.get("score").asDouble()).isCloseTo(-4.310344827586207, within(EPS));
    assertThat(r.get("segments").get(0).get("key").get("region").asText()).isEqualTo("north");
    assertThat(r.get("segments").get(0).get("n").asLong()).isEqualTo(73);
    assertThat(r.get("segments").get(0).get("score").asDouble()).isCloseTo(21.91780821917808, within(EPS));
  }
}
