package io.feedbackloop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.feedbackloop.examples.Main;
import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.scoring.text.SentimentScore;
import io.feedbackloop.scoring.text.TextInsight;
import io.feedbackloop.scoring.text.TextLanguage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code topics} and {@code drivers} commands: options, rows, errors and the exact JSON. The
 * output format is pinned with a transparent keyword reader (a topic per keyword, "bad" makes a
 * comment negative, "good" positive) so that these tests do not move when the text engine's word
 * lists are tuned; the engine itself is tested and evaluated in {@code feedback-scoring}. The
 * commands as registered in {@link Main} run the real analyzer.
 */
class TextCommandsTest {
  private static final String CSV =
      """
      id,nps,lang,comment
      1,2,sv,bad delivery and price
      2,10,en,good price
      3,9,de,
      4,,xx,bad delivery
      5,5,,bad delivery
      6,8,pl,"good, delivery"
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ObjectMapper mapper = new ObjectMapper();
  private final List<String> hints = new ArrayList<>();

  /** Topics are the words delivery/price; the hint's language is reported, else "und". */
  private TextInsight keywords(String text, @Nullable Locale hint) {
    hints.add(hint == null ? "-" : hint.toLanguageTag());
    TreeSet<String> topics = new TreeSet<>();
    for (String topic : List.of("delivery", "price")) {
      if (text.contains(topic)) {
        topics.add(topic);
      }
    }
    SentimentScore sentiment =
        text.contains("bad") ? new SentimentScore(Sentiment.NEGATIVE, -0.5)
            : text.contains("good") ? new SentimentScore(Sentiment.POSITIVE, 0.5) : SentimentScore.NEUTRAL;
    Optional<TextLanguage> language = hint == null ? Optional.empty() : TextLanguage.of(hint);
    return new TextInsight(language, topics, List.of(), sentiment);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private int run(Command command, String... args) throws Exception {
    return command.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private int runMain(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void topicsPrintsOneLinePerRowInOrder() throws Exception {
    Path csv = file("c.csv", CSV);
    assertThat(run(new TopicsCommand(this::keywords), csv.toString(), "--text-column", "comment",
        "--language-column", "lang")).isZero();
    assertThat(out().lines()).containsExactly(
        "{\"row\":1,\"language\":\"sv\",\"topics\":[\"delivery\",\"price\"],\"sentiment\":\"negative\"}",
        "{\"row\":2,\"language\":\"en\",\"topics\":[\"price\"],\"sentiment\":\"positive\"}",
        "{\"row\":3,\"language\":\"und\",\"topics\":[],\"sentiment\":\"neutral\"}",
        "{\"row\":4,\"language\":\"und\",\"topics\":[\"delivery\"],\"sentiment\":\"negative\"}",
        "{\"row\":5,\"language\":\"und\",\"topics\":[\"delivery\"],\"sentiment\":\"negative\"}",
        "{\"row\":6,\"language\":\"pl\",\"topics\":[\"delivery\"],\"sentiment\":\"positive\"}");
    // A blank text is not analysed; an unknown or empty code gives no hint.
    assertThat(hints).containsExactly("sv", "en", "-", "-", "pl");
    assertThat(err()).isEqualTo("topics: 6 rows, 0 skipped" + System.lineSeparator());
  }

  @Test
  void topicsWithoutALanguageColumnGivesNoHintAndReadsJsonLines() throws Exception {
    Path jsonl = file("c.jsonl", """
        {"comment": "bad price", "lang": "sv"}

