package io.feedbackloop.examples.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The figures are those of {@code ScoreCommandTest}, counted independently with Python. */
class ScoreCsvExportTest {
  private static final double EPS = 1e-9;

  @Test
  void scoresTheSampleExportOverallAndPerRegion() throws IOException {
    JsonNode r = new ObjectMapper().readTree(ScoreCsvExport.run(ScoreCsvExport.SAMPLE));

    assertThat(r.get("metric").asText()).isEqualTo("nps");
    assertThat(r.get("n").asLong()).isEqualTo(232);
    assertThat(r.get("missing").asLong()).isEqualTo(8);
    assertThat(r.get("counts").toString())
        .isEqualTo("{\"promoters\":75,\"passives\":72,\"detractors\":85}");
    assertThat(r.get("score").asDouble()).isCloseTo(-4.310344827586207, within(EPS));
    JsonNode north = r.get("segments").get(0);
    assertThat(north.get("key").get("region").asText()).isEqualTo("north");
    assertThat(north.get("n").asLong()).isEqualTo(73);
    assertThat(north.get("score").asDouble()).isCloseTo(21.91780821917808, within(EPS));
    long perRegion = 0;
    for (JsonNode s : r.get("segments")) {
      perRegion += s.get("n").asLong();
    }
    assertThat(perRegion).isEqualTo(232);
  }

  @Test
  void aMissingFileIsTheCommandsError() {
    assertThatThrownBy(() -> ScoreCsvExport.run(Path.of("data", "absent.csv")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("score exited with 2: error: FILE 'data/absent.csv' does not exist");
  }
}
