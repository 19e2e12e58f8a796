package io.feedbackloop.core.internal.json;

import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.QuestionType;
import io.feedbackloop.core.survey.ScaleDirection;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Lookups of the enums' JSON names and lists of them for messages. */
final class WireNames {
  static final String QUESTION_TYPES = list(QuestionType.values(), QuestionType::wireName);
  static final String CHANNELS = list(Channel.values(), Channel::wireName);
  static final String METRICS = list(Metric.values(), Metric::wireName);
  static final String DIRECTIONS = list(ScaleDirection.values(), ScaleDirection::wireName);

  private static final Metric[] METRIC_VALUES = Metric.values();
  private static final ScaleDirection[] DIRECTION_VALUES = ScaleDirection.values();
  private static final Channel[] CHANNEL_VALUES = Channel.values();

  private WireNames() {}

  static @Nullable Metric metric(String name) {
    for (Metric m : METRIC_VALUES) {
      if (m.wireName().equals(name)) {
        return m;
      }
    }
    return null;
  }

  static @Nullable ScaleDirection direction(String name) {
    for (ScaleDirection d : DIRECTION_VALUES) {
      if (d.wireName().equals(name)) {
        return d;
      }
    }
    return null;
  }

  /** The channel the cursor's current string names, without making a {@code String} of it. */
  static @Nullable Channel channel(JsonCursor cursor) throws java.io.IOException {
    for (Channel c : CHANNEL_VALUES) {
      if (cursor.textEquals(c.wireName())) {
        return c;
      }
    }
    return null;
  }

  private static <E> String list(E[] values, java.util.function.Function<E, String> name) {
    return Arrays.stream(values).map(name).collect(Collectors.joining(", "));
  }
}
