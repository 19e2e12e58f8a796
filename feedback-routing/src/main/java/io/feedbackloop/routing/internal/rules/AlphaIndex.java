package io.feedbackloop.routing.internal.rules;

import io.feedbackloop.routing.rules.Condition;
import io.feedbackloop.routing.rules.Rule;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An equality index over rules, like the alpha network of Rete: a rule whose condition requires
 * (at its top, alone or as a part of a top-level {@code all}) that the survey, touchpoint, channel,
 * an attribute or the category of a question equals one of a few values is filed under those
 * values. For a response, only the rules filed under its actual values, plus the rules without an
 * indexable test, are candidates; the others cannot match and are never visited.
 *
 * <p>Each rule is filed under one test only (the first indexable one): the candidate set is a
 * superset of the matching rules, and the full condition is still evaluated for each candidate.
 */
final class AlphaIndex {
  private final int words;
  private final long[] unindexed;
  private final Dimension[] dimensions;

  private AlphaIndex(int words, long[] unindexed, Dimension[] dimensions) {
    this.words = words;
    this.unindexed = unindexed;
    this.dimensions = dimensions;
  }

  /** What a dimension reads from the response. */
  private interface Reader {
    @Nullable Object read(Facts f);
  }

  private static final class Dimension {
    final Reader reader;
    final Map<Object, long[]> rulesByValue = new HashMap<>();

    Dimension(Reader reader) {
      this.reader = reader;
    }
  }

  /** Builds the index over {@code rules} (evaluation order; positions are bit numbers). */
  static AlphaIndex build(Rule[] rules) {
    int words = (rules.length + 63) >>> 6;
    long[] unindexed = new long[words];
    Map<String, Dimension> dims = new LinkedHashMap<>();
    for (int i = 0; i < rules.length; i++) {
      if (!file(rules[i].condition(), i, words, dims)) {
        unindexed[i >>> 6] |= 1L << i;
      }
    }
    return new AlphaIndex(words, unindexed, dims.values().toArray(new Dimension[0]));
  }

  private static boolean file(Condition c, int rule, int words, Map<String, Dimension> dims) {
    if (c instanceof Condition.All all) {
      for (Condition part : all.conditions()) {
        if (fileLeaf(part, rule, words, dims)) {
          return true;
        }
      }
      return false;
    }
    return fileLeaf(c, rule, words, dims);
  }

  private static boolean fileLeaf(Condition c, int rule, int words, Map<String, Dimension> dims) {
    String key;
    Reader reader;
    List<?> values;
    if (c instanceof Condition.SurveyIn s) {
      key = "survey";
      reader = f -> f.response.surveyId();
      values = s.surveyIds();
    } else if (c instanceof Condition.TouchpointIn t) {
      key = "touchpoint";
      reader = f -> f.response.touchpoint().orElse(null);
      values = t.touchpoints();
    } else if (c instanceof Condition.ChannelIn ch) {
      key = "channel";
      reader = f -> f.response.channel();
      values = ch.channels();
    } else if (c instanceof Condition.AttributeIn a) {
      String name = a.name();
      key = "attribute:" + name;
      reader = f -> f.response.attributes().get(name);
      values = a.values();
    } else if (c instanceof Condition.CategoryIn cat) {
      String q = cat.question();
      key = "category:" + q;
      reader = f -> f.category(f.response, f.survey, q);
      values = cat.categories();
    } else {
      return false;
    }
    Dimension d = dims.computeIfAbsent(key, k -> new Dimension(reader));
    for (Object v : values) {
      d.rulesByValue.computeIfAbsent(v, x -> new long[words])[rule >>> 6] |= 1L << rule;
    }
    return true;
  }

  /** The candidate rules for these facts, as a bit set over evaluation positions. */
  long[] candidates(Facts f) {
    long[] out = unindexed.clone();
    for (Dimension d : dimensions) {
      Object v = d.reader.read(f);
      if (v != null) {
        long[] bits = d.rulesByValue.get(v);
        if (bits != null) {
          for (int w = 0; w < words; w++) {
            out[w] |= bits[w];
          }
        }
      }
    }
    return out;
  }

  /** The number of dimensions (for tests and diagnostics). */
  int dimensionCount() {
    return dimensions.length;
  }
}
