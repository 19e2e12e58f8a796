package io.feedbackloop.scoring.internal.text;

import io.feedbackloop.scoring.text.TextLanguage;
import java.util.List;

/**
 * Light stemming: strips at most one inflection suffix of a folded word (see {@link
 * TextNormalizer}), the first of its language's list that ends the word and leaves enough letters.
 *
 * <p>The lists are short on purpose: a term matches every word that starts with its stem, so the
 * stemmer only has to cut a term back to the part its inflected forms share ("dostawa" → "dostaw"
 * for "dostawy", "dostawie"; "delivery" → "deliver" for "delivered"). A stem keeps at least three
 * letters, and at least four in Swedish, Dutch and German so that it can still be found inside
 * compounds ("paket" stays "paket" rather than "pak").
 *
 * <ul>
 *   <li>en: ies, ied, ings, ing, ed, es, s, e, y
 *   <li>sv: heterna, heten, arna, erna, orna, ande, ende, aste, are, ast, het, ad, at, ar, er, or,
 *       en, et, na, a, e
 *   <li>nl: heden, ingen, ing, tjes, tje, en, er, st, e, s
 *   <li>pl: ami, ach, owi, ow, om, em, ie, ia, y, i, a, e, o, u (after folding, so ą, ę, ó too)
 *   <li>de: ungen, ung, heit, keit, en, er, es, em, e, n
 * </ul>
 */
public final class Stemmer {
  private static final List<String> EN =
      List.of("ies", "ied", "ings", "ing", "ed", "es", "s", "e", "y");
  private static final List<String> SV =
      List.of(
          "heterna", "heten", "arna", "erna", "orna", "ande", "ende", "aste", "are", "ast", "het",
          "ad", "at", "ar", "er", "or", "en", "et", "na", "a", "e");
  private static final List<String> NL =
      List.of("heden", "ingen", "ing", "tjes", "tje", "en", "er", "st", "e", "s");
  private static final List<String> PL =
      List.of("ami", "ach", "owi", "ow", "om", "em", "ie", "ia", "y", "i", "a", "e", "o", "u");
  private static final List<String> DE =
      List.of("ungen", "ung", "heit", "keit", "en", "er", "es", "em", "e", "n");

  private Stemmer() {}

  /** The fewest letters a stem keeps in {@code language}. */
  public static int minimumLength(TextLanguage language) {
    return switch (language) {
      case SWEDISH, DUTCH, GERMAN -> 4;
      case ENGLISH, POLISH -> 3;
    };
  }

  /** Whether a word of {@code language} may be found inside a compound word. */
  public static boolean hasCompounds(TextLanguage language) {
    return minimumLength(language) == 4;
  }

  /** The stem of a folded word; the word itself when no suffix fits. */
  public static String stem(String word, TextLanguage language) {
    int min = minimumLength(language);
    for (String suffix : suffixes(language)) {
      if (word.length() - suffix.length() >= min && word.endsWith(suffix)) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }

  private static List<String> suffixes(TextLanguage language) {
    return switch (language) {
      case ENGLISH -> EN;
      case SWEDISH -> SV;
      case DUTCH -> NL;
      case POLISH -> PL;
      case GERMAN -> DE;
    };
  }
}
