package io.feedbackloop.examples.flink;

import io.feedbackloop.scoring.NpsAccumulator;
import io.feedbackloop.scoring.ScaleAccumulator;
import java.io.DataInput;
import java.io.IOException;
import java.util.Objects;

/**
 * The accumulator of {@link ScoresAggregate}: one NPS accumulator and one each for CSAT (1-5) and
 * CES (1-7). Merges like its parts; travels as the three parts' byte forms.
 *
 * <p>Mutable and <b>not thread-safe</b>, like the library accumulators.
 */
public final class ScoreTally {
  private final NpsAccumulator nps;
  private final ScaleAccumulator csat;
  private final ScaleAccumulator ces;

  /** An empty tally on the standard scales. */
  public ScoreTally() {
    this(new NpsAccumulator(), ScaleAccumulator.csat(), ScaleAccumulator.ces());
  }

  /**
   * A tally of the given parts, which it then owns.
   *
   * @throws NullPointerException if a part is null
   */
  public ScoreTally(NpsAccumulator nps, ScaleAccumulator csat, ScaleAccumulator ces) {
    this.nps = Objects.requireNonNull(nps, "nps must not be null");
    this.csat = Objects.requireNonNull(csat, "csat must not be null");
    this.ces = Objects.requireNonNull(ces, "ces must not be null");
  }

  /** The NPS part (live, not a copy). */
  public NpsAccumulator nps() {
    return nps;
  }

  /** The CSAT part (live, not a copy). */
  public ScaleAccumulator csat() {
    return csat;
  }

  /** The CES part (live, not a copy). */
  public ScaleAccumulator ces() {
    return ces;
  }

  /**
   * Adds everything {@code other} has collected, part by part; {@code other} is not changed.
   *
   * @return this
   * @throws IllegalArgumentException if a part of {@code other} has another scale
   */
  public ScoreTally merge(ScoreTally other) {
    Objects.requireNonNull(other, "other must not be null");
    nps.merge(other.nps);
    csat.merge(other.csat);
    ces.merge(other.ces);
    return this;
  }

  /** An independent copy. */
  public ScoreTally copy() {
    return new ScoreTally(nps.copy(), csat.copy(), ces.copy());
  }

  /** The byte form: the three parts' byte forms, each after its length. */
  public byte[] toBytes() {
    return ResultCodec.bytes(out -> {
      for (byte[] part : new byte[][] {nps.toBytes(), csat.toBytes(), ces.toBytes()}) {
        out.writeInt(part.length);
        out.write(part);
      }
    });
  }

  /**
   * Reads the byte form.
   *
   * @throws IllegalArgumentException if the bytes are not a valid byte form
   */
  public static ScoreTally fromBytes(byte[] bytes) {
    return ResultCodec.read(bytes, in -> new ScoreTally(NpsAccumulator.fromBytes(part(in)),
        ScaleAccumulator.fromBytes(part(in)), ScaleAccumulator.fromBytes(part(in))));
  }

  private static byte[] part(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      throw new IllegalArgumentException("part length must be >= 0, but was " + length);
    }
    byte[] part = new byte[length];
    in.readFully(part);
    return part;
  }

  @Override
  public String toString() {
    return "ScoreTally[nps=" + nps.count() + ", csat=" + csat.count() + ", ces=" + ces.count()
        + "]";
  }
}
