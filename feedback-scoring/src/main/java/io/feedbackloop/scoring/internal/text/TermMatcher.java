package io.feedbackloop.scoring.internal.text;

import io.feedbackloop.scoring.text.TextLanguage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds terms (words and phrases, see {@link Term}) in {@link Tokens}, precompiled for speed.
 *
 * <p>The first word of every term sits in one of three indexes: a hash map for {@code =exact}
 * words, a trie of stems walked from the start of each token (prefix matches), and a trie of
 * compound-capable stems walked from every later position of the token (matches inside compounds).
 * So a token costs a few trie steps, whatever the number of terms; the rest of a phrase is checked
 * only after its first word matched. Immutable and thread-safe once built.
 *
 * @param <T> the value a term stands for (a topic id, a polarity)
 */
public final class TermMatcher<T> {

  /** A term compiled for one language, with the value it stands for. */
  record Entry<T>(T value, Term term) {}

  /**
   * One place where a term matched.
   *
   * @param value the term's value
   * @param term the term
   * @param first the index of the first matched token
   * @param last the index after the last matched token
   */
  public record Hit<T>(T value, Term term, int first, int last) {
    /** The number of matched tokens. */
    public int length() {
      return last - first;
    }
  }

  private final List<Entry<T>> entries;
  // per entry id: the term, its language bit and its value, read in the inner loop of find()
  private final Term[] terms;
  private final int[] masks;
  private final List<T> values;
  private final Map<String, int[]> exact;
  private final Node prefixRoot;
  private final Node compoundRoot;
  // the languages with a term in the compound trie: walking it is pointless for the others
  private final int compoundLanguages;

