package io.feedbackloop.examples.flink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Seeded test responses over several days and three segments, a little out of order. */
final class SeededResponses {
  static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
  static final List<String> SEGMENTS = List.of("north", "south", "west");

  private SeededResponses() {}

  /** The seed: {@code -Dfeedback.seed=...} replays a printed one. */
  static long seed() {
    String fixed = System.getProperty("feedback.seed");
    long seed = fixed != null ? Long.parseLong(fixed) : new Random().nextLong();
    System.out.println("seed=" + seed);
    return seed;
  }

  /**
   * {@code n} responses spread over {@code days} days, in submission order disturbed by up to
   * {@code maxDelay} (each response is emitted as if it arrived that much later at most).
   */
  static List<SurveyResponse> generate(Random r, int n, int days, Duration maxDelay) {
    record Arrival(SurveyResponse response, long arrivedAt) {}
    List<Arrival> arrivals = new ArrayList<>();
    long span = Duration.ofDays(days).toSeconds();
    for (int i = 0; i < n; i++) {
      // whole seconds: session-window boundaries are then compared on exact values
      Instant at = START.plusSeconds((long) (r.nextDouble() * span));
      String segment = SEGMENTS.get(r.nextInt(SEGMENTS.size()));
      // segments differ, so a mix-up between windows or segments shows
      int bias = SEGMENTS.indexOf(segment);
      Integer nps = r.nextInt(20) == 0 ? null : Math.min(10, r.nextInt(11) + bias);
      Integer csat = r.nextInt(10) == 0 ? null : 1 + r.nextInt(5);
      Integer ces = r.nextInt(3) == 0 ? null : Math.min(7, 1 + r.nextInt(7) + bias);
      SurveyResponse response = new SurveyResponse(at, segment, nps, csat, ces);
      arrivals.add(new Arrival(response,
          at.getEpochSecond() + (long) (r.nextDouble() * maxDelay.toSeconds())));
    }
    arrivals.sort(Comparator.comparingLong(Arrival::arrivedAt));
    return arrivals.stream().map(Arrival::response).toList();
  }

  /** Writes the CSV form with its header. */
  static Path write(Path file, List<SurveyResponse> responses) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(SurveyResponse.HEADER);
    responses.forEach(response -> lines.add(response.toCsvLine()));
    return Files.write(file, lines);
  }
}
