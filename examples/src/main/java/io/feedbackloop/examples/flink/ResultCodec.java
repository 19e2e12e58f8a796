package io.feedbackloop.examples.flink;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.scoring.Interval;
import io.feedbackloop.scoring.Mean;
import io.feedbackloop.scoring.NpsResult;
import io.feedbackloop.scoring.Proportion;
import io.feedbackloop.scoring.ScaleResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The byte form of the result records, field by field with doubles as IEEE 754 bits, so a result
 * read back equals the one written. Results have no byte form in the library because they are
 * derived values; on Flink they travel from the window operator to the sink.
 */
final class ResultCodec {
  private static final int VERSION = 1;

  private ResultCodec() {}

  /** Writes into a byte array; {@code body} never throws for an in-memory stream. */
  static byte[] bytes(IoWriter body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      body.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads from a byte array.
   *
   * @throws IllegalArgumentException on another version, truncated or trailing bytes, or values
   *     the records reject
   */
  static <T> T read(byte[] bytes, IoReader<T> body) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int version = in.readUnsignedByte();
      if (version != VERSION) {
        throw new IllegalArgumentException(
            "bytes must have format version " + VERSION + ", but had " + version);
      }
      T value = body.read(in);
      if (in.available() != 0) {
        throw new IllegalArgumentException(
            "bytes must end after the value, but have " + in.available() + " trailing bytes");
      }
      return value;
    } catch (EOFException e) {
      throw new IllegalArgumentException("bytes must not be truncated, but ended early", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void writeNps(DataOutput out, NpsResult r) throws IOException {
    out.writeLong(r.n());
    out.writeLong(r.promoters());
    out.writeLong(r.passives());
    out.writeLong(r.detractors());
    out.writeDouble(r.effectiveSampleSize());
    out.writeDouble(r.promoterShare());
    out.writeDouble(r.passiveShare());
    out.writeDouble(r.detractorShare());
    out.writeDouble(r.variance());
    writeOptional(out, r.score());
    writeInterval(out, r.interval());
    writeOptional(out, r.marginOfError());
    out.writeBoolean(r.belowMinimum());
  }

  static NpsResult readNps(DataInput in) throws IOException {
    return new NpsResult(in.readLong(), in.readLong(), in.readLong(), in.readLong(),
        in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
        readOptional(in), readInterval(in), readOptional(in), in.readBoolean());
  }

  static void writeScores(DataOutput out, Scores s) throws IOException {
    writeNps(out, s.nps());
    writeScale(out, s.csat());
    writeScale(out, s.ces());
  }

  static Scores readScores(DataInput in) throws IOException {
    return new Scores(readNps(in), readScale(in), readScale(in));
  }

  static void writeScale(DataOutput out, ScaleResult r) throws IOException {
    out.writeUTF(r.metric().name());
    out.writeLong(r.n());
    out.writeLong(r.positive());
    out.writeLong(r.neutral());
    out.writeLong(r.negative());
    out.writeDouble(r.effectiveSampleSize());
    Optional<Proportion> share = r.positiveShare();
    out.writeBoolean(share.isPresent());
    if (share.isPresent()) {
      out.writeDouble(share.get().share());
      writeInterval(out, Optional.of(share.get().interval()));
      out.writeDouble(share.get().effectiveSampleSize());
    }
    Optional<Mean> mean = r.mean();
    out.writeBoolean(mean.isPresent());
    if (mean.isPresent()) {
      out.writeDouble(mean.get().value());
      writeOptional(out, mean.get().standardDeviation());
      writeInterval(out, mean.get().interval());
      out.writeDouble(mean.get().effectiveSampleSize());
    }
    out.writeBoolean(r.belowMinimum());
  }

  static ScaleResult readScale(DataInput in) throws IOException {
    Metric metric = metric(in.readUTF());
    long n = in.readLong();
    long positive = in.readLong();
    long neutral = in.readLong();
    long negative = in.readLong();
    double effectiveSampleSize = in.readDouble();
    Optional<Proportion> share = Optional.empty();
    if (in.readBoolean()) {
      double value = in.readDouble();
      Interval interval = readInterval(in).orElseThrow(
          () -> new IllegalArgumentException("a positive share must have an interval"));
      share = Optional.of(new Proportion(value, interval, in.readDouble()));
    }
    Optional<Mean> mean = Optional.empty();
    if (in.readBoolean()) {
      mean = Optional.of(new Mean(in.readDouble(), readOptional(in), readInterval(in),
          in.readDouble()));
    }
    return new ScaleResult(metric, n, positive, neutral, negative, effectiveSampleSize, share,
        mean, in.readBoolean());
  }

  private static Metric metric(String name) {
    for (Metric m : Metric.values()) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("metric must be one of NPS, CSAT, CES, NONE, but was '"
        + name + "'");
  }

  private static void writeOptional(DataOutput out, OptionalDouble value) throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      out.writeDouble(value.getAsDouble());
    }
  }

  private static OptionalDouble readOptional(DataInput in) throws IOException {
    return in.readBoolean() ? OptionalDouble.of(in.readDouble()) : OptionalDouble.empty();
  }

  private static void writeInterval(DataOutput out, Optional<Interval> interval)
      throws IOException {
    out.writeBoolean(interval.isPresent());
    if (interval.isPresent()) {
      out.writeDouble(interval.get().low());
      out.writeDouble(interval.get().high());
      out.writeDouble(interval.get().level());
    }
  }

  private static Optional<Interval> readInterval(DataInput in) throws IOException {
    return in.readBoolean()
        ? Optional.of(new Interval(in.readDouble(), in.readDouble(), in.readDouble()))
        : Optional.empty();
  }

  /** Writes a value to a data output. */
  @FunctionalInterface
  interface IoWriter {
    void write(DataOutput out) throws IOException;
  }

  /** Reads a value from a data input. */
  @FunctionalInterface
  interface IoReader<T> {
    T read(DataInput in) throws IOException;
  }
}
