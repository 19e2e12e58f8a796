package io.feedbackloop.routing.rules;

import io.feedbackloop.core.response.Channel;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.internal.rules.TextNormalizer;
import io.feedbackloop.scoring.Category;
import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.scoring.text.TextAnalyzer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * When a rule applies: a closed, immutable model of conditions composable with {@link All}, {@link
 * Any} and {@link Not}. Write them with the {@link Conditions} DSL or in JSON ({@link RuleJson}).
 *
 * <p>Kinds: {@link Always}; on a question's answer {@link CategoryIn} (detractor, passive,
 * promoter and the CSAT, CES, thumbs and smiley classes, computed from the question's scale) and
 * {@link ScoreIs}; on the response {@link SurveyIn}, {@link TouchpointIn}, {@link ChannelIn},
 * {@link LocaleIn}; on response attributes {@link AttributeIn}, {@link AttributeCompare}, {@link
 * AttributeExists}; on free text {@link TextContains}; on what the free text says {@link TopicIn} and {@link SentimentIn}; on the respondent's history {@link
 * FirstResponse}, {@link RepeatDetractor} and {@link ScoreDropped}.
 *
 * <p><b>Text insight.</b> {@link TopicIn} and {@link SentimentIn} test what a {@link TextAnalyzer}
 * reads in the response's free text (its topics and sentiment). The analysis is lazy: it runs at
 * most once per evaluation, and only when such a condition is reached; a host that has analysed
 * the text already passes the insight in ({@link RuleEngine#evaluate(io.feedbackloop.core.response.Response,
 * io.feedbackloop.scoring.text.TextInsight)}). Building the engine checks every topic against the
 * analyzer's taxonomy. More insight kinds are added as new records here, with one matcher in the
 * compiled plan and one single-key JSON object each, without changing the existing kinds.
 *
 * <p>A condition naming a question is checked against the surveys when a {@link RuleEngine} is
 * built: the question must exist and its type must fit the condition.
 */
public sealed interface Condition {

  /** Matches every response: the condition of a catch-all rule. */
  record Always() implements Condition {}

  /**
   * Matches when every one of {@code conditions} matches; evaluated left to right, stopping at the
   * first that does not.
   *
   * @param conditions at least one
   */
  record All(List<Condition> conditions) implements Condition {
    /** Creates the condition; the list is copied. */
    public All {
      conditions = nonEmpty("conditions of all", conditions);
    }
  }

  /**
   * Matches when at least one of {@code conditions} matches; evaluated left to right, stopping at
   * the first that does.
   *
   * @param conditions at least one
   */
  record Any(List<Condition> conditions) implements Condition {
    /** Creates the condition; the list is copied. */
    public Any {
      conditions = nonEmpty("conditions of any", conditions);
    }
  }

  /**
   * Matches when {@code condition} does not.
   *
   * @param condition the negated condition
   */
  record Not(Condition condition) implements Condition {
    /** Creates the condition. */
    public Not {
      Checks.notNull("condition", condition);
    }
  }

  /**
   * Matches when the answer to {@code question} falls in one of {@code categories}. The category
   * of a score comes from the question's scale ({@link Category#of}); thumbs up is {@link
   * Category#POSITIVE}, thumbs down {@link Category#NEGATIVE}. No answer never matches.
   *
   * @param question the question id (an NPS, CSAT, CES, rating, smiley or thumbs question)
   * @param categories at least one category
   */
  record CategoryIn(String question, List<Category> categories) implements Condition {
    /** Creates the condition; categories are de-duplicated in order. */
    public CategoryIn {
      Checks.identifier("question", question);
      categories = distinct("categories", categories);
    }
  }

  /**
   * Compares the raw score given to {@code question}: {@code score <comparison> value}. No score
   * answer never matches.
   *
   * @param question the question id (a scaled question)
   * @param comparison how to compare
   * @param value the operand
   */
  record ScoreIs(String question, Comparison comparison, int value) implements Condition {
    /** Creates the condition. */
    public ScoreIs {
      Checks.identifier("question", question);
      Checks.notNull("comparison", comparison);
    }
  }

