package io.feedbackloop.routing.delivery.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small JSON reader on jackson-core for assertions (databind is not on the test class path):
 * objects become maps in document order, arrays lists, numbers longs or doubles.
 */
final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  static Map<String, Object> object(byte[] json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      Object v = value(p, p.nextToken());
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("trailing content");
      }
      return asMap(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(@Nullable Object v) {
    if (!(v instanceof Map)) {
      throw new IllegalArgumentException("not an object: " + v);
    }
    return (Map<String, Object>) v;
  }

  @SuppressWarnings("unchecked")
  static List<Object> asList(@Nullable Object v) {
    if (!(v instanceof List)) {
      throw new IllegalArgumentException("not an array: " + v);
    }
    return (List<Object>) v;
  }

  /** The value at a path of object keys and array indexes. */
  static @Nullable Object at(Object root, Object... path) {
    Object v = root;
    for (Object step : path) {
      v = step instanceof Integer i ? asList(v).get(i) : asMap(v).get((String) step);
    }
    return v;
  }

  private static @Nullable Object value(JsonParser p, @Nullable JsonToken t) throws IOException {
    if (t == null) {
      throw new IllegalArgumentException("empty document");
    }
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          Object v = value(p, p.nextToken());
          if (map.containsKey(name)) {
            throw new IllegalArgumentException("duplicate key " + name);
          }
          map.put(name, v == null ? NULL : v);
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        JsonToken next;
        while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
          Object v = value(p, next);
          list.add(v == null ? NULL : v);
        }
        return list;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT -> {
        return p.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return p.getDoubleValue();
      }
      case VALUE_TRUE -> {
        return true;
      }
      case VALUE_FALSE -> {
        return false;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IllegalArgumentException("unexpected token " + t);
    }
  }

  /** Stands for JSON null inside maps and lists. */
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };
}
