package io.feedbackloop.routing.internal.rules;

import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.routing.rules.Comparison;
import io.feedbackloop.routing.rules.Condition;
import io.feedbackloop.routing.rules.ConditionTrace;
import io.feedbackloop.scoring.Category;
import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.scoring.text.TextInsight;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compiles {@link Condition}s into {@link Matcher}s once: sets for membership tests, folded
 * phrases for text, no parsing, reflection or regular expressions left for evaluation time.
 */
public final class Matchers {
  private Matchers() {}

  /** Compiles {@code c}. */
  public static Matcher compile(Condition c) {
    if (c instanceof Condition.Always) {
      return new Leaf("always") {
        @Override
        public boolean test(Facts f) {
          return true;
        }

        @Override
        String actual(Facts f) {
          return "";
        }
      };
    }
    if (c instanceof Condition.All all) {
      return new Composite("all", compileAll(all.conditions()), true);
    }
    if (c instanceof Condition.Any any) {
      return new Composite("any", compileAll(any.conditions()), false);
    }
    if (c instanceof Condition.Not not) {
      return new NotMatcher(compile(not.condition()));
    }
    if (c instanceof Condition.CategoryIn cat) {
      return new CategoryMatcher(cat.question(), EnumSet.copyOf(cat.categories()));
    }
    if (c instanceof Condition.ScoreIs s) {
      return new ScoreMatcher(s.question(), s.comparison(), s.value());
    }
    if (c instanceof Condition.SurveyIn s) {
      Set<String> ids = Set.copyOf(s.surveyIds());
      return new ValueInMatcher("survey in " + s.surveyIds(), ids, f -> f.response.surveyId());
    }
    if (c instanceof Condition.TouchpointIn t) {
      Set<String> ids = Set.copyOf(t.touchpoints());
      return new ValueInMatcher(
          "touchpoint in " + t.touchpoints(), ids, f -> f.response.touchpoint().orElse(null));
    }
    if (c instanceof Condition.ChannelIn ch) {
      Set<Channel> set = EnumSet.copyOf(ch.channels());
      List<String> names = ch.channels().stream().map(Channel::wireName).toList();
      return new Leaf("channel in " + names) {
        @Override
        public boolean test(Facts f) {
          return set.contains(f.response.channel());
        }

        @Override
        String actual(Facts f) {
          return f.response.channel().wireName();
        }
      };
    }
    if (c instanceof Condition.LocaleIn l) {
      return new LocaleMatcher(l.locales());
    }
    if (c instanceof Condition.AttributeIn a) {
      Set<String> values = Set.copyOf(a.values());
      return new ValueInMatcher(
          "attribute(" + a.name() + ") in " + a.values(),
          values,
          f -> f.response.attributes().get(a.name()));
    }
    if (c instanceof Condition.AttributeCompare a) {
      return new AttributeCompareMatcher(a.name(), a.comparison(), a.value());
    }
    if (c instanceof Condition.AttributeExists a) {
      String name = a.name();
      return new Leaf("attribute(" + name + ") exists") {
        @Override
        public boolean test(Facts f) {
          return f.response.attributes().containsKey(name);
        }

        @Override
        String actual(Facts f) {
          return test(f) ? "present" : "missing";
        }
      };
    }
    if (c instanceof Condition.TextContains t) {
      return new TextMatcher(t);
    }
    if (c instanceof Condition.TopicIn t) {
      return new TopicMatcher(t);
    }
    if (c instanceof Condition.SentimentIn s) {
      return new SentimentMatcher(s);
    }
    if (c instanceof Condition.FirstResponse) {
      return new Leaf("firstResponse") {
        @Override
        public boolean test(Facts f) {
          return f.response.respondent().isPresent() && f.earlier().isEmpty();
        }

        @Override
        String actual(Facts f) {
          return f.response.respondent().isEmpty()
              ? "anonymous"
              : f.earlier().size() + " earlier responses";
        }
      };
    }
    if (c instanceof Condition.RepeatDetractor r) {
      return new RepeatDetractorMatcher(r);
    }
    if (c instanceof Condition.ScoreDropped d) {
      return new ScoreDroppedMatcher(d.question(), d.by());
    }
    throw new IllegalArgumentException("unknown condition kind " + c.getClass().getName());
  }