  private TermMatcher(List<Entry<T>> entries) {
    this.entries = List.copyOf(entries);
    int n = this.entries.size();
    this.terms = new Term[n];
    this.masks = new int[n];
    List<T> vals = new ArrayList<>(n);
    for (int id = 0; id < n; id++) {
      Entry<T> e = this.entries.get(id);
      terms[id] = e.term();
      masks[id] = mask(e.term().language());
      vals.add(e.value());
    }
    this.values = List.copyOf(vals);
    int compoundMask = 0;
    Map<String, List<Integer>> exactIds = new HashMap<>();
    Node.Builder prefix = new Node.Builder();
    Node.Builder compound = new Node.Builder();
    for (int id = 0; id < this.entries.size(); id++) {
      Term.Word head = this.entries.get(id).term().words().get(0);
      if (head.exact()) {
        exactIds.computeIfAbsent(head.form(), k -> new ArrayList<>()).add(id);
      } else {
        prefix.add(head.form(), id);
        if (head.compound()) {
          compound.add(head.form(), id);
          compoundMask |= masks[id];
        }
      }
    }
    Map<String, int[]> frozen = new HashMap<>();
    exactIds.forEach((k, v) -> frozen.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    this.exact = frozen;
    this.prefixRoot = prefix.build();
    this.compoundRoot = compound.build();
    this.compoundLanguages = compoundMask;
  }

  /** A new builder. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Whether no term was added. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Every match of a term of the languages in {@code languages} ({@link #mask}), in token order;
   * a term may match the same tokens more than once (through different index paths).
   */
  public List<Hit<T>> find(Tokens tokens, int languages) {
    List<Hit<T>> hits = new ArrayList<>();
    int n = tokens.size();
    for (int t = 0; t < n; t++) {
      String word = tokens.word(t);
      int[] ids = exact.get(word);
      if (ids != null) {
        for (int id : ids) {
          tryAt(tokens, t, id, languages, hits);
        }
      }
      walk(prefixRoot, word, 0, tokens, t, languages, hits);
      if ((compoundLanguages & languages) != 0) {
        for (int from = 1; from < word.length() - 3; from++) {
          walk(compoundRoot, word, from, tokens, t, languages, hits);
        }
      }
    }
    return hits;
  }

  private void walk(
      Node root, String word, int from, Tokens tokens, int t, int languages, List<Hit<T>> hits) {
    Node node = root;
    for (int j = from; j < word.length(); j++) {
      Node next = node.child(word.charAt(j));
      if (next == null) {
        return;
      }
      node = next;
      for (int id : node.ids) {
        tryAt(tokens, t, id, languages, hits);
      }
    }
  }

  private void tryAt(Tokens tokens, int t, int id, int languages, List<Hit<T>> hits) {
    if ((masks[id] & languages) == 0) {
      return;
    }
    Term term = terms[id];
    List<Term.Word> words = term.words();
    int end = t + words.size();
    if (end > tokens.size()) {
      return;
    }
    for (int k = 1; k < words.size(); k++) {
      int p = t + k;
      if (tokens.clause(p) != tokens.clause(t) || !words.get(k).matches(tokens.word(p))) {
        return;
      }
    }
    hits.add(new Hit<>(values.get(id), term, t, end));
  }

  /** The bit of one language in a language mask. */
  public static int mask(TextLanguage language) {
    return switch (language) {
      case ENGLISH -> 1;
      case SWEDISH -> 2;
      case DUTCH -> 4;
      case POLISH -> 8;
      case GERMAN -> 16;
    };
  }

  /** The languages by bit: {@code BY_BIT[i]} has the mask {@code 1 << i}. */
  static final List<TextLanguage> BY_BIT =
      List.of(
          TextLanguage.ENGLISH,
          TextLanguage.SWEDISH,
          TextLanguage.DUTCH,
          TextLanguage.POLISH,
          TextLanguage.GERMAN);

  /** The mask of all five languages. */
  public static int allLanguages() {
    return 31;
  }

  /** Orders hits by preference: more tokens, then more stem letters (the more specific term). */
  public static <T> Comparator<Hit<T>> bySpecificity() {
    Comparator<Hit<T>> c = Comparator.comparingInt(Hit::length);
    return c.thenComparingInt(h -> h.term().letters()).reversed();
  }

  /**
   * Keeps, per value and first token, the most specific hit; the result is in token order (then
   * value order of first appearance).
   */
  public static <T> List<Hit<T>> bestPerValue(List<Hit<T>> hits) {
    List<Hit<T>> out = new ArrayList<>(hits.size());
    // find() yields hits grouped by first token, so a hit need only be compared with the kept hits
    // of its own group; the map below is for hits in any other order
    int group = 0;
    for (Hit<T> h : hits) {
      if (!out.isEmpty()) {
        int previous = out.get(out.size() - 1).first();
        if (h.first() < previous) {
          return bestPerValueInAnyOrder(hits);
        }
        if (h.first() > previous) {
          group = out.size();
        }
      }
      int same = -1;
      for (int i = group; i < out.size(); i++) {
        if (out.get(i).value().equals(h.value())) {
          same = i;
          break;
        }
      }
      if (same < 0) {
        out.add(h);
      } else if (moreSpecific(h, out.get(same))) {
        out.set(same, h);
      }
    }
    return out;
  }

  private static boolean moreSpecific(Hit<?> a, Hit<?> b) {
    return a.length() != b.length()
        ? a.length() > b.length()
        : a.term().letters() > b.term().letters();
  }

  private static <T> List<Hit<T>> bestPerValueInAnyOrder(List<Hit<T>> hits) {
    Map<List<Object>, Hit<T>> best = new LinkedHashMap<>();
    Comparator<Hit<T>> pref = bySpecificity();
    for (Hit<T> h : hits) {
      best.merge(List.of(h.value(), h.first()), h, (a, b) -> pref.compare(b, a) < 0 ? b : a);
    }
    return new ArrayList<>(best.values());
  }

  /** Picks hits that do not share tokens, the most specific first; the result is in token order. */
  public static <T> List<Hit<T>> nonOverlapping(List<Hit<T>> hits) {
    List<Hit<T>> sorted = new ArrayList<>(hits);
    sorted.sort(TermMatcher.<T>bySpecificity().thenComparingInt(Hit::first));
    List<Hit<T>> chosen = new ArrayList<>();
    boolean[] used = new boolean[0];
    for (Hit<T> h : sorted) {
      if (used.length < h.last()) {
        used = Arrays.copyOf(used, Math.max(h.last(), used.length * 2));
      }
      boolean free = true;
      for (int i = h.first(); i < h.last(); i++) {
        free &= !used[i];
      }
      if (free) {
        Arrays.fill(used, h.first(), h.last(), true);
        chosen.add(h);
      }
    }
    chosen.sort(Comparator.comparingInt(Hit::first));
    return chosen;
  }

  /** Collects terms; not thread-safe. */
  public static final class Builder<T> {
    private final List<Entry<T>> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Adds {@code term} of {@code language} standing for {@code value}.
     *
     * @throws IllegalArgumentException if the term has no word (see {@link Term#parse})
     */
    public Builder<T> add(TextLanguage language, String term, T value) {
      entries.add(new Entry<>(Objects.requireNonNull(value, "value"), Term.parse(term, language)));
      return this;
    }

    /** The matcher of the terms added so far. */
    public TermMatcher<T> build() {
      return new TermMatcher<>(entries);
    }
  }

  /** A trie node: children by character (sorted, binary search) and the entries ending here. */
  private static final class Node {
    private static final int[] NO_IDS = new int[0];
    private final char[] keys;
    private final Node[] kids;
    final int[] ids;

    private Node(char[] keys, Node[] kids, int[] ids) {
      this.keys = keys;
      this.kids = kids;
      this.ids = ids;
    }

    @org.jspecify.annotations.Nullable
    Node child(char c) {
      int i = Arrays.binarySearch(keys, c);
      return i >= 0 ? kids[i] : null;
    }

    /** A mutable node used while building. */
    static final class Builder {
      private final java.util.TreeMap<Character, Builder> kids = new java.util.TreeMap<>();
      private final List<Integer> ids = new ArrayList<>();

      void add(String key, int id) {
        Builder b = this;
        for (int i = 0; i < key.length(); i++) {
          b = b.kids.computeIfAbsent(key.charAt(i), k -> new Builder());
        }
        b.ids.add(id);
      }

      Node build() {
        char[] keys = new char[kids.size()];
        Node[] nodes = new Node[kids.size()];
        int i = 0;
        for (Map.Entry<Character, Builder> e : kids.entrySet()) {
          keys[i] = e.getKey();
          nodes[i] = e.getValue().build();
          i++;
        }
        int[] idArray = ids.isEmpty() ? NO_IDS : ids.stream().mapToInt(Integer::intValue).toArray();
        return new Node(keys, nodes, idArray);
      }
    }
  }
}
