package io.feedbackloop.examples.flink;

import io.feedbackloop.scoring.NpsResult;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;

/** Flink serializer of an immutable {@link NpsResult}, field by field; a stateless singleton. */
public final class NpsResultSerializer extends ByteFormSerializer<NpsResult> {
  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final NpsResultSerializer INSTANCE = new NpsResultSerializer();

  /** Public for Flink's reflective instantiation; prefer INSTANCE. */
  public NpsResultSerializer() {}

  @Override
  public boolean isImmutableType() {
    return true;
  }

  /** An empty result (no answers); Flink asks for one only to reuse it. */
  @Override
  public NpsResult createInstance() {
    return new NpsResult(0, 0, 0, 0, 0, 0, 0, 0, 0, OptionalDouble.empty(), Optional.empty(),
        OptionalDouble.empty(), true);
  }

  @Override
  protected byte[] toBytes(NpsResult value) {
    return ResultCodec.bytes(out -> ResultCodec.writeNps(out, value));
  }

  @Override
  protected NpsResult fromBytes(byte[] bytes) {
    return ResultCodec.read(bytes, ResultCodec::readNps);
  }

  @Override
  public TypeSerializerSnapshot<NpsResult> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The snapshot Flink keeps in checkpoints to restore this serializer. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<NpsResult> {
    /** Called by Flink. */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