        {"comment": null}
        """);
    assertThat(run(new TopicsCommand(this::keywords), jsonl.toString(), "--text-column", "comment")).isZero();
    assertThat(out().lines()).containsExactly(
        "{\"row\":1,\"language\":\"und\",\"topics\":[\"price\"],\"sentiment\":\"negative\"}",
        "{\"row\":2,\"language\":\"und\",\"topics\":[],\"sentiment\":\"neutral\"}");
    assertThat(hints).containsExactly("-");
  }

  @Test
  void topicsStopsAtAMissingColumnOrSkipsItAndCounts() throws Exception {
    Path jsonl = file("c.jsonl", """
        {"comment": "bad price"}
        {"text": "good"}
        {"comment": "price"}
        """);
    assertThat(run(new TopicsCommand(this::keywords), jsonl.toString(), "--text-column", "comment")).isEqualTo(2);
    assertThat(err()).contains("error: line 2, column comment: the column is missing");
    assertThat(out().lines()).hasSize(1);

    out.reset();
    err.reset();
    assertThat(run(new TopicsCommand(this::keywords), jsonl.toString(), "--text-column", "comment",
        "--skip-invalid")).isZero();
    assertThat(out().lines()).extracting(l -> mapper.readTree(l).get("row").asInt()).containsExactly(1, 3);
    assertThat(err()).isEqualTo("topics: 3 rows, 1 skipped" + System.lineSeparator());
  }

  @Test
  void topicsOptionErrorsPrintUsage() {
    assertThat(runMain("topics")).isEqualTo(2);
    assertThat(err()).contains("error: FILE is required").contains("usage: topics FILE --text-column COL");
    err.reset();
    assertThat(runMain("topics", "x.csv")).isEqualTo(2);
    assertThat(err()).contains("error: --text-column is required");
    err.reset();
    assertThat(runMain("topics", "x.csv", "--text-column", "c", "--column", "nps")).isEqualTo(2);
    assertThat(err()).contains("error: unknown option --column");
    err.reset();
    assertThat(runMain("topics", dir.resolve("none.csv").toString(), "--text-column", "c")).isEqualTo(2);
    assertThat(err()).contains("does not exist").contains("usage: topics FILE");
    err.reset();
    assertThat(runMain("topics", "x.csv", "--language-column")).isEqualTo(2);
    assertThat(err()).contains("error: --language-column needs a value");
  }

  @Test
  void topicsWithTheRealAnalyzerGivesNeutralUndForBlankText() throws IOException {
    Path csv = file("blank.csv", "comment\n\" \"\n");
    assertThat(runMain("topics", csv.toString(), "--text-column", "comment")).isZero();
    assertThat(out().strip()).isEqualTo("{\"row\":1,\"language\":\"und\",\"topics\":[],\"sentiment\":\"neutral\"}");
  }

  /** End to end through {@link Main} with the real analyzer, on comments of the kind. */
  @Test
  void realAnalyzerReadsTheFiveLanguages() throws IOException {
    Path csv = file("real.csv", """
        nps,lang,comment
        2,sv,Leveransen kom för sent och paketet var trasigt
        3,,Die Lieferung kam zu spät
        10,en,Great price and friendly customer service
        1,pl,Dostawa była bardzo opóźniona
        9,nl,De bezorging was snel
        """);
    assertThat(runMain("topics", csv.toString(), "--text-column", "comment", "--language-column", "lang"))
        .isZero();
    assertThat(out().lines()).containsExactly(
        "{\"row\":1,\"language\":\"sv\",\"topics\":[\"delivery\",\"product_quality\"],\"sentiment\":\"negative\"}",
        "{\"row\":2,\"language\":\"de\",\"topics\":[\"delivery\"],\"sentiment\":\"negative\"}",
        "{\"row\":3,\"language\":\"en\",\"topics\":[\"customer_service\",\"price\"],\"sentiment\":\"positive\"}",
        "{\"row\":4,\"language\":\"pl\",\"topics\":[\"delivery\"],\"sentiment\":\"negative\"}",
        "{\"row\":5,\"language\":\"nl\",\"topics\":[\"delivery\"],\"sentiment\":\"positive\"}");

    out.reset();
    // delivery: 3 of 3 detractors, 1 of 2 promoters: the top driver.
    assertThat(runMain("drivers", csv.toString(), "--text-column", "comment", "--column", "nps")).isZero();
    JsonNode r = mapper.readTree(out());
    assertThat(r.get("n").asLong()).isEqualTo(5);
    JsonNode top = r.get("topics").get(0);
    assertThat(top.get("topic").asText()).isEqualTo("delivery");
    assertThat(top.get("mentions").asLong()).isEqualTo(4);
    assertThat(top.get("detractorShare").asDouble()).isEqualTo(1.0);
    assertThat(top.get("promoterShare").asDouble()).isEqualTo(0.5);
  }

  /**
   * Rows with a score: 1 (2, detractor: delivery, price), 2 (10, promoter: price), 3 (9, promoter:
   * none), 5 (5, detractor: delivery), 6 (8, passive: delivery); row 4 has no score. n = 5, D = 2,
   * P = 2, NPS 0.
   *
   * <p>delivery: d = 2, p = 0, mentions 3. Shares 2/2 = 1 and 0/2 = 0. Cells 2, 0, 0, 2 have zeros:
   * + 0.5 gives 2.5, 0.5, 0.5, 2.5 in groups of 3: lift = (2.5/3) / (0.5/3) = 5; SE = sqrt(1/2.5 -
   * 1/3 + 1/0.5 - 1/3) = sqrt(1.733333) = 1.316561; CI = exp(ln 5 ± 1.959964 × 1.316561) =
   * [0.378714, 66.012915]. npsWith = 100 × (0 - 2) / 3 = -66.666667, npsWithout = 100 × 2 / 2 =
   * 100, impact = (100 + 66.666667) × 3 / 5 = 100.
   *
   * <p>price: d = 1, p = 1, mentions 2: shares 0.5, 0.5; cells 1, 1, 1, 1: lift 1, SE = sqrt(1 -
   * 1/2 + 1 - 1/2) = 1, CI = exp(± 1.959964) = [0.140863, 7.099071]. npsWith = 0, npsWithout =
   * 100 × (1 - 1) / 3 = 0, impact 0.
   */
  @Test
  void driversPrintsTheReportByImpact() throws Exception {
    Path csv = file("c.csv", CSV);
    assertThat(run(new DriversCommand(this::keywords), csv.toString(), "--text-column", "comment",
        "--column", "nps")).isZero();
    JsonNode r = mapper.readTree(out());
    assertThat(r.get("n").asLong()).isEqualTo(5);
    JsonNode delivery = r.get("topics").get(0);
    assertThat(delivery.get("topic").asText()).isEqualTo("delivery");
    assertThat(delivery.get("mentions").asLong()).isEqualTo(3);
    assertThat(delivery.get("detractorShare").asDouble()).isEqualTo(1.0);
    assertThat(delivery.get("promoterShare").asDouble()).isEqualTo(0.0);
    assertThat(delivery.get("lift").asDouble()).isCloseTo(5.0, within(1e-12));
    assertThat(delivery.get("liftCi").get("low").asDouble()).isCloseTo(0.378714, within(1e-6));
    assertThat(delivery.get("liftCi").get("high").asDouble()).isCloseTo(66.012915, within(1e-6));
    assertThat(delivery.get("liftCi").get("level").asDouble()).isEqualTo(0.95);
    assertThat(delivery.get("npsWith").asDouble()).isCloseTo(-66.666667, within(1e-6));
    assertThat(delivery.get("npsWithout").asDouble()).isEqualTo(100.0);
    assertThat(delivery.get("impact").asDouble()).isCloseTo(100.0, within(1e-9));
    JsonNode price = r.get("topics").get(1);
    assertThat(price.get("topic").asText()).isEqualTo("price");
    assertThat(price.get("lift").asDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(price.get("liftCi").get("low").asDouble()).isCloseTo(0.140863, within(1e-6));
    assertThat(price.get("liftCi").get("high").asDouble()).isCloseTo(7.099071, within(1e-6));
    assertThat(price.get("impact").asDouble()).isEqualTo(0.0);
    assertThat(r.get("topics")).hasSize(2);
    List<String> fields = new ArrayList<>();
    delivery.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("topic", "mentions", "detractorShare", "promoterShare", "lift",
        "liftCi", "npsWith", "npsWithout", "impact");
    assertThat(err()).isEqualTo("drivers: 6 rows, 1 without a score, 0 skipped" + System.lineSeparator());
  }

  @Test
  void driversWithoutPromotersPrintsNullLift() throws Exception {
    Path csv = file("d.csv", "nps,comment\n3,bad delivery\n7,fine\n");
    assertThat(run(new DriversCommand(this::keywords), csv.toString(), "--text-column", "comment",
        "--column", "nps", "--confidence", "0.9")).isZero();
    assertThat(out().strip()).isEqualTo(
        "{\"n\":2,\"topics\":[{\"topic\":\"delivery\",\"mentions\":1,\"detractorShare\":1.0,"
            + "\"promoterShare\":0.0,\"lift\":null,\"liftCi\":null,\"npsWith\":-100.0,"
            + "\"npsWithout\":0.0,\"impact\":50.0}]}");
  }

  @Test
  void driversRejectsBadScoresLikeScore() throws Exception {
    Path csv = file("e.csv", "nps,comment\n3,bad delivery\nten,x\n11,y\n");
    assertThat(run(new DriversCommand(this::keywords), csv.toString(), "--text-column", "comment",
        "--column", "nps")).isEqualTo(2);
    assertThat(err()).contains("error: line 3, column nps: 'ten' is not a whole number");
    assertThat(out()).isEmpty();

    err.reset();
    assertThat(run(new DriversCommand(this::keywords), csv.toString(), "--text-column", "comment",
        "--column", "nps", "--skip-invalid")).isZero();
    assertThat(mapper.readTree(out()).get("n").asLong()).isEqualTo(1);
    assertThat(err()).isEqualTo("drivers: 3 rows, 0 without a score, 2 skipped" + System.lineSeparator());

    Path off = file("f.csv", "nps,comment\n11,y\n");
    err.reset();
    assertThat(run(new DriversCommand(this::keywords), off.toString(), "--text-column", "comment",
        "--column", "nps")).isEqualTo(2);
    assertThat(err()).contains("error: line 2, column nps: 11 is off the scale 0-10");
  }

  @Test
  void driversOptionErrorsPrintUsage() {
    assertThat(runMain("drivers", "x.csv", "--text-column", "c")).isEqualTo(2);
    assertThat(err()).contains("error: --column is required").contains("usage: drivers FILE");
    err.reset();
    assertThat(runMain("drivers", "x.csv", "--text-column", "c", "--column", "n", "--confidence", "1")).isEqualTo(2);
    assertThat(err()).contains("--confidence must be a number in (0, 1), but was '1'");
    err.reset();
    assertThat(runMain("drivers", "x.txt", "y.txt")).isEqualTo(2);
    assertThat(err()).contains("only one FILE is allowed, but got 'x.txt' and 'y.txt'");
  }

  @Test
  void usageListsTheTextCommands() {
    assertThat(runMain()).isEqualTo(2);
    assertThat(err()).contains("  topics   language, topics and sentiment")
        .contains("  drivers  which comment topics drive the NPS");
  }
}
