package io.feedbackloop.scoring.internal.text;

import io.feedbackloop.scoring.internal.MiniJson;
import io.feedbackloop.scoring.text.TextLanguage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The word lists of the lexicon sentiment, read from JSON of the form {@code {"en": {"positive":
 * [...], "negative": [...], "negators": [...], "intensifiers": [...], "contrast": [...],
 * "pronouns": [...], "pending": [...], "still": [...], "neutral": [...], "downtoners": [...],
 * "concessive": [...], "irrealis": [...]}, ...}}. Positive and negative entries are terms ({@link
 * Term}: stems, compounds, {@code =exact}, phrases); the other lists are matched exactly after
 * folding. {@code pronouns} are the negators that stand for a thing rather than negate an event
 * ("nothing", "inget", "niks", "nic", "nichts"); {@code pending} words next to a negator make it
 * "not yet" ("yet", "ännu", "nog", "jeszcze", "noch") unless they are part of a {@code still}
 * phrase ("immer noch"); a {@code pronouns} phrase starting with a pronoun is a set phrase
 * ("nothing to", "inget att"). {@code neutral} terms are phrases around a sentiment word that
 * carry none ("would be nice", "wäre schön"): as the longer match they take the word's place. {@code
 * downtoners} soften the word after them ("a bit", "lite", "etwas"). {@code concessive} marks the
 * contrast words that open a conceded clause ("although", "även om", "hoewel", "choć", "obwohl"):
 * the verdict stands outside that clause, where after "but" it stands after the word; for sentiment
 * a concessive word is a contrast word too, and may be a phrase ("ook al", "auch wenn"). {@code irrealis} words open a wish or condition
 * ("would", "skulle", "zou", "byłoby", "wäre"): what follows them in their clause judges nothing.
 * Every list may be missing. Immutable.
 */
public final class SentimentLexicon {
  private static final String[] LISTS = {
    "positive", "negative", "negators", "intensifiers", "contrast", "pronouns", "pending", "still",
    "neutral", "downtoners", "concessive", "irrealis"
  };

  /** The words of one language (or of all of them). */
  record Words(
      WordSet negators,
      WordSet intensifiers,
      WordSet contrast,
      WordSet pronouns,
      WordSet pending,
      WordSet still,
      WordSet downtoners,
      WordSet concessive,
      WordSet irrealis,
      boolean postVerbalNegation) {}

  // the languages that put the negator after the finite verb ("fungerar inte", "werkt niet")
  private static final Set<TextLanguage> POST_VERBAL =
      EnumSet.of(TextLanguage.SWEDISH, TextLanguage.DUTCH, TextLanguage.GERMAN);

  private final TermMatcher<Integer> polarity;
  private final Map<TextLanguage, Words> byLanguage;
  private final Words all;

  private SentimentLexicon(TermMatcher<Integer> polarity, Map<TextLanguage, Words> byLanguage) {
    this.polarity = polarity;
    this.byLanguage = byLanguage;
    List<WordSet> n = new ArrayList<>();
    List<WordSet> i = new ArrayList<>();
    List<WordSet> c = new ArrayList<>();
    List<WordSet> p = new ArrayList<>();
    List<WordSet> y = new ArrayList<>();
    List<WordSet> st = new ArrayList<>();
    List<WordSet> d = new ArrayList<>();
    List<WordSet> cc = new ArrayList<>();
    List<WordSet> ir = new ArrayList<>();
    for (Words w : byLanguage.values()) {
      n.add(w.negators());
      i.add(w.intensifiers());
      c.add(w.contrast());
      p.add(w.pronouns());
      y.add(w.pending());
      st.add(w.still());
      d.add(w.downtoners());
      cc.add(w.concessive());
      ir.add(w.irrealis());
    }
    // with the language unknown, English word order is the safe reading
    this.all =
        new Words(
            WordSet.union(n),
            WordSet.union(i),
            WordSet.union(c),
            WordSet.union(p),
            WordSet.union(y),
            WordSet.union(st),
            WordSet.union(d),
            WordSet.union(cc),
            WordSet.union(ir),
            false);
  }

