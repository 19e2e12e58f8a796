package io.feedbackloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaleDirection;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Accumulator behaviour, the byte and JSON forms, and their failure messages. */
class AccumulatorTest {

  @Test
  void countsAndWeights() {
    NpsAccumulator a = new NpsAccumulator().add(9).add(9, 2.5).add(3, 0);
    assertThat(a.count()).isEqualTo(3);
    assertThat(a.count(9)).isEqualTo(2);
    assertThat(a.count(3)).isEqualTo(1);
    assertThat(a.count(4)).isZero();
    assertThat(a.weightSum(9)).isEqualTo(3.5);
    assertThat(a.weightSquareSum(9)).isEqualTo(7.25);
    assertThat(a.weightSum(3)).isZero();
    assertThat(a.toString()).isEqualTo("NpsAccumulator[n=3]");
    NpsAccumulator copy = a.copy();
    a.add(10);
    assertThat(copy.count()).isEqualTo(3);
    assertThat(a.count()).isEqualTo(4);
  }

  @Test
  void bulkAddCoversTheRangeOnly() {
    NpsAccumulator a = new NpsAccumulator().addAll(new int[] {0, 6, 7, 8, 9, 10}, 1, 5);
    assertThat(a.count()).isEqualTo(4);
    assertThat(a.count(0)).isZero();
    assertThat(a.count(10)).isZero();
    assertThat(a.count(6)).isEqualTo(1);
    assertThat(a.count(9)).isEqualTo(1);
    assertThat(new NpsAccumulator().addAll(new int[] {1, 2}, 2, 2).count()).isZero();
  }