  private static Matcher[] compileAll(List<Condition> conditions) {
    Matcher[] out = new Matcher[conditions.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = compile(conditions.get(i));
    }
    return out;
  }

  /** A condition without parts: explains itself with a description and the actual value. */
  abstract static class Leaf implements Matcher {
    private final String description;

    Leaf(String description) {
      this.description = description;
    }

    abstract String actual(Facts f);

    @Override
    public ConditionTrace explain(Facts f, String path) {
      return new ConditionTrace(path, description, test(f), actual(f), List.of());
    }
  }

  private static final class Composite implements Matcher {
    private final String name;
    private final Matcher[] parts;
    private final boolean all;

    Composite(String name, Matcher[] parts, boolean all) {
      this.name = name;
      this.parts = parts;
      this.all = all;
    }

    @Override
    public boolean test(Facts f) {
      for (Matcher m : parts) {
        if (m.test(f) != all) {
          return !all;
        }
      }
      return all;
    }

    @Override
    public ConditionTrace explain(Facts f, String path) {
      List<ConditionTrace> traces = new ArrayList<>(parts.length);
      int hits = 0;
      for (int i = 0; i < parts.length; i++) {
        ConditionTrace t = parts[i].explain(f, path + "/" + name + "/" + i);
        traces.add(t);
        hits += t.matched() ? 1 : 0;
      }
      boolean matched = all ? hits == parts.length : hits > 0;
      return new ConditionTrace(
          path, name, matched, hits + " of " + parts.length + " parts matched", traces);
    }
  }

  private static final class NotMatcher implements Matcher {
    private final Matcher inner;

    NotMatcher(Matcher inner) {
      this.inner = inner;
    }

    @Override
    public boolean test(Facts f) {
      return !inner.test(f);
    }

    @Override
    public ConditionTrace explain(Facts f, String path) {
      ConditionTrace t = inner.explain(f, path + "/not");
      return new ConditionTrace(
          path, "not", !t.matched(), t.matched() ? "part matched" : "part did not match", List.of(t));
    }
  }

  private interface Getter {
    @Nullable String get(Facts f);
  }

  private static final class ValueInMatcher extends Leaf {
    private final Set<String> values;
    private final Getter getter;

    ValueInMatcher(String description, Set<String> values, Getter getter) {
      super(description);
      this.values = values;
      this.getter = getter;
    }

    @Override
    public boolean test(Facts f) {
      String v = getter.get(f);
      return v != null && values.contains(v);
    }

    @Override
    String actual(Facts f) {
      String v = getter.get(f);
      return v == null ? "missing" : "'" + Checks.printable(v) + "'";
    }
  }

  private static final class CategoryMatcher extends Leaf {
    private final String question;
    private final Set<Category> categories;

    CategoryMatcher(String question, Set<Category> categories) {
      super(
          "category(" + question + ") in "
              + categories.stream().map(c -> c.label(io.feedbackloop.core.survey.Metric.NONE)).toList());
      this.question = question;
      this.categories = categories;
    }

    @Override
    public boolean test(Facts f) {
      Category c = f.category(f.response, f.survey, question);
      return c != null && categories.contains(c);
    }

    @Override
    String actual(Facts f) {
      Answer a = Facts.find(f.response, question);
      if (a == null) {
        return "no answer";
      }
      Category c = f.category(f.response, f.survey, question);
      String value = a instanceof ScoreAnswer s ? String.valueOf(s.value()) : a.typeName();
      return c == null
          ? value + " (no category: unknown survey, question or off the scale)"
          : value + " (" + c.label(io.feedbackloop.core.survey.Metric.NONE) + ")";
    }
  }

  private static final class ScoreMatcher extends Leaf {
    private final String question;
    private final Comparison comparison;
    private final int value;

