package io.feedbackloop.core.json;

import io.feedbackloop.core.testing.RandomModels;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fuzz property without the fuzzer: thousands of seeded random mutations (byte flips,
 * truncations, insertions of JSON fragments, deletions, duplications) of valid documents must
 * each read and round trip, or fail with a {@code ValidationException}. Prints the seed.
 */
class MutationPropertyTest {
  private static final int MUTANTS = 3000;
  private static final String[] FRAGMENTS = {
    "{", "}", "[", "]", "\"", ",", ":", "null", "true", "1e999", "-0", "99999999999999999999",
    "3.5", "\\u0000", "\\ud800", "\"x\":1", "{}", "[]", "é", "😀", "\u0000", " ", "\"type\"",
    "\"value\"", "\"answers\"", "\"questions\"", "[[[[[[[[[[[[[[[[[[[[", "\"schemaVersion\":2"
  };

  @Test
  void mutatedSurveysReadOrFailWithProblems() {
    long seed = RandomModels.seed();
    List<byte[]> seeds =
        List.of(
            bytes(SampleDocumentsTest.sample("survey-post-delivery.json")),
            bytes(Documents.survey()),
            bytes(FeedbackJson.ofDefaults().writeSurvey(new RandomModels(seed).survey())));
    run(seed, seeds, CodecProperty::survey);
  }

  @Test
  void mutatedResponsesReadOrFailWithProblems() {
    long seed = RandomModels.seed();
    RandomModels models = new RandomModels(seed);
    List<byte[]> seeds =
        List.of(
            bytes(SampleDocumentsTest.sample("response-valid.json")),
            bytes(SampleDocumentsTest.sample("response-invalid.json")),
            FeedbackJson.ofDefaults().writeResponseBytes(models.anyResponse(models.survey())));
    run(seed, seeds, CodecProperty::response);
  }

  private static void run(long seed, List<byte[]> seeds, java.util.function.Consumer<byte[]> property) {
    Random random = new Random(seed);
    for (int i = 0; i < MUTANTS; i++) {
      byte[] mutant = seeds.get(random.nextInt(seeds.size()));
      for (int ops = 1 + random.nextInt(3); ops > 0; ops--) {
        mutant = mutate(random, mutant);
      }
      try {
        property.accept(mutant);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError(
            "seed=" + seed + " mutant " + i + ": " + new String(mutant, StandardCharsets.UTF_8), e);
      }
    }
  }

  static byte[] mutate(Random random, byte[] in) {
    if (in.length == 0) {
      return bytes(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
    }
    int at = random.nextInt(in.length);
    switch (random.nextInt(5)) {
      case 0 -> {
        byte[] out = in.clone();
        out[at] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : (byte) (out[at] ^ (1 << random.nextInt(8)));
        return out;
      }
      case 1 -> {
        return Arrays.copyOf(in, at);
      }
      case 2 -> {
        byte[] fragment = bytes(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        return splice(in, at, at, fragment);
      }
      case 3 -> {
        int end = Math.min(in.length, at + 1 + random.nextInt(16));
        return splice(in, at, end, new byte[0]);
      }
      default -> {
        int end = Math.min(in.length, at + 1 + random.nextInt(32));
        return splice(in, at, at, Arrays.copyOfRange(in, at, end));
      }
    }
  }

  private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
    byte[] out = new byte[in.length - (to - from) + insert.length];
    System.arraycopy(in, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(in, to, out, from + insert.length, in.length - to);
    return out;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
