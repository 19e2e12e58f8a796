package io.feedbackloop.scoring.internal.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of folded words and short phrases (negators, intensifiers, contrast words) matched exactly,
 * token by token. Immutable.
 */
public final class WordSet {
  private final Set<String> words;
  private final List<List<String>> phrases;

  private WordSet(Set<String> words, List<List<String>> phrases) {
    this.words = Set.copyOf(words);
    this.phrases = List.copyOf(phrases);
  }

  /** The set of {@code entries}, folded; a phrase (words separated by spaces) matches in full. */
  public static WordSet of(Collection<String> entries) {
    Set<String> words = new HashSet<>();
    List<List<String>> phrases = new ArrayList<>();
    for (String e : entries) {
      List<String> folded = Tokens.of(e).words();
      if (folded.size() == 1) {
        words.add(folded.get(0));
      } else if (folded.size() > 1) {
        phrases.add(folded);
      }
    }
    return new WordSet(words, phrases);
  }

  /** The union of several sets. */
  public static WordSet union(Collection<WordSet> sets) {
    Set<String> words = new HashSet<>();
    List<List<String>> phrases = new ArrayList<>();
    for (WordSet s : sets) {
      words.addAll(s.words);
      phrases.addAll(s.phrases);
    }
    return new WordSet(words, phrases);
  }

  /** Tells whether an entry ends at token {@code i} (a phrase must lie within one clause). */
  public boolean endsAt(Tokens tokens, int i) {
    if (words.contains(tokens.word(i))) {
      return true;
    }
    for (List<String> p : phrases) {
      int first = i - p.size() + 1;
      if (first >= 0 && tokens.clause(first) == tokens.clause(i) && matchesAt(tokens, first, p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(Tokens tokens, int first, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!tokens.word(first + k).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }
}
