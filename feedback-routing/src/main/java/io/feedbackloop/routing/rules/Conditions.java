package io.feedbackloop.routing.rules;

import io.feedbackloop.core.response.Channel;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.rules.Condition.TextMatch;
import io.feedbackloop.scoring.Category;
import io.feedbackloop.scoring.text.Sentiment;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The Java DSL for {@link Condition}s: static factories meant for static import.
 *
 * <pre>{@code
 * Condition c = all(detractor("nps"), any(attributeIn("tier", "gold"), attributeAtLeast("order_value", 500)));
 * }</pre>
 *
 * <p>Every factory validates its arguments and throws {@link IllegalArgumentException} or {@link
 * NullPointerException} with a message naming the bad argument.
 */
public final class Conditions {
  private Conditions() {}

  /** Matches every response. */
  public static Condition always() {
    return new Condition.Always();
  }

  /** Matches when all of {@code conditions} match. */
  public static Condition all(Condition... conditions) {
    return new Condition.All(List.of(conditions));
  }

  /** Matches when any of {@code conditions} matches. */
  public static Condition any(Condition... conditions) {
    return new Condition.Any(List.of(conditions));
  }

  /** Matches when {@code condition} does not. */
  public static Condition not(Condition condition) {
    return new Condition.Not(condition);
  }

  /** The answer to {@code question} falls in one of {@code categories}. */
  public static Condition category(String question, Category... categories) {
    return new Condition.CategoryIn(question, List.of(categories));
  }

  /** An NPS detractor (0-6), or the negative class of any other scale or thumbs down. */
  public static Condition detractor(String question) {
    return category(question, Category.NEGATIVE);
  }

  /** An NPS passive (7-8), or the neutral class of any other scale. */
  public static Condition passive(String question) {
    return category(question, Category.NEUTRAL);
  }

  /** An NPS promoter (9-10), or the positive class of any other scale or thumbs up. */
  public static Condition promoter(String question) {
    return category(question, Category.POSITIVE);
  }

  /** The score given to {@code question} compares to {@code value}. */
  public static Condition score(String question, Comparison comparison, int value) {
    return new Condition.ScoreIs(question, comparison, value);
  }

  /** The score given to {@code question} lies in {@code min..max} (both inclusive). */
  public static Condition scoreBetween(String question, int min, int max) {
    return all(score(question, Comparison.AT_LEAST, min), score(question, Comparison.AT_MOST, max));
  }

  /** A response to one of these surveys. */
  public static Condition survey(String... surveyIds) {
    return new Condition.SurveyIn(List.of(surveyIds));
  }

  /** A response from one of these touchpoints. */
  public static Condition touchpoint(String... touchpoints) {
    return new Condition.TouchpointIn(List.of(touchpoints));
  }

  /** A response through one of these channels. */
  public static Condition channel(Channel... channels) {
    return new Condition.ChannelIn(List.of(channels));
  }

  /** A response in one of these locales, given as language tags ({@code sv}, {@code de-AT}). */
  public static Condition locale(String... languageTags) {
    return new Condition.LocaleIn(
        List.of(languageTags).stream().map(Locale::forLanguageTag).toList());
  }

  /** The attribute {@code name} equals {@code value}. */
  public static Condition attributeEquals(String name, String value) {
    return new Condition.AttributeIn(name, List.of(value));
  }

  /** The attribute {@code name} equals one of {@code values}. */
  public static Condition attributeIn(String name, String... values) {
    return new Condition.AttributeIn(name, List.of(values));
  }

  /** The attribute {@code name}, read as a number, compares to {@code value}. */
  public static Condition attribute(String name, Comparison comparison, double value) {
    return new Condition.AttributeCompare(name, comparison, value);
  }

  /** The attribute {@code name}, read as a number, is at least {@code value}. */
  public static Condition attributeAtLeast(String name, double value) {
    return attribute(name, Comparison.AT_LEAST, value);
  }

  /** The response has the attribute {@code name}. */
  public static Condition attributeExists(String name) {
    return new Condition.AttributeExists(name);
  }

  /** The answer to text question {@code question} contains any of {@code phrases}. */
  public static Condition textContainsAny(String question, String... phrases) {
    return new Condition.TextContains(question, TextMatch.ANY, List.of(phrases));
  }

  /** The answer to text question {@code question} contains all of {@code phrases}. */
  public static Condition textContainsAll(String question, String... phrases) {
    return new Condition.TextContains(question, TextMatch.ALL, List.of(phrases));
  }

  /** Some text answer of the response contains any of {@code phrases}. */
  public static Condition anyTextContainsAny(String... phrases) {
    return new Condition.TextContains(null, TextMatch.ANY, List.of(phrases));
  }

  /**
   * The response's free text mentions any of {@code topics} (ids of the engine's taxonomy, such as
   * {@code delivery} or {@code price}).
   */
  public static Condition topic(String... topics) {
    return Condition.TopicIn.of(topics);
  }

  /** The sentiment of the response's free text is one of {@code sentiments}. */
  public static Condition sentiment(Sentiment... sentiments) {
    return new Condition.SentimentIn(
        new LinkedHashSet<>(Arrays.asList(Checks.notNull("sentiments", sentiments))));
  }

  /** The respondent's first response in the tenant. */
  public static Condition firstResponse() {
    return new Condition.FirstResponse();
  }

  /** At least {@code times} negative answers to {@code question} within {@code within}. */
  public static Condition repeatDetractor(String question, int times, Duration within) {
    return new Condition.RepeatDetractor(question, times, within);
  }

  /** The score given to {@code question} dropped by at least {@code by} since the last one. */
  public static Condition scoreDropped(String question, int by) {
    return new Condition.ScoreDropped(question, by);
  }
}