  /** The bundled lexicon, {@code sentiment-lexicon.json}, read once. */
  public static SentimentLexicon defaults() {
    return Holder.DEFAULTS;
  }

  /**
   * Reads a lexicon.
   *
   * @throws IllegalArgumentException naming the JSON path if the JSON is malformed, a language code
   *     is unknown or an entry is not a non-blank string
   */
  public static SentimentLexicon fromJson(String json) {
    Map<String, Object> root = MiniJson.object(MiniJson.parse(json), "the lexicon");
    TermMatcher.Builder<Integer> polarity = TermMatcher.builder();
    Map<TextLanguage, Words> byLanguage = new EnumMap<>(TextLanguage.class);
    for (Map.Entry<String, Object> e : root.entrySet()) {
      String code = e.getKey();
      TextLanguage language = JsonPaths.language(code, code);
      Map<String, Object> lists = MiniJson.object(e.getValue(), code);
      for (String key : lists.keySet()) {
        if (!List.of(LISTS).contains(key)) {
          throw new IllegalArgumentException(
              code + "." + key + ": unknown list '" + key + "', expected one of " + String.join(", ", LISTS));
        }
      }
      for (String word : strings(lists, code, "positive")) {
        polarity.add(language, word, 1);
      }
      for (String word : strings(lists, code, "negative")) {
        polarity.add(language, word, -1);
      }
      // a wish or a plain fact around a sentiment word ("would be nice", "wäre schön") outweighs it
      for (String word : strings(lists, code, "neutral")) {
        polarity.add(language, word, 0);
      }
      byLanguage.put(
          language,
          new Words(
              WordSet.of(strings(lists, code, "negators")),
              WordSet.of(strings(lists, code, "intensifiers")),
              WordSet.of(strings(lists, code, "contrast")),
              WordSet.of(strings(lists, code, "pronouns")),
              WordSet.of(strings(lists, code, "pending")),
              WordSet.of(strings(lists, code, "still")),
              WordSet.of(strings(lists, code, "downtoners")),
              WordSet.of(strings(lists, code, "concessive")),
              WordSet.of(strings(lists, code, "irrealis")),
              POST_VERBAL.contains(language)));
    }
    return new SentimentLexicon(polarity.build(), byLanguage);
  }

  private static List<String> strings(Map<String, Object> lists, String code, String key) {
    Object v = lists.get(key);
    if (v == null) {
      return List.of();
    }
    String path = code + "." + key;
    List<Object> items = MiniJson.array(v, path);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String at = path + "[" + i + "]";
      String s = JsonPaths.string(items.get(i), at);
      if (Tokens.of(s.replace("=", " ")).size() == 0) {
        throw new IllegalArgumentException(at + ": term must hold a letter or digit, but was '" + s + "'");
      }
      out.add(s);
    }
    return out;
  }

  /** The polarity terms (value +1, -1, or 0 for neutral phrases) of all languages. */
  TermMatcher<Integer> polarity() {
    return polarity;
  }

  /** The negators, intensifiers and contrast words of {@code language}, or of all when null. */
  Words words(@Nullable TextLanguage language) {
    if (language == null) {
      return all;
    }
    Words w = byLanguage.get(language);
    return w != null ? w : all;
  }

  /** The negators of {@code language}, or of all languages when null. */
  public WordSet negators(@Nullable TextLanguage language) {
    return words(language).negators();
  }

  /** The contrast words of {@code language}, or of all languages when null. */
  public WordSet contrast(@Nullable TextLanguage language) {
    return words(language).contrast();
  }

  private static final class Holder {
    static final SentimentLexicon DEFAULTS = fromJson(Resources.read("sentiment-lexicon.json"));
  }
}
