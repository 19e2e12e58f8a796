package io.feedbackloop.core.survey;

import io.feedbackloop.core.internal.Args;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Shared checks of the question records (package-private). */
final class Questions {
  private Questions() {}

  static void common(String id, LocalizedText text) {
    Args.identifier("question id", id);
    Args.notNull("text of question " + id, text);
  }

  static Map<Integer, LocalizedText> labels(String id, Scale scale, Map<Integer, LocalizedText> labels) {
    Args.notNull("labels of question " + id, labels);
    TreeMap<Integer, LocalizedText> copy = new TreeMap<>();
    for (Map.Entry<Integer, LocalizedText> e : labels.entrySet()) {
      int value = Args.notNull("label value", e.getKey());
      Args.check(
          scale.contains(value),
          "label value of question " + id,
          "on the scale " + scale.min() + ".." + scale.max() + " step " + scale.step(),
          value);
      copy.put(value, Args.notNull("label of value " + value, e.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  static void metric(String id, Scale scale, Metric expected) {
    Args.notNull("scale of question " + id, scale);
    Args.check(
        scale.metric() == expected,
        "the scale of question " + id,
        "one feeding " + expected,
        "one feeding " + scale.metric());
  }

  static java.util.List<Choice> choices(String id, java.util.List<Choice> choices) {
    Args.notNull("choices of question " + id, choices);
    Args.check(!choices.isEmpty(), "choices of question " + id, "not empty", "empty");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Choice c : choices) {
      Args.notNull("choice of question " + id, c);
      Args.check(seen.add(c.id()), "choice ids of question " + id, "unique", "'" + c.id() + "' twice");
    }
    return java.util.List.copyOf(choices);
  }
}
