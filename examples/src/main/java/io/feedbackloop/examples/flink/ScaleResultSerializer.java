package io.feedbackloop.examples.flink;

import io.feedbackloop.scoring.ScaleAccumulator;
import io.feedbackloop.scoring.ScaleResult;
import io.feedbackloop.scoring.Scorer;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;

/** Flink serializer of an immutable {@link ScaleResult}, field by field; a stateless singleton. */
public final class ScaleResultSerializer extends ByteFormSerializer<ScaleResult> {
  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final ScaleResultSerializer INSTANCE = new ScaleResultSerializer();

  /** Public for Flink's reflective instantiation; prefer INSTANCE. */
  public ScaleResultSerializer() {}

  @Override
  public boolean isImmutableType() {
    return true;
  }

  /** An empty CSAT result (no answers); Flink asks for one only to reuse it. */
  @Override
  public ScaleResult createInstance() {
    return Scorer.ofDefaults().score(ScaleAccumulator.csat());
  }

  @Override
  protected byte[] toBytes(ScaleResult value) {
    return ResultCodec.bytes(out -> ResultCodec.writeScale(out, value));
  }

  @Override
  protected ScaleResult fromBytes(byte[] bytes) {
    return ResultCodec.read(bytes, ResultCodec::readScale);
  }

  @Override
  public TypeSerializerSnapshot<ScaleResult> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The snapshot Flink keeps in checkpoints to restore this serializer. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<ScaleResult> {
    /** Called by Flink. */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