  /**
   * Matches responses to one of these surveys.
   *
   * @param surveyIds at least one survey id
   */
  record SurveyIn(List<String> surveyIds) implements Condition {
    /** Creates the condition; ids are de-duplicated in order. */
    public SurveyIn {
      surveyIds = identifiers("surveyIds", surveyIds);
    }
  }

  /**
   * Matches responses from one of these touchpoints (a response without one never matches).
   *
   * @param touchpoints at least one touchpoint
   */
  record TouchpointIn(List<String> touchpoints) implements Condition {
    /** Creates the condition; touchpoints are de-duplicated in order. */
    public TouchpointIn {
      touchpoints = identifiers("touchpoints", touchpoints);
    }
  }

  /**
   * Matches responses that came through one of these channels.
   *
   * @param channels at least one channel
   */
  record ChannelIn(List<Channel> channels) implements Condition {
    /** Creates the condition; channels are de-duplicated in order. */
    public ChannelIn {
      channels = distinct("channels", channels);
    }
  }

  /**
   * Matches responses in one of these locales. A locale with only a language ({@code sv}) matches
   * every response locale of that language ({@code sv-SE}, {@code sv-FI}); one with a region
   * matches exactly. A response without a locale never matches.
   *
   * @param locales at least one locale, each with a language
   */
  record LocaleIn(List<Locale> locales) implements Condition {
    /** Creates the condition; locales are de-duplicated in order. */
    public LocaleIn {
      locales = distinct("locales", locales);
      for (Locale l : locales) {
        Checks.check(!l.getLanguage().isEmpty(), "locale", "a locale with a language", "'" + l + "'");
      }
    }
  }

  /**
   * Matches when the response attribute {@code name} equals one of {@code values} (exactly, case
   * included). A missing attribute never matches.
   *
   * @param name the attribute name
   * @param values at least one value
   */
  record AttributeIn(String name, List<String> values) implements Condition {
    /** Creates the condition; values are de-duplicated in order. */
    public AttributeIn {
      Checks.identifier("attribute name", name);
      values = distinct("values", values);
    }
  }

  /**
   * Compares the response attribute {@code name}, read as a decimal number: {@code attribute
   * <comparison> value}. A missing or non-numeric attribute never matches.
   *
   * @param name the attribute name
   * @param comparison how to compare
   * @param value the operand, finite
   */
  record AttributeCompare(String name, Comparison comparison, double value) implements Condition {
    /** Creates the condition. */
    public AttributeCompare {
      Checks.identifier("attribute name", name);
      Checks.notNull("comparison", comparison);
      Checks.check(Double.isFinite(value), "value", "finite", value);
    }
  }

  /**
   * Matches when the response has the attribute {@code name}, whatever its value.
   *
   * @param name the attribute name
   */
  record AttributeExists(String name) implements Condition {
    /** Creates the condition. */
    public AttributeExists {
      Checks.identifier("attribute name", name);
    }
  }

  /** Whether a text condition needs any or all of its phrases. */
  enum TextMatch {
    /** At least one phrase occurs. */
    ANY,
    /** Every phrase occurs. */
    ALL
  }

  /**
   * Matches free text containing any or all of {@code phrases}, as whole words or phrases,
   * ignoring case, diacritics and punctuation: {@code "forsenad"} matches {@code "Försenad!"} and
   * {@code "lieferung"} matches {@code "LIEFERUNG"}, but {@code "sen"} does not match {@code
   * "sent"}.
   *
   * @param question the text question, or null for every text answer of the response
   * @param match any or all
   * @param phrases at least one word or phrase, each with at least one letter or digit
   */
  record TextContains(@Nullable String question, TextMatch match, List<String> phrases)
      implements Condition {
    /** Creates the condition; phrases are de-duplicated in order. */
    public TextContains {
      if (question != null) {
        Checks.identifier("question", question);
      }
      Checks.notNull("match", match);
      phrases = distinct("phrases", phrases);
      for (String p : phrases) {
        Checks.check(
            !TextNormalizer.fold(p).isBlank(),
            "phrase",
            "a word or phrase with a letter or digit",
            "'" + Checks.printable(p) + "'");
      }
    }
  }

