package io.feedbackloop.scoring.internal;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaleDirection;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * The versioned byte and JSON forms of a {@link Tally}.
 *
 * <p>Bytes, format version 1: {@code [version=1]}, the scale as zig-zag varints {@code min, max,
 * step}, a byte for the direction (0 ascending, 1 descending), a byte for the metric (0 none, 1
 * NPS, 2 CSAT, 3 CES), a zig-zag varint {@code positiveFrom}; then for every scale point a varint
 * count of unit-weight answers, a varint count of weighted answers and, only when that count is
 * not zero, the big-endian IEEE 754 sums of their weights and squared weights.
 *
 * <p>JSON: {@code {"version":1,"scale":{...},"units":[..],"weightedCounts":[..],
 * "weightSums":[..],"weightSquareSums":[..]}}.
 */
public final class TallyCodec {
  /** The current format version. */
  public static final int VERSION = 1;

  private static final Metric[] METRICS = {Metric.NONE, Metric.NPS, Metric.CSAT, Metric.CES};

  private TallyCodec() {}

  /** Encodes a tally. */
  public static byte[] toBytes(Tally t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64);
    Scale s = t.scale();
    out.write(VERSION);
    writeVarLong(out, zigZag(s.min()));
    writeVarLong(out, zigZag(s.max()));
    writeVarLong(out, zigZag(s.step()));
    out.write(s.direction() == ScaleDirection.ASCENDING ? 0 : 1);
    out.write(metricCode(s.metric()));
    writeVarLong(out, zigZag(s.positiveFrom()));
    for (int i = 0; i < t.points(); i++) {
      writeVarLong(out, t.units(i));
      writeVarLong(out, t.weightedCount(i));
      if (t.weightedCount(i) != 0) {
        writeDouble(out, t.extraWeightSum(i));
        writeDouble(out, t.extraWeightSquareSum(i));
      }
    }
    return out.toByteArray();
  }

  /**
   * Decodes a tally.
   *
   * @throws IllegalArgumentException on an unknown version, truncated or trailing bytes, or
   *     invalid content
   */
  public static Tally fromBytes(byte[] bytes) {
    Checks.notNull("bytes", bytes);
    Reader r = new Reader(bytes);
    int version = r.readByte();
    if (version != VERSION) {
      throw new IllegalArgumentException(
          "bytes must have format version " + VERSION + ", but had " + version);
    }
    int min = unZigZagInt(r.readVarLong());
    int max = unZigZagInt(r.readVarLong());
    int step = unZigZagInt(r.readVarLong());
    int direction = r.readByte();
    if (direction > 1) {
      throw new IllegalArgumentException("direction code must be 0 or 1, but was " + direction);
    }
    int metric = r.readByte();
    if (metric >= METRICS.length) {
      throw new IllegalArgumentException("metric code must be 0..3, but was " + metric);
    }
    int positiveFrom = unZigZagInt(r.readVarLong());
    Scale scale = new Scale(min, max, step,
        direction == 0 ? ScaleDirection.ASCENDING : ScaleDirection.DESCENDING, METRICS[metric],
        positiveFrom);
    Tally t = new Tally(scale);
    for (int i = 0; i < t.points(); i++) {
      long units = r.readVarLong();
      long weighted = r.readVarLong();
      double sum = 0;
      double squares = 0;
      if (weighted != 0) {
        sum = r.readDouble();
        squares = r.readDouble();
      }
      set(t, i, units, weighted, sum, squares);
    }
    if (r.pos != bytes.length) {
      throw new IllegalArgumentException("bytes must end at offset " + r.pos + ", but have "
          + (bytes.length - r.pos) + " trailing bytes");
    }
    return t;
  }

  /** The JSON form of a tally. */
  public static String toJson(Tally t) {
    Scale s = t.scale();
    StringBuilder b = new StringBuilder(256);
    b.append("{\"version\":").append(VERSION)
        .append(",\"scale\":{\"min\":").append(s.min())
        .append(",\"max\":").append(s.max())
        .append(",\"step\":").append(s.step())
        .append(",\"direction\":\"").append(s.direction().wireName())
        .append("\",\"metric\":\"").append(s.metric().wireName())
        .append("\",\"positiveFrom\":").append(s.positiveFrom())
        .append("},\"units\":[");
    for (int i = 0; i < t.points(); i++) {
      b.append(i == 0 ? "" : ",").append(t.units(i));
    }
    b.append("],\"weightedCounts\":[");
    for (int i = 0; i < t.points(); i++) {
      b.append(i == 0 ? "" : ",").append(t.weightedCount(i));
    }
    b.append("],\"weightSums\":[");
    for (int i = 0; i < t.points(); i++) {
      b.append(i == 0 ? "" : ",").append(t.extraWeightSum(i));
    }
    b.append("],\"weightSquareSums\":[");
    for (int i = 0; i < t.points(); i++) {
      b.append(i == 0 ? "" : ",").append(t.extraWeightSquareSum(i));
    }
    return b.append("]}").toString();
  }

  /**
   * Parses the JSON form.
   *
   * @throws IllegalArgumentException on malformed JSON, an unknown version or invalid content
   */
  public static Tally fromJson(String json) {
    Checks.notNull("json", json);
    Map<String, Object> root = MiniJson.object(MiniJson.parse(json), "the document");
    long version = MiniJson.longValue(MiniJson.field(root, "version"), "version");
    if (version != VERSION) {
      throw new IllegalArgumentException(
          "version must be " + VERSION + ", but was " + version);
    }
    Map<String, Object> s = MiniJson.object(MiniJson.field(root, "scale"), "scale");
    Scale scale = new Scale(
        intValue(s, "min"), intValue(s, "max"), intValue(s, "step"),
        direction(MiniJson.string(MiniJson.field(s, "direction"), "direction")),
        metric(MiniJson.string(MiniJson.field(s, "metric"), "metric")),
        intValue(s, "positiveFrom"));
    Tally t = new Tally(scale);
    List<Object> units = array(root, "units", t.points());
    List<Object> weighted = array(root, "weightedCounts", t.points());
    List<Object> sums = array(root, "weightSums", t.points());
    List<Object> squares = array(root, "weightSquareSums", t.points());
    for (int i = 0; i < t.points(); i++) {
      set(t, i,
          MiniJson.longValue(units.get(i), "units[" + i + "]"),
          MiniJson.longValue(weighted.get(i), "weightedCounts[" + i + "]"),
          MiniJson.doubleValue(sums.get(i), "weightSums[" + i + "]"),
          MiniJson.doubleValue(squares.get(i), "weightSquareSums[" + i + "]"));
    }
    return t;
  }

  private static void set(Tally t, int i, long units, long weighted, double sum, double squares) {
    if (units < 0 || weighted < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0, but were " + units + " and " + weighted + " at index " + i);
    }
    if (!(sum >= 0 && squares >= 0) || Double.isInfinite(sum) || Double.isInfinite(squares)
        || (weighted == 0 && (sum != 0 || squares != 0))) {
      throw new IllegalArgumentException("weight sums must be finite, >= 0 and 0 without weighted"
          + " answers, but were " + sum + " and " + squares + " at index " + i);
    }
    t.set(i, units, weighted, sum, squares);
  }

  private static int intValue(Map<String, Object> o, String name) {
    long v = MiniJson.longValue(MiniJson.field(o, name), name);
    if (v != (int) v) {
      throw new IllegalArgumentException(name + " must be an int, but was " + v);
    }
    return (int) v;
  }

  private static List<Object> array(Map<String, Object> o, String name, int length) {
    List<Object> a = MiniJson.array(MiniJson.field(o, name), name);
    if (a.size() != length) {
      throw new IllegalArgumentException(
          name + " must have " + length + " elements, but had " + a.size());
    }
    return a;
  }

  private static ScaleDirection direction(String name) {
    for (ScaleDirection d : ScaleDirection.values()) {
      if (d.wireName().equals(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "direction must be ascending or descending, but was '" + name + "'");
  }

  private static Metric metric(String name) {
    for (Metric m : Metric.values()) {
      if (m.wireName().equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "metric must be nps, csat, ces or none, but was '" + name + "'");
  }

  private static int metricCode(Metric m) {
    for (int i = 0; i < METRICS.length; i++) {
      if (METRICS[i] == m) {
        return i;
      }
    }
    throw new IllegalStateException("unknown metric " + m);
  }

  private static long zigZag(int v) {
    return ((long) v << 1) ^ ((long) v >> 63);
  }

  private static int unZigZagInt(long v) {
    long decoded = (v >>> 1) ^ -(v & 1);
    if (decoded != (int) decoded) {
      throw new IllegalArgumentException("scale bound must be an int, but was " + decoded);
    }
    return (int) decoded;
  }

  private static void writeVarLong(ByteArrayOutputStream out, long v) {
    long rest = v;
    while ((rest & ~0x7FL) != 0) {
      out.write((int) ((rest & 0x7F) | 0x80));
      rest >>>= 7;
    }
    out.write((int) rest);
  }

  private static void writeDouble(ByteArrayOutputStream out, double d) {
    long bits = Double.doubleToLongBits(d);
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (bits >>> shift) & 0xFF);
    }
  }

  /** A cursor over the input that fails clearly on truncation. */
  private static final class Reader {
    private final byte[] bytes;
    int pos;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    int readByte() {
      if (pos >= bytes.length) {
        throw new IllegalArgumentException(
            "bytes must not be truncated, but ended at offset " + pos);
      }
      return bytes[pos++] & 0xFF;
    }

    long readVarLong() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int b = readByte();
        v |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
      throw new IllegalArgumentException("varint must be at most 10 bytes, but was longer at "
          + "offset " + pos);
    }

    double readDouble() {
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        bits = (bits << 8) | readByte();
      }
      return Double.longBitsToDouble(bits);
    }
  }
}
