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
  // the phrases again as arrays: endsAt runs for every token near a match, so no iterators there
  private final String[][] phraseArrays;

  private WordSet(Set<String> words, List<List<String>> phrases) {
    this.words = Set.copyOf(words);
    this.phrases = List.copyOf(phrases);
    this.phraseArrays = new String[this.phrases.size()][];
    for (int i = 0; i < phraseArrays.length; i++) {
      phraseArrays[i] = this.phrases.get(i).toArray(new String[0]);
    }
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
    for (String[] p : phraseArrays) {
      int first = i - p.length + 1;
      if (first >= 0 && tokens.clause(first) == tokens.clause(i) && matchesAt(tokens, first, p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(Tokens tokens, int first, String[] phrase) {
    for (int k = 0; k < phrase.length; k++) {
      if (!tokens.word(first + k).equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }
}