    ScoreMatcher(String question, Comparison comparison, int value) {
      super("score(" + question + ") " + comparison.symbol() + " " + value);
      this.question = question;
      this.comparison = comparison;
      this.value = value;
    }

    @Override
    public boolean test(Facts f) {
      return Facts.find(f.response, question) instanceof ScoreAnswer s
          && comparison.test(s.value(), value);
    }

    @Override
    String actual(Facts f) {
      Answer a = Facts.find(f.response, question);
      return a instanceof ScoreAnswer s
          ? String.valueOf(s.value())
          : a == null ? "no answer" : "a " + a.typeName() + " answer";
    }
  }

  private static final class LocaleMatcher extends Leaf {
    private final Set<Locale> exact = new HashSet<>();
    private final Set<String> languages = new HashSet<>();

    LocaleMatcher(List<Locale> locales) {
      super("locale in " + locales.stream().map(Locale::toLanguageTag).toList());
      for (Locale l : locales) {
        if (l.getCountry().isEmpty() && l.getVariant().isEmpty() && l.getScript().isEmpty()) {
          languages.add(l.getLanguage());
        } else {
          exact.add(l);
        }
      }
    }

    @Override
    public boolean test(Facts f) {
      Locale l = f.response.locale().orElse(null);
      return l != null && (languages.contains(l.getLanguage()) || exact.contains(l));
    }

    @Override
    String actual(Facts f) {
      return f.response.locale().map(Locale::toLanguageTag).orElse("missing");
    }
  }

  private static final class AttributeCompareMatcher extends Leaf {
    private final String name;
    private final Comparison comparison;
    private final double value;

    AttributeCompareMatcher(String name, Comparison comparison, double value) {
      super("attribute(" + name + ") " + comparison.symbol() + " " + Numbers.format(value));
      this.name = name;
      this.comparison = comparison;
      this.value = value;
    }

    @Override
    public boolean test(Facts f) {
      String v = f.response.attributes().get(name);
      if (v == null) {
        return false;
      }
      double d = Numbers.parse(v);
      return !Double.isNaN(d) && comparison.test(d, value);
    }

    @Override
    String actual(Facts f) {
      String v = f.response.attributes().get(name);
      if (v == null) {
        return "missing";
      }
      return Double.isNaN(Numbers.parse(v))
          ? "'" + Checks.printable(v) + "' (not a number)"
          : "'" + Checks.printable(v) + "'";
    }
  }

  private static final class TextMatcher extends Leaf {
    private final @Nullable String question;
    private final boolean all;
    private final String[] folded;
    private final List<String> phrases;

    TextMatcher(Condition.TextContains t) {
      super(
          "text(" + (t.question() == null ? "*" : t.question()) + ") contains "
              + t.match().name().toLowerCase(Locale.ROOT) + " of " + t.phrases());
      this.question = t.question();
      this.all = t.match() == Condition.TextMatch.ALL;
      this.phrases = t.phrases();
      this.folded = new String[phrases.size()];
      for (int i = 0; i < folded.length; i++) {
        folded[i] = TextNormalizer.fold(phrases.get(i));
      }
    }

    private @Nullable String text(Facts f) {
      return question == null ? f.allFolded() : f.folded(question);
    }

    @Override
    public boolean test(Facts f) {
      String text = text(f);
      if (text == null) {
        return false;
      }
      for (String p : folded) {
        if ((text.indexOf(p) >= 0) != all) {
          return !all;
        }
      }
      return all;
    }

    @Override
    String actual(Facts f) {
      String text = text(f);
      if (text == null) {
        return "no text answer";
      }
      List<String> found = new ArrayList<>();
      for (int i = 0; i < folded.length; i++) {
        if (text.indexOf(folded[i]) >= 0) {
          found.add(phrases.get(i));
        }
      }
      return "found " + found + " (text not shown)";
    }
  }

  private static final class RepeatDetractorMatcher extends Leaf {
    private final String question;
    private final int times;
    private final java.time.Duration within;

