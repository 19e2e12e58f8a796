package io.feedbackloop.examples.flink;

import java.util.Objects;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.jspecify.annotations.Nullable;

/**
 * The Flink type information of a value that travels in its byte form through a {@link
 * ByteFormSerializer}. Pass it where Flink cannot extract a type on its own, for example {@code
 * window(...).aggregate(function, ScoreTypes.npsAccumulator(), ScoreTypes.npsResult())}; see
 * {@link ScoreTypes} for the instances. Not a key type. Immutable.
 *
 * @param <T> the described type
 */
public final class ByteFormTypeInfo<T> extends TypeInformation<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final TypeSerializerSingleton<T> serializer;

  ByteFormTypeInfo(Class<T> type, TypeSerializerSingleton<T> serializer) {
    this.type = Objects.requireNonNull(type, "type must not be null");
    this.serializer = Objects.requireNonNull(serializer, "serializer must not be null");
  }

  @Override
  public boolean isBasicType() {
    return false;
  }

  @Override
  public boolean isTupleType() {
    return false;
  }

  @Override
  public int getArity() {
    return 1;
  }

  @Override
  public int getTotalFields() {
    return 1;
  }

  @Override
  public Class<T> getTypeClass() {
    return type;
  }

  @Override
  public boolean isKeyType() {
    return false;
  }

  @Override
  public TypeSerializer<T> createSerializer(SerializerConfig config) {
    return serializer;
  }

  /**
   * The serializer, whatever the config.
   *
   * @deprecated Flink's own deprecated entry point; Flink calls {@link
   *     #createSerializer(SerializerConfig)}
   */
  @Deprecated
  @Override
  public TypeSerializer<T> createSerializer(ExecutionConfig config) {
    return serializer;
  }

  @Override
  public String toString() {
    return "ByteForm<" + type.getSimpleName() + ">";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ByteFormTypeInfo<?> other && other.canEqual(this)
        && type == other.type && serializer.equals(other.serializer);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public boolean canEqual(@Nullable Object o) {
    return o instanceof ByteFormTypeInfo;
  }
}
