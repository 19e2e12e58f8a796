package io.feedbackloop.examples.flink;

import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;

/** Flink serializer of a {@link ScoreTally} as its byte form; a stateless singleton. */
public final class ScoreTallySerializer extends ByteFormSerializer<ScoreTally> {
  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final ScoreTallySerializer INSTANCE = new ScoreTallySerializer();

  /** Public for Flink's reflective instantiation; prefer INSTANCE. */
  public ScoreTallySerializer() {}

  @Override
  public boolean isImmutableType() {
    return false;
  }

  @Override
  public ScoreTally createInstance() {
    return new ScoreTally();
  }

  @Override
  public ScoreTally copy(ScoreTally from) {
    return from.copy();
  }

  @Override
  protected byte[] toBytes(ScoreTally value) {
    return value.toBytes();
  }

  @Override
  protected ScoreTally fromBytes(byte[] bytes) {
    return ScoreTally.fromBytes(bytes);
  }

  @Override
  public TypeSerializerSnapshot<ScoreTally> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The snapshot Flink keeps in checkpoints to restore this serializer. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<ScoreTally> {
    /** Called by Flink. */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
