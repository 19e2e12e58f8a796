package io.feedbackloop.scoring.internal.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a word to the form that matching compares: lower case ({@link Locale#ROOT}), diacritics
 * removed (NFD, combining marks dropped) and the letters that NFD does not split mapped by hand
 * (ł→l, ø→o, æ→ae, œ→oe, ß→ss). Apostrophes are dropped, so "don't" becomes "dont".
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** The folded form of {@code word}; may be empty when it holds only marks and apostrophes. */
  public static String normalize(CharSequence word) {
    int n = word.length();
    boolean simple = true;
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c >= 0x80) {
        ascii = false;
        simple = false;
        break;
      }
      if ((c >= 'A' && c <= 'Z') || isApostrophe(c)) {
        simple = false;
      }
    }
    if (simple) {
      return word.toString();
    }
    if (ascii) {
      // NFD leaves ASCII alone and ASCII holds no combining mark: lower-casing and dropping
      // apostrophes is the whole fold, without the cost of Normalizer
      return foldAscii(word);
    }
    String decomposed =
        Normalizer.normalize(word.toString().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) {
        continue;
      }
      switch (c) {
        case 'ł' -> b.append('l');
        case 'ø' -> b.append('o');
        case 'æ' -> b.append("ae");
        case 'œ' -> b.append("oe");
        case 'ß' -> b.append("ss");
        case 'đ' -> b.append('d');
        case 'ı' -> b.append('i');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String foldAscii(CharSequence word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        b.append((char) (c + ('a' - 'A')));
      } else if (!isApostrophe(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Tells whether {@code c} is an apostrophe that may stand inside a word. */
  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02bc' || c == '`';
  }
}
