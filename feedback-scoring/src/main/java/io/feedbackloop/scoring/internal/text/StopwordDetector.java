package io.feedbackloop.scoring.internal.text;

import io.feedbackloop.scoring.internal.MiniJson;
import io.feedbackloop.scoring.text.LanguageDetector;
import io.feedbackloop.scoring.text.TextLanguage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in language detector: counts the common words and the telling letters of each language.
 *
 * <p>Each word of the text found in a language's word list scores 1 for that language (shared
 * among the languages that list it: "de" is Swedish and Dutch, so half a point each), and each word
 * holding a telling letter (å, ł, ij, ß, ...) scores 1 the same way. The detector answers only when
 * at least {@value #MIN_EVIDENCE} words told something, the best language scored at least {@value
 * #MIN_SCORE} and at least {@value #MIN_MARGIN} more than the next one; otherwise it says empty
 * rather than guess.
 *
 * <p>The profiles are read from {@code language-profiles.json}: {@code {"en": {"words": [...],
 * "letters": [...]}, ...}}; words are folded like the text ({@link TextNormalizer}), letters are
 * looked for in the lower-cased word as written. Immutable and thread-safe.
 */
public final class StopwordDetector implements LanguageDetector {
  static final int MIN_EVIDENCE = 2;
  static final double MIN_SCORE = 1.5;
  static final double MIN_MARGIN = 1.0;

  private static final List<TextLanguage> LANGUAGES = TermMatcher.BY_BIT;

  private final Map<String, Integer> words;
  private final List<String> letters;
  private final int[] letterMasks;
  private final String[] asciiCues;
  private final int[] asciiCueMasks;

  private StopwordDetector(Map<String, Integer> words, Map<String, Integer> letters) {
    this.words = Map.copyOf(words);
    List<String> cues = new ArrayList<>();
    int[] masks = new int[letters.size()];
    for (Map.Entry<String, Integer> e : letters.entrySet()) {
      masks[cues.size()] = e.getValue();
      cues.add(e.getKey());
    }
    this.letters = List.copyOf(cues);
    this.letterMasks = masks;
    List<String> ascii = new ArrayList<>();
    List<Integer> asciiMasks = new ArrayList<>();
    for (int k = 0; k < cues.size(); k++) {
      if (cues.get(k).isEmpty() || cues.get(k).charAt(0) < 0x80) {
        ascii.add(cues.get(k));
        asciiMasks.add(masks[k]);
      }
    }
    this.asciiCues = ascii.toArray(new String[0]);
    this.asciiCueMasks = asciiMasks.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The built-in detector for the five languages. */
  public static StopwordDetector defaults() {
    return Holder.DEFAULTS;
  }

  /**
   * Reads profiles (see the class comment).
   *
   * @throws IllegalArgumentException naming the JSON path if the JSON is malformed or a language
   *     code is unknown
   */
  public static StopwordDetector fromJson(String json) {
    Map<String, Object> root = MiniJson.object(MiniJson.parse(json), "the profiles");
    Map<String, Integer> words = new HashMap<>();
    Map<String, Integer> letters = new HashMap<>();
    for (Map.Entry<String, Object> e : root.entrySet()) {
      TextLanguage language = JsonPaths.language(e.getKey(), e.getKey());
      int bit = TermMatcher.mask(language);
      Map<String, Object> profile = MiniJson.object(e.getValue(), e.getKey());
      for (String w : strings(profile, e.getKey(), "words")) {
        for (String folded : Tokens.of(w).words()) {
          words.merge(folded, bit, (a, b) -> a | b);
        }
      }
      for (String l : strings(profile, e.getKey(), "letters")) {
        letters.merge(l.toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
      }
    }
    return new StopwordDetector(words, letters);
  }

  private static List<String> strings(Map<String, Object> profile, String code, String key) {
    Object v = profile.get(key);
    if (v == null) {
      return List.of();
    }
    List<Object> items = MiniJson.array(v, code + "." + key);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add(JsonPaths.string(items.get(i), code + "." + key + "[" + i + "]"));
    }
    return out;
  }

  @Override
  public Optional<TextLanguage> detect(String text) {
    return detect(text, Tokens.of(text));
  }

  /** Detects the language of {@code text}, already cut into {@code tokens}. */
  public Optional<TextLanguage> detect(String text, Tokens tokens) {
    double[] scores = new double[LANGUAGES.size()];
    int evidence = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean told = add(scores, words.getOrDefault(tokens.word(i), 0));
      told |= add(scores, letterMask(text, tokens.start(i), tokens.end(i)));
      if (told) {
        evidence++;
      }
    }
    int best = 0;
    for (int l = 1; l < scores.length; l++) {
      if (scores[l] > scores[best]) {
        best = l;
      }
    }
    double second = 0;
    for (int l = 0; l < scores.length; l++) {
      if (l != best) {
        second = Math.max(second, scores[l]);
      }
    }
    if (evidence < MIN_EVIDENCE
        || scores[best] < MIN_SCORE
        || scores[best] - second < MIN_MARGIN) {
      return Optional.empty();
    }
    return Optional.of(LANGUAGES.get(best));
  }

  private int letterMask(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) >= 0x80) {
        return letterMask(text.substring(start, end));
      }
    }
    // a plain ASCII word: only the ASCII cues can occur in it, and lower-casing it is per char, so
    // look for them in place instead of copying and lower-casing the word
    int mask = 0;
    for (int k = 0; k < asciiCues.length; k++) {
      if (containsIgnoringAsciiCase(text, start, end, asciiCues[k])) {
        mask |= asciiCueMasks[k];
      }
    }
    return mask;
  }

  private static boolean containsIgnoringAsciiCase(String text, int start, int end, String cue) {
    int last = end - cue.length();
    for (int i = start; i <= last; i++) {
      int j = 0;
      while (j < cue.length() && lowerAscii(text.charAt(i + j)) == cue.charAt(j)) {
        j++;
      }
      if (j == cue.length()) {
        return true;
      }
    }
    return false;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private int letterMask(String word) {
    boolean plain = true;
    for (int i = 0; i < word.length() && plain; i++) {
      plain = word.charAt(i) < 0x80;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    int mask = 0;
    for (int k = 0; k < letters.size(); k++) {
      String cue = letters.get(k);
      if ((!plain || cue.charAt(0) < 0x80) && lower.contains(cue)) {
        mask |= letterMasks[k];
      }
    }
    return mask;
  }

  private static boolean add(double[] scores, int mask) {
    if (mask == 0) {
      return false;
    }
    double share = 1.0 / Integer.bitCount(mask);
    for (int l = 0; l < scores.length; l++) {
      if ((mask & (1 << l)) != 0) {
        scores[l] += share;
      }
    }
    return true;
  }

  private static final class Holder {
    static final StopwordDetector DEFAULTS =
        fromJson(Resources.read("language-profiles.json"));
  }
}
