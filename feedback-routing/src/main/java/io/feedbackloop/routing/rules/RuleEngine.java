package io.feedbackloop.routing.rules;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.SurveyCatalog;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ValidationException;
import io.feedbackloop.routing.internal.rules.Binder;
import io.feedbackloop.routing.internal.rules.BoundSurvey;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.internal.rules.Plan;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * <p>Immutable and thread-safe. Reloading rules is building a new engine ({@link #reload}).
 */
public final class RuleEngine {
  private final RuleSet ruleSet;
  private final SurveyCatalog surveys;
  private final RespondentHistory history;
  private final Map<String, CustomActionType> customTypes;
  private final Plan plan;
  private final Map<String, BoundSurvey> bound = new java.util.HashMap<>();
  private final Map<String, BoundSurvey> latest = new java.util.HashMap<>();

  private RuleEngine(
      RuleSet ruleSet,
      SurveyCatalog surveys,
      RespondentHistory history,
      Map<String, CustomActionType> customTypes) {
    List<Problem> problems = Binder.check(ruleSet, surveys, customTypes);
    if (!problems.isEmpty()) {
      throw new ValidationException("rule set " + ruleSet.id() + " v" + ruleSet.version(), problems);
    }
    this.ruleSet = ruleSet;
    this.surveys = surveys;
    this.history = history;
    this.customTypes = customTypes;
    for (Survey s : surveys.all()) {
      BoundSurvey b = BoundSurvey.of(s);
      bound.put(s.id() + '\u0000' + s.version(), b);
      latest.merge(s.id(), b, (x, y) -> x.survey().version() >= y.survey().version() ? x : y);
    }
    this.plan = Plan.compile(ruleSet, this::surveyOf, history, true);
  }

  /** Starts an engine for {@code ruleSet}. */
  public static Builder builder(RuleSet ruleSet) {
    return new Builder(ruleSet);
  }

  /**
   * Evaluates {@code response}: the matched rules and their keyed actions, without explanations.
   *
   * @throws RuntimeException whatever the {@link RespondentHistory} throws, when a history
   *     condition is reached
   */
  public Decision evaluate(Response response) {
    return plan.evaluate(Checks.notNull("response", response), false);
  }

  /**
   * Evaluates {@code response} like {@link #evaluate}, and explains every rule: matched or not and
   * why, with each sub-condition's actual value. Slower: every rule and every part is evaluated.
   */
  public Decision explain(Response response) {
    return plan.evaluate(Checks.notNull("response", response), true);
  }

  /** The rule set. */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * A new engine with {@code newRuleSet} and this engine's surveys, history and custom types.
   * Action keys do not depend on the rule-set version, so a reload never duplicates actions.
   *
   * @throws ValidationException if the new rule set does not bind
   */
  public RuleEngine reload(RuleSet newRuleSet) {
    return new RuleEngine(Checks.notNull("ruleSet", newRuleSet), surveys, history, customTypes);
  }

  private @Nullable BoundSurvey surveyOf(Response r) {
    BoundSurvey s = bound.get(r.surveyId() + '\u0000' + r.surveyVersion());
    return s != null ? s : latest.get(r.surveyId());
  }

  /**
   * Builds a {@link RuleEngine}. Defaults: no surveys (then only rules without question references
   * bind), no history ({@link RespondentHistory#none()}), no custom action types. Not thread-safe.
   */
  public static final class Builder {
    private final RuleSet ruleSet;
    private SurveyCatalog surveys = SurveyCatalog.of();
    private RespondentHistory history = RespondentHistory.none();
    private final Map<String, CustomActionType> customTypes = new TreeMap<>();

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
     *     /rules/2/when/all/0/category/question})
     */
    public RuleEngine build() {
      return new RuleEngine(ruleSet, surveys, history, Map.copyOf(customTypes));
    }
  }
}
