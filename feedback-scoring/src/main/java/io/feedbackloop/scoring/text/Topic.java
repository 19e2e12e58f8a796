package io.feedbackloop.scoring.text;

import io.feedbackloop.scoring.internal.text.Term;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A topic of a {@link Taxonomy}: an id and the words and phrases that mention it, per language.
 *
 * <p><b>Terms.</b> A term is a word or a phrase of words. A word matches any form that starts with
 * its stem ("leverans" matches "leveransen", "dostawa" matches "dostawy") and, in Swedish, Dutch and
 * German, a compound that contains it ("Lieferzeit", "pakketbezorging"). A word written {@code
 * =word} matches only that exact word (for short or ambiguous words such as {@code =app}). Matching
 * ignores case and diacritics.
 *
 * <p><b>Stems.</b> Stemming strips at most one common inflection suffix and keeps at least three
 * letters (four in Swedish, Dutch and German); a word of at least four letters after stemming is
 * also found inside compounds in those three languages.
 *
 * @param id the topic id: lower-case letters, digits and {@code _}, starting with a letter
 * @param terms the terms per language; at least one term in total, none blank
 */
public record Topic(String id, Map<TextLanguage, List<String>> terms) {
  /**
   * Creates a topic; the map and lists are copied.
   *
   * @throws IllegalArgumentException if the id is malformed, there is no term, or a term holds no
   *     letter or digit; the message starts with the path of the culprit ({@code id}, {@code terms},
   *     {@code terms.sv[2]})
   * @throws NullPointerException if an argument, a language or a term is null
   */
  public Topic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(terms, "terms");
    if (!validId(id)) {
      throw new IllegalArgumentException(
          "id: must be lower-case letters, digits and _, starting with a letter, but was '"
              + id
              + "'");
    }
    Map<TextLanguage, List<String>> copy = new EnumMap<>(TextLanguage.class);
    int count = 0;
    for (Map.Entry<TextLanguage, List<String>> e : terms.entrySet()) {
      TextLanguage language = Objects.requireNonNull(e.getKey(), "language");
      List<String> list = List.copyOf(e.getValue());
      for (int i = 0; i < list.size(); i++) {
        try {
          Term.parse(list.get(i), language);
        } catch (IllegalArgumentException ex) {
          throw new IllegalArgumentException(
              "terms." + language.code() + "[" + i + "]: " + ex.getMessage(), ex);
        }
      }
      count += list.size();
      copy.put(language, list);
    }
    if (count == 0) {
      throw new IllegalArgumentException("terms: must hold at least one term, but had none");
    }
    terms = Map.copyOf(copy);
  }

  /** A topic with terms in one language. */
  public static Topic of(String id, TextLanguage language, String... terms) {
    return new Topic(id, Map.of(language, List.of(terms)));
  }

  private static boolean validId(String id) {
    if (id.isEmpty() || id.charAt(0) < 'a' || id.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** The terms of {@code language}, empty when it has none. */
  public List<String> terms(TextLanguage language) {
    return terms.getOrDefault(language, List.of());
  }
}