    RepeatDetractorMatcher(Condition.RepeatDetractor r) {
      super("repeatDetractor(" + r.question() + ") >= " + r.times() + " within " + r.within());
      this.question = r.question();
      this.times = r.times();
      this.within = r.within();
    }

    private int count(Facts f) {
      if (f.category(f.response, f.survey, question) != Category.NEGATIVE) {
        return 0;
      }
      Instant from = f.response.submittedAt().minus(within);
      int n = 1;
      for (Response r : f.earlier()) {
        if (!r.submittedAt().isBefore(from)) {
          BoundSurvey s = f.surveyOf(r);
          if (f.category(r, s, question) == Category.NEGATIVE) {
            n++;
          }
        }
      }
      return n;
    }

    @Override
    public boolean test(Facts f) {
      return count(f) >= times;
    }

    @Override
    String actual(Facts f) {
      return count(f) + " negative answers in the period";
    }
  }

  private static final class ScoreDroppedMatcher extends Leaf {
    private final String question;
    private final int by;

    ScoreDroppedMatcher(String question, int by) {
      super("scoreDropped(" + question + ") by >= " + by);
      this.question = question;
      this.by = by;
    }

    private @Nullable Integer previous(Facts f) {
      List<Response> earlier = f.earlier();
      for (int i = earlier.size() - 1; i >= 0; i--) {
        if (Facts.find(earlier.get(i), question) instanceof ScoreAnswer s) {
          return s.value();
        }
      }
      return null;
    }

    @Override
    public boolean test(Facts f) {
      if (!(Facts.find(f.response, question) instanceof ScoreAnswer now)) {
        return false;
      }
      Integer before = previous(f);
      return before != null && before - now.value() >= by;
    }

    @Override
    String actual(Facts f) {
      Answer a = Facts.find(f.response, question);
      Integer before = previous(f);
      String now = a instanceof ScoreAnswer s ? String.valueOf(s.value()) : "no score";
      return "previous " + (before == null ? "none" : before) + ", now " + now;
    }
  }

  /** Tells whether {@code c} or one of its parts needs the text insight. */
  public static boolean needsInsight(Condition c) {
    if (c instanceof Condition.TopicIn || c instanceof Condition.SentimentIn) {
      return true;
    }
    if (c instanceof Condition.All all) {
      return all.conditions().stream().anyMatch(Matchers::needsInsight);
    }
    if (c instanceof Condition.Any any) {
      return any.conditions().stream().anyMatch(Matchers::needsInsight);
    }
    return c instanceof Condition.Not not && needsInsight(not.condition());
  }

  /** Where the insight came from and its language, for the actual value of a trace. */
  private static String source(Facts f, TextInsight i) {
    return (f.insightGiven() ? "given" : "analyzed") + ", language " + i.languageCode();
  }

  private static final class TopicMatcher extends Leaf {
    private final String[] topics;

    TopicMatcher(Condition.TopicIn t) {
      super("topic in " + t.topics());
      this.topics = t.topics().toArray(new String[0]);
    }

    @Override
    public boolean test(Facts f) {
      TextInsight i = f.insight();
      for (String t : topics) {
        if (i.mentions(t)) {
          return true;
        }
      }
      return false;
    }

    @Override
    String actual(Facts f) {
      TextInsight i = f.insight();
      return "topics " + i.topics() + " detected (" + source(f, i) + ")";
    }
  }

  private static final class SentimentMatcher extends Leaf {
    private final Set<Sentiment> sentiments;

    SentimentMatcher(Condition.SentimentIn s) {
      super("sentiment in " + s.sentiments().stream().map(Sentiment::label).toList());
      this.sentiments = EnumSet.copyOf(s.sentiments());
    }

    @Override
    public boolean test(Facts f) {
      return sentiments.contains(f.insight().sentiment().sentiment());
    }

    @Override
    String actual(Facts f) {
      TextInsight i = f.insight();
      return i.sentiment().sentiment().label()
          + String.format(Locale.ROOT, " (score %.2f, ", i.sentiment().score())
          + source(f, i)
          + ")";
    }
  }
}
