package io.feedbackloop.examples.flink;

import java.time.Instant;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;

/** Flink serializer of immutable {@link WindowScores}; a stateless singleton. */
public final class WindowScoresSerializer extends ByteFormSerializer<WindowScores> {
  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final WindowScoresSerializer INSTANCE = new WindowScoresSerializer();

  /** Public for Flink's reflective instantiation; prefer INSTANCE. */
  public WindowScoresSerializer() {}

  @Override
  public boolean isImmutableType() {
    return true;
  }

  /** Scores of an empty one-millisecond window; Flink asks for one only to reuse it. */
  @Override
  public WindowScores createInstance() {
    return new WindowScores("-", Instant.EPOCH, Instant.ofEpochMilli(1),
        ScoresSerializer.INSTANCE.createInstance());
  }

  @Override
  protected byte[] toBytes(WindowScores value) {
    return ResultCodec.bytes(out -> {
      out.writeUTF(value.segment());
      out.writeLong(value.windowStart().toEpochMilli());
      out.writeLong(value.windowEnd().toEpochMilli());
      ResultCodec.writeScores(out, value.scores());
    });
  }

  @Override
  protected WindowScores fromBytes(byte[] bytes) {
    return ResultCodec.read(bytes, in -> new WindowScores(in.readUTF(),
        Instant.ofEpochMilli(in.readLong()), Instant.ofEpochMilli(in.readLong()),
        ResultCodec.readScores(in)));
  }

  @Override
  public TypeSerializerSnapshot<WindowScores> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The snapshot Flink keeps in checkpoints to restore this serializer. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<WindowScores> {
    /** Called by Flink. */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
