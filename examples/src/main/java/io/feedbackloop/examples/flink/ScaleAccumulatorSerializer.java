package io.feedbackloop.examples.flink;

import io.feedbackloop.scoring.ScaleAccumulator;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;

/**
 * Flink serializer of a {@link ScaleAccumulator} (CSAT or CES) as its byte form, which carries the
 * scale; a stateless singleton.
 */
public final class ScaleAccumulatorSerializer extends ByteFormSerializer<ScaleAccumulator> {
  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final ScaleAccumulatorSerializer INSTANCE = new ScaleAccumulatorSerializer();

  /** Public for Flink's reflective instantiation; prefer INSTANCE. */
  public ScaleAccumulatorSerializer() {}

  @Override
  public boolean isImmutableType() {
    return false;
  }

  /** An empty CSAT accumulator: Flink only asks for an instance to reuse, never for its scale. */
  @Override
  public ScaleAccumulator createInstance() {
    return ScaleAccumulator.csat();
  }

  @Override
  public ScaleAccumulator copy(ScaleAccumulator from) {
    return from.copy();
  }

  @Override
  protected byte[] toBytes(ScaleAccumulator value) {
    return value.toBytes();
  }

  @Override
  protected ScaleAccumulator fromBytes(byte[] bytes) {
    return ScaleAccumulator.fromBytes(bytes);
  }

  @Override
  public TypeSerializerSnapshot<ScaleAccumulator> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The snapshot Flink keeps in checkpoints to restore this serializer. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<ScaleAccumulator> {
    /** Called by Flink. */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
