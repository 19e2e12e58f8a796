package io.feedbackloop.scoring.internal.text;

import io.feedbackloop.scoring.text.TextLanguage;
import java.util.ArrayList;
import java.util.List;

/**
 * A taxonomy or lexicon term compiled for matching: its words, each folded and stemmed.
 *
 * <p>A term is a word or a phrase of words separated by spaces. A word matches a token that starts
 * with its stem and, in Swedish, Dutch and German, a token that contains a stem of at least four
 * letters (compounds). A word written {@code =word} matches only the token equal to its folded
 * form. A phrase matches consecutive tokens of one clause, word by word.
 *
 * @param text the term as written
 * @param language the language whose stemmer and compound rule apply
 * @param words the compiled words, at least one
 */
public record Term(String text, TextLanguage language, List<Word> words) {

  /**
   * One compiled word.
   *
   * @param form the stem, or the folded word when exact
   * @param exact whether only the equal token matches
   * @param compound whether a token containing the stem matches too
   */
  public record Word(String form, boolean exact, boolean compound) {
    /** Tells whether the folded {@code token} matches this word. */
    public boolean matches(String token) {
      if (exact) {
        return token.equals(form);
      }
      return token.startsWith(form) || (compound && token.indexOf(form, 1) > 0);
    }
  }

  /** Copies the words. */
  public Term {
    words = List.copyOf(words);
  }

  /**
   * Compiles {@code text} as a term of {@code language}.
   *
   * @throws IllegalArgumentException if the term holds no letter or digit, for example {@code
   *     "  "} or {@code "="}
   */
  public static Term parse(String text, TextLanguage language) {
    List<Word> words = new ArrayList<>();
    for (String piece : pieces(text)) {
      boolean exact = piece.startsWith("=");
      Tokens tokens = Tokens.of(exact ? piece.substring(1) : piece);
      for (int i = 0; i < tokens.size(); i++) {
        String folded = tokens.word(i);
        if (exact) {
          words.add(new Word(folded, true, false));
        } else {
          String stem = Stemmer.stem(folded, language);
          boolean compound = Stemmer.hasCompounds(language) && stem.length() >= 4;
          words.add(new Word(stem, false, compound));
        }
      }
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException(
          "term must hold a letter or digit, but was '" + text + "'");
    }
    return new Term(text, language, words);
  }

  private static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        pieces.add(text.substring(start, i));
      }
    }
    return pieces;
  }

  /** The number of letters of all stems: how specific the term is. */
  public int letters() {
    int n = 0;
    for (Word w : words) {
      n += w.form().length();
    }
    return n;
  }
}
