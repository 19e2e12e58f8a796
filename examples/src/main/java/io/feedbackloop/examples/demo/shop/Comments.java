package io.feedbackloop.examples.demo.shop;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes comments from the phrase banks: an opener, one or two clauses, an ending and a closer,
 * with the variation of different writers (alternatives, numbers, all lower case, no diacritics,
 * now and then a typo).
 */
final class Comments {
  private Comments() {}

  /** The phrase bank of {@code locale}'s language (English for any other). */
  static Phrases phrases(Locale locale) {
    return switch (locale.getLanguage()) {
      case "sv" -> SwedishPhrases.PHRASES;
      case "nl" -> DutchPhrases.PHRASES;
      case "pl" -> PolishPhrases.PHRASES;
      case "de" -> GermanPhrases.PHRASES;
      default -> EnglishPhrases.PHRASES;
    };
  }

  /**
   * A comment about {@code topics} (0 to 2; none gives a general remark) in {@code tone}, in the
   * language of {@code locale}; {@code carrier} names the carrier where a phrase mentions it.
   */
  static Comment write(
      SplittableRandom r, Locale locale, List<String> topics, Tone tone, String carrier) {
    Phrases p = phrases(locale);
    StringBuilder text = new StringBuilder();
    if (topics.isEmpty()) {
      text.append(fill(r, pick(r, tone == Tone.NEGATIVE ? p.general() : p.praise()), carrier));
    } else {
      text.append(pick(r, tone == Tone.NEGATIVE ? p.openersNegative() : p.openersPositive()));
      text.append(fill(r, pick(r, p.clauses(topics.get(0), tone)), carrier));
      if (topics.size() > 1) {
        text.append(pick(r, p.joins()));
        text.append(fill(r, pick(r, p.clauses(topics.get(1), tone)), carrier));
      }
      String closer =
          pick(r, tone == Tone.NEGATIVE ? p.closersNegative() : p.closersPositive());
      String end = tone == Tone.NEGATIVE ? pick(r, List.of(".", ".", "!", "")) : pick(r, List.of("!", ".", ""));
      text.append(closer.isEmpty() ? end : end.isEmpty() ? "." : end).append(closer);
    }
    String written = capitalize(text.toString());
    double style = r.nextDouble();
    if (style < 0.08) {
      written = written.toLowerCase(Locale.ROOT);
    } else if (style < 0.18 && !"en".equals(p.language())) {
      written = stripDiacritics(written);
    } else if (style < 0.21) {
      written = typo(r, written);
    }
    return new Comment(written, Locale.forLanguageTag(p.language()), topics, tone);
  }

  /** The display name of a carrier id. */
  static String carrierName(String carrier) {
    return switch (carrier) {
      case "postnord" -> "PostNord";
      case "dhl" -> "DHL";
      case "dpd" -> "DPD";
      case "budbee" -> "Budbee";
      default -> carrier;
    };
  }

  static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static String fill(SplittableRandom r, String clause, String carrier) {
    String s = clause.replace("{carrier}", carrierName(carrier));
    if (s.contains("{n}")) {
      s = s.replace("{n}", Integer.toString(2 + r.nextInt(8)));
    }
    int open = s.indexOf('[');
    while (open >= 0) {
      int close = s.indexOf(']', open);
      String[] options = s.substring(open + 1, close).split("\\|", -1);
      s = s.substring(0, open) + options[r.nextInt(options.length)] + s.substring(close + 1);
      open = s.indexOf('[');
    }
    return s;
  }

  private static String capitalize(String s) {
    char[] c = s.toCharArray();
    boolean start = true;
    for (int i = 0; i < c.length; i++) {
      if (start && Character.isLetter(c[i])) {
        c[i] = Character.toUpperCase(c[i]);
        start = false;
      } else if (c[i] == '.' || c[i] == '!' || c[i] == '?') {
        start = true;
      } else if (!Character.isWhitespace(c[i])) {
        start = false;
      }
    }
    return new String(c);
  }

  private static String stripDiacritics(String s) {
    String folded = Normalizer.normalize(s.replace("ß", "ss"), Normalizer.Form.NFD);
    return folded.replaceAll("\\p{M}", "").replace('ł', 'l').replace('Ł', 'L');
  }

  // swaps two neighbouring letters inside one longer word, as a hurried writer does
  private static String typo(SplittableRandom r, String s) {
    String[] words = s.split(" ", -1);
    int tries = 0;
    while (tries++ < 5) {
      int w = r.nextInt(words.length);
      String word = words[w];
      if (word.length() >= 6 && word.chars().allMatch(Character::isLetter)) {
        int i = 1 + r.nextInt(word.length() - 3);
        char[] c = word.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        words[w] = new String(c);
        return String.join(" ", words);
      }
    }
    return s;
  }
}