  @Test
  void bulkAddIsAllOrNothing() {
    NpsAccumulator a = new NpsAccumulator().add(5);
    assertThatThrownBy(() -> a.addAll(new int[] {1, 2, 3, 11, 4}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be on the scale 0..10 step 1, but was 11");
    assertThat(a.count()).isEqualTo(1);
    assertThat(a.count(1)).isZero();
    assertThatThrownBy(() -> a.addAll(new int[] {1, 2}, new double[] {1, -2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be finite and >= 0, but was -2.0");
    assertThatThrownBy(() -> a.addAll(new int[] {1, 12}, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(a.count()).isEqualTo(1);
    ScaleAccumulator stepped =
        ScaleAccumulator.of(new Scale(0, 10, 2, ScaleDirection.ASCENDING, Metric.CSAT, 8));
    assertThatThrownBy(() -> stepped.addAll(new int[] {0, 2, 4, 5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be on the scale 0..10 step 2, but was 5");
    assertThatThrownBy(() -> stepped.addAll(new int[] {2, -2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stepped.addAll(new int[] {2, 12}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(stepped.count()).isZero();
    ScaleAccumulator csat = ScaleAccumulator.csat().addAll(new int[] {5, 5});
    assertThatThrownBy(() -> csat.addAll(new int[] {1, 5, 3, 9}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(csat.count(5)).isEqualTo(2);
    assertThat(csat.count(1)).isZero();
    assertThat(csat.count(3)).isZero();
    assertThat(csat.count()).isEqualTo(2);
    stepped.addAll(new int[] {0, 2, 10, 10});
    assertThat(stepped.count(10)).isEqualTo(2);
    assertThat(stepped.count(2)).isEqualTo(1);
  }

  @Test
  void rangeChecks() {
    NpsAccumulator a = new NpsAccumulator();
    int[] s = {1, 2, 3};
    assertThatThrownBy(() -> a.addAll(s, -1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("range must be 0 <= from <= to <= 3, but was [-1, 2)");
    assertThatThrownBy(() -> a.addAll(s, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.addAll(s, 0, 4)).isInstanceOf(IllegalArgumentException.class);
    a.addAll(s, 0, 3);
    a.addAll(s, 3, 3);
    assertThat(a.count()).isEqualTo(3);
  }

  @Test
  void mergeRefusesAnotherScale() {
    ScaleAccumulator csat = ScaleAccumulator.csat().add(5);
    assertThatThrownBy(() -> csat.merge(ScaleAccumulator.ces()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("other must have the scale Scale[min=1, max=5");
    assertThat(csat.merge(ScaleAccumulator.csat().add(4, 2)).count()).isEqualTo(2);
    assertThat(csat.weightSum(4)).isEqualTo(2.0);
    assertThat(csat.weightSquareSum(4)).isEqualTo(4.0);
    assertThat(csat.weightSquareSum(5)).isEqualTo(1.0);
    assertThat(csat.toString()).isEqualTo("ScaleAccumulator[metric=CSAT, n=2]");
    ScaleAccumulator copy = csat.copy().add(1);
    assertThat(csat.count()).isEqualTo(2);
    assertThat(copy.count()).isEqualTo(3);
  }

  @Test
  void refusesScalesWithTooManyPoints() {
    Scale big = new Scale(0, 101, 1, ScaleDirection.ASCENDING, Metric.CSAT, 90);
    assertThatThrownBy(() -> ScaleAccumulator.of(big))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must have at most 101 points, but has 102");
    Scale max = new Scale(0, 100, 1, ScaleDirection.ASCENDING, Metric.CSAT, 90);
    assertThat(ScaleAccumulator.of(max).add(100).count()).isEqualTo(1);
  }

  @Test
  void byteFormIsCompactAndVersioned() {
    NpsAccumulator a = new NpsAccumulator().add(10).add(10).add(0);
    byte[] bytes = a.toBytes();
    // version, scale (min 0, max 10 -> zigzag 20, step 1 -> 2, asc, nps, 9 -> 18), 11 x 2 varints
    assertThat(Arrays.copyOf(bytes, 7)).containsExactly(1, 0, 20, 2, 0, 1, 18);
    assertThat(bytes).hasSize(7 + 22);
    assertThat(bytes[7]).isEqualTo((byte) 1); // one unit answer at 0
    assertThat(bytes[27]).isEqualTo((byte) 2); // two unit answers at 10
    NpsAccumulator weighted = new NpsAccumulator().add(5, 2);
    assertThat(weighted.toBytes()).hasSize(7 + 22 + 16);
  }

  @Test
  void byteFormRejectsBadInput() {
    byte[] good = new NpsAccumulator().add(3).add(9, 1.5).toBytes();
    byte[] wrongVersion = good.clone();
    wrongVersion[0] = 2;
    assertThatThrownBy(() -> NpsAccumulator.fromBytes(wrongVersion))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bytes must have format version 1, but had 2");
    for (int len = 0; len < good.length; len++) {
      byte[] cut = Arrays.copyOf(good, len);
      assertThatThrownBy(() -> NpsAccumulator.fromBytes(cut))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("bytes must not be truncated, but ended at offset " + len);
    }
    byte[] trailing = Arrays.copyOf(good, good.length + 2);
    assertThatThrownBy(() -> NpsAccumulator.fromBytes(trailing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bytes must end at offset " + good.length + ", but have 2 trailing bytes");
    byte[] csat = ScaleAccumulator.csat().add(4).toBytes();
    assertThatThrownBy(() -> NpsAccumulator.fromBytes(csat))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must feed metric NPS, but feeds CSAT");
    assertThatThrownBy(() -> ScaleAccumulator.fromBytes(good))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must feed metric CSAT or CES, but feeds NPS");
    byte[] badDirection = good.clone();
    badDirection[4] = 2;
    assertThatThrownBy(() -> NpsAccumulator.fromBytes(badDirection))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("direction code must be 0 or 1, but was 2");
    byte[] badMetric = good.clone();
    badMetric[5] = 4;
    assertThatThrownBy(() -> NpsAccumulator.fromBytes(badMetric))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metric code must be 0..3, but was 4");
    byte[] overlong = {1, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80,
        (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0};
    assertThatThrownBy(() -> NpsAccumulator.fromBytes(overlong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("varint must be at most 10 bytes, but was longer at offset 11");
    byte[] hugeBound = {1, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F};
    assertThatThrownBy(() -> NpsAccumulator.fromBytes(hugeBound))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("scale bound must be an int, but was ");
  }

  @Test
  void decodedContentIsValidated() {
    // a weighted count with a negative weight sum
    String json = new NpsAccumulator().add(9, 1).toJson().replace("\"weightSums\":[0.0,0.0,0.0,"
        + "0.0,0.0,0.0,0.0,0.0,0.0,1.0", "\"weightSums\":[0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,-1.0");
    assertThatThrownBy(() -> NpsAccumulator.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight sums must be finite, >= 0 and 0 without weighted answers, but were"
            + " -1.0 and 1.0 at index 9");
    String orphan = new NpsAccumulator().toJson().replace("\"weightSums\":[0.0",
        "\"weightSums\":[2.0");
    assertThatThrownBy(() -> NpsAccumulator.fromJson(orphan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight sums must be finite, >= 0 and 0 without weighted answers, but were"
            + " 2.0 and 0.0 at index 0");
    String negative = new NpsAccumulator().toJson().replace("\"units\":[0", "\"units\":[-4");
    assertThatThrownBy(() -> NpsAccumulator.fromJson(negative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts must be >= 0, but were -4 and 0 at index 0");
    String negativeWeighted = new NpsAccumulator().toJson()
        .replace("\"weightedCounts\":[0", "\"weightedCounts\":[-1");
    assertThatThrownBy(() -> NpsAccumulator.fromJson(negativeWeighted))
        .isInstanceOf(IllegalArgumentException.class);
    String infinite = new NpsAccumulator().add(1, 1).toJson()
        .replace("\"weightSquareSums\":[0.0,1.0", "\"weightSquareSums\":[0.0,1e999");
    assertThatThrownBy(() -> NpsAccumulator.fromJson(infinite))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonForm() {
    NpsAccumulator a = new NpsAccumulator().add(10).add(0, 0.5);
    assertThat(a.toJson()).isEqualTo("{\"version\":1,\"scale\":{\"min\":0,\"max\":10,\"step\":1,"
        + "\"direction\":\"ascending\",\"metric\":\"nps\",\"positiveFrom\":9},"
        + "\"units\":[0,0,0,0,0,0,0,0,0,0,1],\"weightedCounts\":[1,0,0,0,0,0,0,0,0,0,0],"
        + "\"weightSums\":[0.5,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0],"
        + "\"weightSquareSums\":[0.25,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0]}");
    String spaced = "  {\n \"weightSquareSums\" : [0.25,0,0,0,0,0,0,0,0,0,0], \"version\":1,"
        + "\"scale\":{\"min\":0,\"max\":10,\"step\":1,\"direction\":\"ascending\","
        + "\"metric\":\"n\\u0070s\",\"positiveFrom\":9},\"units\":[0,0,0,0,0,0,0,0,0,0,1],"
        + "\"weightedCounts\":[1,0,0,0,0,0,0,0,0,0,0],"
        + "\"weightSums\":[5E-1,0,0,0,0,0,0,0,0,0,0] }  ";
    NpsAccumulator b = NpsAccumulator.fromJson(spaced);
    assertThat(b.toJson()).isEqualTo(a.toJson());
    ScaleAccumulator d = ScaleAccumulator.of(
        new Scale(1, 7, 1, ScaleDirection.DESCENDING, Metric.CES, 3)).add(2);
    assertThat(ScaleAccumulator.fromJson(d.toJson()).scale()).isEqualTo(d.scale());
    assertThat(d.toJson()).contains("\"direction\":\"descending\",\"metric\":\"ces\"");
  }

  @Test
  void jsonFormRejectsBadInput() {
    String good = new NpsAccumulator().add(3).toJson();
    assertThatThrownBy(() -> NpsAccumulator.fromJson(good.replace("\"version\":1",
        "\"version\":2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must be 1, but was 2");
    assertThatThrownBy(() -> NpsAccumulator.fromJson(good.substring(0, good.length() - 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("json must have '}' at offset");
    assertThatThrownBy(() -> NpsAccumulator.fromJson(good + "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but had 'x'");
    assertThatThrownBy(() -> NpsAccumulator.fromJson(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("json must have a value at offset 0, but had the end");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("[]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the document must be a JSON object, but was an array");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must be present, but was missing");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("{\"version\":\"1\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must be an integer, but was '1'");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("{\"version\":1.5}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must be an integer, but was 1.5");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("{\"version\":1,\"version\":1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field 'version' must appear once, but repeats");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("{\"version\":1,\"scale\":[]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must be a JSON object, but was an array");
    assertThatThrownBy(() -> NpsAccumulator.fromJson(good.replace("\"units\":[0,0,0,1,",
        "\"units\":[0,0,1,")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("units must have 11 elements, but had 10");
    assertThatThrownBy(() -> NpsAccumulator.fromJson(good.replace("\"units\":[",
        "\"units\":{\"a\":1},\"x\":[")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("units must be a JSON array, but was an object");
    assertThatThrownBy(() -> NpsAccumulator.fromJson(good.replace("\"ascending\"",
        "\"sideways\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("direction must be ascending or descending, but was 'sideways'");
    assertThatThrownBy(() -> NpsAccumulator.fromJson(good.replace("\"nps\"", "\"xyz\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metric must be nps, csat, ces or none, but was 'xyz'");
    assertThatThrownBy(() -> NpsAccumulator.fromJson(good.replace("\"nps\"", "7")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metric must be a JSON string, but was 7");
    assertThatThrownBy(() -> NpsAccumulator.fromJson(good.replace("\"min\":0",
        "\"min\":99999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("min must be an int, but was 99999999999");
    assertThatThrownBy(() -> NpsAccumulator.fromJson(good.replace("\"weightSums\":[0.0",
        "\"weightSums\":[\"a\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weightSums[0] must be a number, but was 'a'");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("{\"version\":1-}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("json must have a number at offset 11, but had '1'");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("{\"a\" 1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("json must have ':' at offset 5, but had '1'");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("{1:2}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("json must have a field name at offset 1, but had '1'");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("{\"a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("json must have a closing quote at offset 3, but had the end");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("{\"a\\u12"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("json must have four hex digits");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("{\"a\\uzzzz\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("json must have four hex digits");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("true"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("json must have a value at offset 0, but had 't'");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("[1,2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("json must have ']' at offset 4, but had the end");
    assertThat(new String(good.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .isEqualTo(good);
  }

  @Test
  void jsonStringEscapes() {
    // escapes are decoded (and then fail as an unknown metric, showing the decoded text)
    String good = new NpsAccumulator().toJson();
    assertThatThrownBy(() -> NpsAccumulator.fromJson(good.replace("\"nps\"",
        "\"a\\n\\t\\r\\b\\f\\\\\\/\\\"\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metric must be nps, csat, ces or none, but was 'a\n\t\r\b\f\\/\"'");
    String zeros = ("{\"version\":1,\"scale\":{\"min\":0,\"max\":10,\"step\":1,"
        + "\"direction\":\"ascending\",\"metric\":\"nps\",\"positiveFrom\":9},\"units\":[],"
        + "\"weightedCounts\":[],\"weightSums\":[],\"weightSquareSums\":[]}")
        .replace("[]", "[0,0,0,0,0,0,0,0,0,0,0]");
    assertThat(NpsAccumulator.fromJson(zeros).count()).isZero();
    assertThatThrownBy(() -> NpsAccumulator.fromJson(zeros.replace("\"units\":[0,0,0,0,0,0,0,0,0,0,0]",
        "\"units\":[ ]")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("units must have 11 elements, but had 0");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("{ }"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must be present, but was missing");
    assertThatThrownBy(() -> NpsAccumulator.fromJson("{\"version\":1,\"scale\":{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("json must have '}' at offset 23, but had the end");
  }
}
