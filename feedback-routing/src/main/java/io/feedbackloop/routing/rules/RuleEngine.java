package io.feedbackloop.routing.rules;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.SurveyCatalog;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ValidationException;
import io.feedbackloop.routing.internal.rules.Binder;
import io.feedbackloop.routing.internal.rules.BoundSurvey;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.internal.rules.Matchers;
import io.feedbackloop.routing.internal.rules.Plan;
import io.feedbackloop.scoring.text.TextAnalyzer;
import io.feedbackloop.scoring.text.TextInsight;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates responses against a {@link RuleSet} bound to the surveys it reads.
 *
 * <p>Building the engine checks every reference of the rule set against the surveys (a condition
 * naming a question no survey in scope has, or one of a type that does not fit, such as a category
 * on a text question) and every custom action against the registered {@link CustomActionType}s,
 * then compiles the conditions once into an evaluation plan. Evaluation is deterministic: it reads
 * only the response, the surveys and the respondent history (the effective period of a rule is
 * compared with the response's submission time, not the clock).
 *
 * <p>The survey of a response is found by id and version, falling back to the newest version of
 * the id; without it, category conditions do not match (score, attribute and text conditions still
 * work).
 *
 * <p><b>Text insight.</b> {@link Condition.TopicIn topic} and {@link Condition.SentimentIn
 * sentiment} conditions read the response's free text through a {@link TextAnalyzer} ({@link
 * Builder#textAnalyzer}; {@link TextAnalyzer#ofDefaults()} when none is set, created only if a rule
 * has such a condition). The analysis is lazy: at most once per evaluation, and only when such a
 * condition is reached, over the text answers joined by newlines with the response locale as the
 * language hint. A host that has analysed the text already passes the insight to {@link
 * #evaluate(Response, TextInsight)}, and the analyzer is not called.
 *
 * <p>Immutable and thread-safe. Reloading rules is building a new engine ({@link #reload}).
 */
public final class RuleEngine {
  private final RuleSet ruleSet;
  private final SurveyCatalog surveys;
  private final RespondentHistory history;
  private final Map<String, CustomActionType> customTypes;
  private final @Nullable TextAnalyzer configuredAnalyzer;
  private final @Nullable TextAnalyzer analyzer;
  private final Plan plan;
  private final Map<String, BoundSurvey> bound = new java.util.HashMap<>();
  private final Map<String, BoundSurvey> latest = new java.util.HashMap<>();

  private RuleEngine(
      RuleSet ruleSet,
      SurveyCatalog surveys,
      RespondentHistory history,
      Map<String, CustomActionType> customTypes,
      @Nullable TextAnalyzer configuredAnalyzer) {
    boolean insight = ruleSet.rules().stream().anyMatch(r -> Matchers.needsInsight(r.condition()));
    TextAnalyzer a = null;
    if (insight) {
      a = configuredAnalyzer != null ? configuredAnalyzer : TextAnalyzer.ofDefaults();
    }
    List<Problem> problems =
        Binder.check(
            ruleSet, surveys, customTypes, a == null ? new TreeSet<>() : a.taxonomy().ids());
    if (!problems.isEmpty()) {
      throw new ValidationException("rule set " + ruleSet.id() + " v" + ruleSet.version(), problems);
    }
    this.ruleSet = ruleSet;
    this.surveys = surveys;
    this.history = history;
    this.customTypes = customTypes;
    this.configuredAnalyzer = configuredAnalyzer;
    this.analyzer = a;
    for (Survey s : surveys.all()) {
      BoundSurvey b = BoundSurvey.of(s);
      bound.put(s.id() + '\u0000' + s.version(), b);
      latest.merge(s.id(), b, (x, y) -> x.survey().version() >= y.survey().version() ? x : y);
    }
    this.plan = Plan.compile(ruleSet, this::surveyOf, history, a == null ? null : a::analyze, true);
  }

  /** Starts an engine for {@code ruleSet}. */
  public static Builder builder(RuleSet ruleSet) {
    return new Builder(ruleSet);
  }

  /**
   * Evaluates {@code response}: the matched rules and their keyed actions, without explanations.
   *
   * @throws RuntimeException whatever the {@link RespondentHistory} throws, when a history
   *     condition is reached, or the {@link TextAnalyzer}, when a text-insight condition is
   */
  public Decision evaluate(Response response) {
    return plan.evaluate(Checks.notNull("response", response), null, false);
  }

  /**
   * Evaluates {@code response} like {@link #evaluate(Response)}, with the text insight the host
   * has already computed for it (for example with the same {@link TextAnalyzer}): topic and
   * sentiment conditions read {@code insight}, and the engine's analyzer is not called.
   *
   * @throws NullPointerException if an argument is null
   * @throws RuntimeException whatever the {@link RespondentHistory} throws, when a history
   *     condition is reached
   */
  public Decision evaluate(Response response, TextInsight insight) {
    return plan.evaluate(
        Checks.notNull("response", response), Checks.notNull("insight", insight), false);
  }

  /**
   * Evaluates {@code response} like {@link #evaluate}, and explains every rule: matched or not and
   * why, with each sub-condition's actual value. Slower: every rule and every part is evaluated.
   */
  public Decision explain(Response response) {
    return plan.evaluate(Checks.notNull("response", response), null, true);
  }

  /**
   * Explains {@code response} like {@link #explain(Response)}, with the text insight the host has
   * already computed (see {@link #evaluate(Response, TextInsight)}).
   */
  public Decision explain(Response response, TextInsight insight) {
    return plan.evaluate(
        Checks.notNull("response", response), Checks.notNull("insight", insight), true);
  }

  /**
   * The text analyzer the topic and sentiment conditions use; empty when no rule has such a
   * condition (then none is created, not even the default).
   */
  public Optional<TextAnalyzer> textAnalyzer() {
    return Optional.ofNullable(analyzer);
  }

  /** The rule set. */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * A new engine with {@code newRuleSet} and this engine's surveys, history, custom types and
   * configured text analyzer.
   * Action keys do not depend on the rule-set version, so a reload never duplicates actions.
   *
   * @throws ValidationException if the new rule set does not bind
   */
  public RuleEngine reload(RuleSet newRuleSet) {
    return new RuleEngine(
        Checks.notNull("ruleSet", newRuleSet), surveys, history, customTypes, configuredAnalyzer);
  }

  private @Nullable BoundSurvey surveyOf(Response r) {
    BoundSurvey s = bound.get(r.surveyId() + '\u0000' + r.surveyVersion());
    return s != null ? s : latest.get(r.surveyId());
  }

  /**
   * Builds a {@link RuleEngine}. Defaults: no surveys (then only rules without question references
   * bind), no history ({@link RespondentHistory#none()}), no custom action types, {@link
   * TextAnalyzer#ofDefaults()} for text-insight conditions. Not thread-safe.
   */
  public static final class Builder {
    private final RuleSet ruleSet;
    private SurveyCatalog surveys = SurveyCatalog.of();
    private RespondentHistory history = RespondentHistory.none();
    private final Map<String, CustomActionType> customTypes = new TreeMap<>();
    private @Nullable TextAnalyzer textAnalyzer;

    private Builder(RuleSet ruleSet) {
      this.ruleSet = Checks.notNull("ruleSet", ruleSet);
    }

    /** Sets the surveys the rules read. */
    public Builder surveys(SurveyCatalog value) {
      this.surveys = Checks.notNull("surveys", value);
      return this;
    }

    /** Sets the surveys the rules read. */
    public Builder surveys(Survey... values) {
      return surveys(SurveyCatalog.of(values));
    }

    /** Sets where the history conditions read the respondent's earlier responses. */
    public Builder history(RespondentHistory value) {
      this.history = Checks.notNull("history", value);
      return this;
    }

    /**
     * Sets the analyzer that reads the free text for topic and sentiment conditions (its taxonomy
     * decides which topics the rules may name); default {@link TextAnalyzer#ofDefaults()}, created
     * only when a rule has such a condition.
     */
    public Builder textAnalyzer(TextAnalyzer value) {
      this.textAnalyzer = Checks.notNull("textAnalyzer", value);
      return this;
    }

    /**
     * Registers a custom action type.
     *
     * @throws IllegalArgumentException if a type of that name is registered already
     */
    public Builder customActionType(CustomActionType value) {
      Checks.notNull("customActionType", value);
      String type = Checks.identifier("custom action type", value.type());
      Checks.check(!customTypes.containsKey(type), "custom action type " + type, "registered once",
          "registered twice");
      customTypes.put(type, value);
      return this;
    }

    /**
     * Binds and compiles the rule set.
     *
     * @throws ValidationException with every reference problem (codes {@code bad_condition} and
     *     {@code invalid_definition}, JSON-pointer paths such as {@code
     *     /rules/2/when/all/0/category/question}), including a topic condition naming a topic
     *     the text analyzer's taxonomy lacks (the message names the rule, the topic and the known
     *     ids)
     */
    public RuleEngine build() {
      return new RuleEngine(ruleSet, surveys, history, Map.copyOf(customTypes), textAnalyzer);
    }
  }
}
