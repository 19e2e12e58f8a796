package io.feedbackloop.scoring.text;

import java.util.List;
import java.util.Map;

/**
 * A topic of a {@link Taxonomy}: an id and the words and phrases that mention it, per language.
 *
 * <p><b>Terms.</b> A term is a word or a phrase of words. A word matches any form that starts with
 * its stem ("leverans" matches "leveransen", "dostawa" matches "dostawy") and, in Swedish, Dutch and
 * German, a compound that contains it ("Lieferzeit", "pakketbezorging"). A word written {@code
 * =word} matches only that exact word (for short or ambiguous words such as {@code =app}). Matching
 * ignores case and diacritics.
 *
 * @param id the topic id: lower-case letters, digits and {@code _}, starting with a letter
 * @param terms the terms per language; at least one term in total, none blank
 */
public record Topic(String id, Map<TextLanguage, List<String>> terms) {
  /**
   * Creates a topic; the map and lists are copied.
   *
   * @throws IllegalArgumentException if the id is malformed, there is no term, or a term is blank
   */
  public Topic {
    terms = Map.copyOf(terms); // PLACEHOLDER: validation filled in by the text engine
  }
}
