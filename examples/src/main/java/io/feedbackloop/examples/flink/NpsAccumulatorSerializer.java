package io.feedbackloop.examples.flink;

import io.feedbackloop.scoring.NpsAccumulator;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;

/** Flink serializer of an {@link NpsAccumulator} as its byte form; a stateless singleton. */
public final class NpsAccumulatorSerializer extends ByteFormSerializer<NpsAccumulator> {
  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final NpsAccumulatorSerializer INSTANCE = new NpsAccumulatorSerializer();

  /** Public for Flink's reflective instantiation (Table {@code RAW} types); prefer INSTANCE. */
  public NpsAccumulatorSerializer() {}

  @Override
  public boolean isImmutableType() {
    return false;
  }

  @Override
  public NpsAccumulator createInstance() {
    return new NpsAccumulator();
  }

  @Override
  public NpsAccumulator copy(NpsAccumulator from) {
    return from.copy();
  }

  @Override
  protected byte[] toBytes(NpsAccumulator value) {
    return value.toBytes();
  }

  @Override
  protected NpsAccumulator fromBytes(byte[] bytes) {
    return NpsAccumulator.fromBytes(bytes);
  }

  @Override
  public TypeSerializerSnapshot<NpsAccumulator> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The snapshot Flink keeps in checkpoints to restore this serializer. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<NpsAccumulator> {
    /** Called by Flink. */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
