package io.feedbackloop.examples.flink;

import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;

/** Flink serializer of immutable {@link Scores}, result by result; a stateless singleton. */
public final class ScoresSerializer extends ByteFormSerializer<Scores> {
  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final ScoresSerializer INSTANCE = new ScoresSerializer();

  /** Public for Flink's reflective instantiation; prefer INSTANCE. */
  public ScoresSerializer() {}

  @Override
  public boolean isImmutableType() {
    return true;
  }

  /** Empty scores (no answers); Flink asks for one only to reuse it. */
  @Override
  public Scores createInstance() {
    return ScoresAggregate.ofDefaults().getResult(new ScoreTally());
  }

  @Override
  protected byte[] toBytes(Scores value) {
    return ResultCodec.bytes(out -> ResultCodec.writeScores(out, value));
  }

  @Override
  protected Scores fromBytes(byte[] bytes) {
    return ResultCodec.read(bytes, ResultCodec::readScores);
  }

  @Override
  public TypeSerializerSnapshot<Scores> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The snapshot Flink keeps in checkpoints to restore this serializer. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<Scores> {
    /** Called by Flink. */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
