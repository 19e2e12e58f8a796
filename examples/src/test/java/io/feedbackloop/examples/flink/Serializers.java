package io.feedbackloop.examples.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/** Test helper: a value through a Flink serializer, as over the network or into a checkpoint. */
final class Serializers {
  private Serializers() {}

  static <T> byte[] bytes(TypeSerializer<T> serializer, T value) throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(64);
    serializer.serialize(value, out);
    return out.getCopyOfBuffer();
  }

  static <T> T roundTrip(TypeSerializer<T> serializer, T value) throws IOException {
    byte[] bytes = bytes(serializer, value);
    DataInputDeserializer in = new DataInputDeserializer(bytes);
    T read = serializer.deserialize(in);
    if (in.available() != 0) {
      throw new IllegalStateException("serializer left " + in.available() + " bytes unread");
    }
    return read;
  }
}
