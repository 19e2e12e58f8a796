package io.feedbackloop.routing.internal.rules;

import java.text.Normalizer;

/**
 * Folds text for case- and diacritics-insensitive word matching: NFD, combining marks removed,
 * lower case ({@code Locale.ROOT}), a few letters that do not decompose folded by hand (ł→l, ß→ss,
 * ø→o, æ→ae, œ→oe, đ→d, þ→th), and every run of characters other than letters and digits turned
 * into one space. The result starts and ends with a space, so that a phrase folded the same way
 * matches on word boundaries with a plain {@code indexOf}: no regular expression per response.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** Folds {@code text}; the result is {@code " "} for a text without any word. */
  public static String fold(String text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(nfd.length() + 2).append(' ');
    for (int i = 0; i < nfd.length(); ) {
      int cp = nfd.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (!Character.isLetterOrDigit(cp)) {
        if (out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        continue;
      }
      appendFolded(out, Character.toLowerCase(cp));
    }
    if (out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
    return out.toString();
  }

  private static void appendFolded(StringBuilder out, int cp) {
    switch (cp) {
      case 'ł' -> out.append('l');
      case 'ß' -> out.append("ss");
      case 'ø' -> out.append('o');
      case 'æ' -> out.append("ae");
      case 'œ' -> out.append("oe");
      case 'đ' -> out.append('d');
      case 'þ' -> out.append("th");
      case 'ı' -> out.append('i');
      default -> out.appendCodePoint(cp);
    }
  }
}
