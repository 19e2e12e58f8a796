package io.feedbackloop.examples.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * A Flink serializer that writes a value as its length-prefixed byte form. The accumulators
 * already have a compact, versioned byte form, so Flink stores and ships exactly that instead of
 * falling back to Kryo (which cannot build the library's final classes and records reliably).
 *
 * <p>Stateless: subclasses are singletons; thread-safe.
 *
 * @param <T> the serialized type
 */
public abstract class ByteFormSerializer<T> extends TypeSerializerSingleton<T> {
  private static final long serialVersionUID = 1L;

  /** For subclasses. */
  protected ByteFormSerializer() {}

  /** The byte form of {@code value}. */
  protected abstract byte[] toBytes(T value);

  /**
   * Reads the byte form.
   *
   * @throws IllegalArgumentException if the bytes are not a valid byte form
   */
  protected abstract T fromBytes(byte[] bytes);

  /** Mutable values are copied through their byte form; immutable ones are shared. */
  @Override
  public T copy(T from) {
    return isImmutableType() ? from : fromBytes(toBytes(from));
  }

  @Override
  public T copy(T from, T reuse) {
    return copy(from);
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public void serialize(T record, DataOutputView target) throws IOException {
    byte[] bytes = toBytes(record);
    target.writeInt(bytes.length);
    target.write(bytes);
  }

  @Override
  public T deserialize(DataInputView source) throws IOException {
    byte[] bytes = new byte[source.readInt()];
    source.readFully(bytes);
    try {
      return fromBytes(bytes);
    } catch (IllegalArgumentException e) {
      throw new IOException("cannot read " + getClass().getSimpleName() + " bytes: "
          + e.getMessage(), e);
    }
  }

  @Override
  public T deserialize(T reuse, DataInputView source) throws IOException {
    return deserialize(source);
  }

  @Override
  public void copy(DataInputView source, DataOutputView target) throws IOException {
    // through an array: some DataOutputViews do not grow on write(DataInputView, int)
    byte[] bytes = new byte[source.readInt()];
    source.readFully(bytes);
    target.writeInt(bytes.length);
    target.write(bytes);
  }
}
