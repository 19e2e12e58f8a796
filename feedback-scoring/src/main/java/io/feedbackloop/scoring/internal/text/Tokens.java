package io.feedbackloop.scoring.internal.text;

import java.util.Arrays;
import java.util.List;

/**
 * A text cut into words: each word's folded form ({@link TextNormalizer}), its character offsets in
 * the original text, and the clause and sentence it stands in. A clause ends at {@code , . ! ? ;}
 * and a sentence at {@code . ! ?}; negation and contrast do not reach across them.
 *
 * <p>Letters, digits and combining marks make words; an apostrophe between two word characters
 * stays inside the word ("don't"); everything else separates words. Immutable.
 */
public final class Tokens {
  private final String[] words;
  private final int[] starts;
  private final int[] ends;
  private final int[] clauses;
  private final int[] sentences;

  private Tokens(String[] words, int[] starts, int[] ends, int[] clauses, int[] sentences) {
    this.words = words;
    this.starts = starts;
    this.ends = ends;
    this.clauses = clauses;
    this.sentences = sentences;
  }

  /** Cuts {@code text} into words. */
  public static Tokens of(String text) {
    int cap = 16;
    String[] words = new String[cap];
    int k = 0;
    int[] starts = new int[cap];
    int[] ends = new int[cap];
    int[] clauses = new int[cap];
    int[] sentences = new int[cap];
    int clause = 0;
    int sentence = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        if (c == ',' || c == ';') {
          clause++;
        } else if (c == '.' || c == '!' || c == '?') {
          clause++;
          sentence++;
        }
        i++;
        continue;
      }
      int start = i;
      boolean folded = false;
      while (i < n) {
        char d = text.charAt(i);
        if (isWordChar(d)) {
          folded |= d >= 0x80 || (d >= 'A' && d <= 'Z');
          i++;
        } else if (TextNormalizer.isApostrophe(d) && i + 1 < n && isWordChar(text.charAt(i + 1))) {
          folded = true;
          i++;
        } else {
          break;
        }
      }
      String raw = text.substring(start, i);
      String word = folded ? TextNormalizer.normalize(raw) : raw;
      if (word.isEmpty()) {
        continue;
      }
      if (k == cap) {
        cap *= 2;
        words = Arrays.copyOf(words, cap);
        starts = Arrays.copyOf(starts, cap);
        ends = Arrays.copyOf(ends, cap);
        clauses = Arrays.copyOf(clauses, cap);
        sentences = Arrays.copyOf(sentences, cap);
      }
      words[k] = word;
      starts[k] = start;
      ends[k] = i;
      clauses[k] = clause;
      sentences[k] = sentence;
      k++;
    }
    // the offsets arrays may stay longer than the words: every accessor is bounded by size()
    return new Tokens(Arrays.copyOf(words, k), starts, ends, clauses, sentences);
  }

  private static boolean isWordChar(char c) {
    if (c < 0x80) {
      // ASCII holds no combining mark
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** The number of words. */
  public int size() {
    return words.length;
  }

  /** The folded form of word {@code i}. */
  public String word(int i) {
    return words[i];
  }

  /** The offset of the first character of word {@code i} in the text. */
  public int start(int i) {
    return starts[i];
  }

  /** The offset after the last character of word {@code i} in the text. */
  public int end(int i) {
    return ends[i];
  }

  /** The clause number of word {@code i}: words in one clause share it. */
  public int clause(int i) {
    return clauses[i];
  }

  /** The sentence number of word {@code i}. */
  public int sentence(int i) {
    return sentences[i];
  }

  /** The folded words, in order. */
  public List<String> words() {
    return List.of(words);
  }
}
