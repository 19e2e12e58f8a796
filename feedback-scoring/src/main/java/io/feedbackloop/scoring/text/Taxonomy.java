package io.feedbackloop.scoring.text;

import io.feedbackloop.scoring.internal.MiniJson;
import io.feedbackloop.scoring.internal.text.JsonPaths;
import io.feedbackloop.scoring.internal.text.Resources;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A set of topics with their terms per language: what {@link TextAnalyzer} looks for.
 *
 * <p>{@link #starter()} is the built-in taxonomy for e-commerce and service, with topics {@code
 * delivery}, {@code price}, {@code product_quality}, {@code customer_service}, {@code
 * website_app}, {@code returns_refunds}, {@code payment} and {@code communication} in English,
 * Swedish, Dutch, Polish and German. Build your own with {@link #builder()} (which can start from
 * the starter) or load it from JSON with {@link #fromJson}:
 *
 * <pre>{@code
 * {"topics": [
 *   {"id": "delivery", "terms": {"en": ["delivery", "late", "courier"], "sv": ["leverans"]}}
 * ]}
 * }</pre>
 *
 * <p>See {@link Topic} for how terms match. Immutable and thread-safe.
 */
public final class Taxonomy {
  private static final String FIELDS = "id, terms";

  private final List<Topic> topics;

  private Taxonomy(List<Topic> topics) {
    this.topics = List.copyOf(topics);
  }

  /** The built-in starter taxonomy (see the class comment), read once from the bundled JSON. */
  public static Taxonomy starter() {
    return Starter.TAXONOMY;
  }

  /** A new builder, empty. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A taxonomy of {@code topics}, in this order.
   *
   * @throws IllegalArgumentException if a topic id repeats
   */
  public static Taxonomy of(Topic... topics) {
    Builder b = builder();
    for (Topic t : topics) {
      b.add(t);
    }
    return b.build();
  }

  /**
   * Reads a taxonomy from JSON (see the class comment).
   *
   * @throws IllegalArgumentException naming the JSON path and the reason if the JSON is malformed,
   *     a language code is not one of the five, a topic id repeats or a term is blank, for example
   *     {@code "topics[2].terms.xx: unknown language code 'xx', expected one of en, sv, nl, pl,
   *     de"}
   */
  public static Taxonomy fromJson(String json) {
    Objects.requireNonNull(json, "json");
    Map<String, Object> root = JsonPaths.object(MiniJson.parse(json), "the document");
    for (String key : root.keySet()) {
      if (!key.equals("topics")) {
        throw new IllegalArgumentException(key + ": unknown field '" + key + "', expected topics");
      }
    }
    Object topicsValue = root.get("topics");
    if (topicsValue == null) {
      throw new IllegalArgumentException("topics: must be present, but was missing");
    }
    List<Object> items = JsonPaths.array(topicsValue, "topics");
    Map<String, Integer> seen = new HashMap<>();
    List<Topic> topics = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String path = "topics[" + i + "]";
      Map<String, Object> o = JsonPaths.object(items.get(i), path);
      for (String key : o.keySet()) {
        if (!key.equals("id") && !key.equals("terms")) {
          throw new IllegalArgumentException(
              path + "." + key + ": unknown field '" + key + "', expected one of " + FIELDS);
        }
      }
      String id = JsonPaths.string(required(o, "id", path), path + ".id");
      Object termsValue = required(o, "terms", path);
      Map<String, Object> termsObject = JsonPaths.object(termsValue, path + ".terms");
      Map<TextLanguage, List<String>> terms = new EnumMap<>(TextLanguage.class);
      for (Map.Entry<String, Object> e : termsObject.entrySet()) {
        String langPath = path + ".terms." + e.getKey();
        TextLanguage language = JsonPaths.language(e.getKey(), langPath);
        List<Object> list = JsonPaths.array(e.getValue(), langPath);
        List<String> strings = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
          strings.add(JsonPaths.string(list.get(k), langPath + "[" + k + "]"));
        }
        terms.put(language, strings);
      }
      Topic topic;
      try {
        topic = new Topic(id, terms);
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(path + "." + ex.getMessage(), ex);
      }
      Integer first = seen.putIfAbsent(id, i);
      if (first != null) {
        throw new IllegalArgumentException(
            path + ".id: topic id '" + id + "' must be unique, but repeats topics[" + first + "]");
      }
      topics.add(topic);
    }
    return new Taxonomy(topics);
  }

  private static Object required(Map<String, Object> o, String key, String path) {
    Object v = o.get(key);
    if (v == null) {
      throw new IllegalArgumentException(path + "." + key + ": must be present, but was missing");
    }
    return v;
  }

  /** The topics, in the order they were added. */
  public List<Topic> topics() {
    return topics;
  }

  /** The topic ids, sorted. */
  public SortedSet<String> ids() {
    SortedSet<String> ids = new TreeSet<>();
    for (Topic t : topics) {
      ids.add(t.id());
    }
    return Collections.unmodifiableSortedSet(ids);
  }

  /** The topic with {@code id}, if there is one. */
  public Optional<Topic> topic(String id) {
    return topics.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The taxonomy as JSON that {@link #fromJson} reads back to an equal taxonomy. */
  public String toJson() {
    StringBuilder b = new StringBuilder("{\"topics\": [");
    for (int i = 0; i < topics.size(); i++) {
      Topic t = topics.get(i);
      b.append(i == 0 ? "\n" : ",\n");
      b.append("  {\"id\": ").append(JsonPaths.quote(t.id())).append(", \"terms\": {");
      boolean firstLanguage = true;
      for (TextLanguage l : TextLanguage.values()) {
        List<String> terms = t.terms().get(l);
        if (terms == null) {
          continue;
        }
        b.append(firstLanguage ? "" : ", ").append(JsonPaths.quote(l.code())).append(": [");
        firstLanguage = false;
        for (int k = 0; k < terms.size(); k++) {
          b.append(k == 0 ? "" : ", ").append(JsonPaths.quote(terms.get(k)));
        }
        b.append(']');
      }
      b.append("}}");
    }
    return b.append(topics.isEmpty() ? "]}" : "\n]}").toString();
  }

  /** Equal when the topics are equal, in the same order. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Taxonomy other && topics.equals(other.topics);
  }

  @Override
  public int hashCode() {
    return topics.hashCode();
  }

  /** The topic ids, for logs. */
  @Override
  public String toString() {
    return "Taxonomy" + ids();
  }

  /**
   * Builds a {@link Taxonomy}. Not thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder {
    private final Map<String, Map<TextLanguage, List<String>>> topics = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a topic.
     *
     * @throws IllegalArgumentException if a topic with this id was added already
     */
    public Builder add(Topic topic) {
      Objects.requireNonNull(topic, "topic");
      if (topics.containsKey(topic.id())) {
        throw new IllegalArgumentException(
            "topic id '" + topic.id() + "' must be unique, but repeats");
      }
      Map<TextLanguage, List<String>> terms = new EnumMap<>(TextLanguage.class);
      topic.terms().forEach((l, list) -> terms.put(l, new ArrayList<>(list)));
      topics.put(topic.id(), terms);
      return this;
    }

    /** Adds every topic of {@code taxonomy}, for example to extend {@link #starter()}. */
    public Builder addAll(Taxonomy taxonomy) {
      for (Topic t : taxonomy.topics()) {
        add(t);
      }
      return this;
    }

    /**
     * Adds {@code terms} of {@code language} to the topic {@code id}, creating the topic if it is
     * new: a way to extend a starter topic with your own words.
     *
     * @throws IllegalArgumentException if the id is malformed, {@code terms} is empty or a term
     *     holds no letter or digit
     */
    public Builder terms(String id, TextLanguage language, String... terms) {
      Topic checked = new Topic(id, Map.of(language, List.of(terms)));
      topics
          .computeIfAbsent(id, k -> new EnumMap<>(TextLanguage.class))
          .computeIfAbsent(language, k -> new ArrayList<>())
          .addAll(checked.terms(language));
      return this;
    }

    /**
     * Removes the topic {@code id} if it was added, for example to drop a starter topic you do
     * not want.
     */
    public Builder remove(String id) {
      topics.remove(id);
      return this;
    }

    /** The taxonomy of the topics added so far, in the order they were first added. */
    public Taxonomy build() {
      List<Topic> list = new ArrayList<>();
      topics.forEach((id, terms) -> list.add(new Topic(id, terms)));
      return new Taxonomy(list);
    }
  }

  private static final class Starter {
    static final Taxonomy TAXONOMY = fromJson(Resources.read("starter-taxonomy.json"));
  }
}