  /**
   * Matches when the response's free text mentions at least one of {@code topics}, as read by the
   * engine's {@link TextAnalyzer} over all text answers (joined by newlines, the response locale as
   * the language hint). A response without text mentions nothing and never matches. Every topic
   * must be in the analyzer's taxonomy: {@link RuleEngine.Builder#build()} checks it.
   *
   * @param topics at least one topic id (lower-case letters, digits and {@code _}, starting with a
   *     letter); kept sorted
   */
  record TopicIn(Set<String> topics) implements Condition {
    private static final Pattern TOPIC_ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /** Creates the condition; the ids are copied into an unmodifiable sorted set. */
    public TopicIn {
      Checks.notNull("topics", topics);
      TreeSet<String> copy = new TreeSet<>();
      for (String t : topics) {
        Checks.notNull("topic", t);
        Checks.check(
            TOPIC_ID.matcher(t).matches(),
            "topic",
            "1-64 lower-case letters, digits or '_' starting with a letter",
            "'" + Checks.printable(t) + "'");
        copy.add(t);
      }
      Checks.check(!copy.isEmpty(), "topics", "non-empty", "[]");
      topics = Collections.unmodifiableSortedSet(copy);
    }

    /** Creates the condition from the ids in any order (duplicates are dropped). */
    public static TopicIn of(String... topics) {
      return new TopicIn(new LinkedHashSet<>(Arrays.asList(Checks.notNull("topics", topics))));
    }
  }

  /**
   * Matches when the sentiment of the response's free text, as read by the engine's {@link
   * TextAnalyzer}, is one of {@code sentiments}. A response without text is {@link
   * Sentiment#NEUTRAL}.
   *
   * @param sentiments at least one sentiment; kept in the enum's order
   */
  record SentimentIn(Set<Sentiment> sentiments) implements Condition {
    /** Creates the condition; the set is copied. */
    public SentimentIn {
      Checks.notNull("sentiments", sentiments);
      Checks.check(!sentiments.isEmpty(), "sentiments", "non-empty", "[]");
      EnumSet<Sentiment> copy = EnumSet.noneOf(Sentiment.class);
      for (Sentiment s : sentiments) {
        copy.add(Checks.notNull("sentiment", s));
      }
      sentiments = Collections.unmodifiableSet(copy);
    }
  }

  /**
   * Matches the first response of a known respondent: none earlier in the tenant's history. An
   * anonymous response never matches.
   */
  record FirstResponse() implements Condition {}

  /**
   * Matches a repeat detractor: the answer to {@code question} is negative (detractor,
   * dissatisfied, hard, thumbs down) and, counting it, the respondent gave at least {@code times}
   * negative answers to that question within {@code within} before this response.
   *
   * @param question the question id (a scaled or thumbs question)
   * @param times at least 2
   * @param within the look-back period, positive
   */
  record RepeatDetractor(String question, int times, Duration within) implements Condition {
    /** Creates the condition. */
    public RepeatDetractor {
      Checks.identifier("question", question);
      Checks.check(times >= 2, "times", ">= 2", times);
      Checks.notNull("within", within);
      Checks.check(!within.isNegative() && !within.isZero(), "within", "> 0", within);
    }
  }

  /**
   * Matches when the score given to {@code question} is at least {@code by} lower than the
   * respondent's previous score for that question. No previous score never matches.
   *
   * @param question the question id (a scaled question)
   * @param by the drop, at least 1
   */
  record ScoreDropped(String question, int by) implements Condition {
    /** Creates the condition. */
    public ScoreDropped {
      Checks.identifier("question", question);
      Checks.positive("by", by);
    }
  }

  private static <T> List<T> nonEmpty(String name, @Nullable List<T> values) {
    List<T> copy = List.copyOf(Checks.notNull(name, values));
    Checks.check(!copy.isEmpty(), name, "non-empty", "[]");
    return copy;
  }

  private static <T> List<T> distinct(String name, @Nullable List<T> values) {
    return List.copyOf(new LinkedHashSet<>(nonEmpty(name, values)));
  }

  private static List<String> identifiers(String name, @Nullable List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : distinct(name, values)) {
      out.add(Checks.identifier(name + " element", v));
    }
    return List.copyOf(out);
  }
}
