package io.feedbackloop.routing.internal.rules;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.routing.rules.ConditionTrace;
import io.feedbackloop.routing.rules.Decision;
import io.feedbackloop.routing.rules.KeyedAction;
import io.feedbackloop.routing.rules.RespondentHistory;
import io.feedbackloop.routing.rules.Rule;
import io.feedbackloop.routing.rules.RuleExplanation;
import io.feedbackloop.routing.rules.RuleExplanation.Outcome;
import io.feedbackloop.routing.rules.RuleSet;
import io.feedbackloop.scoring.text.TextInsight;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A rule set compiled for evaluation: one {@link Matcher} per rule, in evaluation order.
 * Immutable and thread-safe.
 */
public final class Plan {
  private final RuleSet set;
  private final Rule[] rules;
  private final Matcher[] matchers;
  private final Function<Response, @Nullable BoundSurvey> surveys;
  private final RespondentHistory history;
  private final @Nullable AlphaIndex index;
  private final @Nullable TextAnalysis analyzer;

  private Plan(
      RuleSet set,
      Function<Response, @Nullable BoundSurvey> surveys,
      RespondentHistory history,
      @Nullable TextAnalysis analyzer,
      boolean indexed) {
    this.set = set;
    this.surveys = surveys;
    this.history = history;
    this.analyzer = analyzer;
    List<Rule> order = set.evaluationOrder();
    this.rules = order.toArray(new Rule[0]);
    this.matchers = new Matcher[rules.length];
    for (int i = 0; i < rules.length; i++) {
      matchers[i] = Matchers.compile(rules[i].condition());
    }
    this.index = indexed ? AlphaIndex.build(rules) : null;
  }

  /**
   * Compiles {@code set}; its references must have been checked by {@link Binder}. With {@code
   * indexed}, evaluation without explanation visits only the candidates of an {@link AlphaIndex}.
   */
  public static Plan compile(
      RuleSet set,
      Function<Response, @Nullable BoundSurvey> surveys,
      RespondentHistory history,
      boolean indexed) {
    return new Plan(set, surveys, history, null, indexed);
  }

  /**
   * Compiles {@code set} like {@link #compile(RuleSet, Function, RespondentHistory, boolean)};
   * text-insight conditions read the text with {@code analyzer} (null only if the set has none).
   */
  public static Plan compile(
      RuleSet set,
      Function<Response, @Nullable BoundSurvey> surveys,
      RespondentHistory history,
      @Nullable TextAnalysis analyzer,
      boolean indexed) {
    return new Plan(set, surveys, history, analyzer, indexed);
  }

  /** Evaluates {@code response}, with an explanation per rule when {@code explain} is set. */
  public Decision evaluate(Response response, boolean explain) {
    return evaluate(response, null, explain);
  }

  /**
   * Evaluates {@code response} with the text insight {@code given} by the host, or, when null,
   * the insight read lazily by the plan's analyzer.
   */
  public Decision evaluate(Response response, @Nullable TextInsight given, boolean explain) {
    Facts facts = new Facts(response, surveys, history, analyzer, given);
    AlphaIndex alpha = index;
    long[] candidates = explain || alpha == null ? null : alpha.candidates(facts);
    List<String> matched = new ArrayList<>(4);
    List<KeyedAction> actions = new ArrayList<>(4);
    List<RuleExplanation> explanations = explain ? new ArrayList<>(rules.length) : List.of();
    boolean stopped = false;
    for (int i = 0; i < rules.length; i++) {
      if (candidates != null && (candidates[i >>> 6] & (1L << i)) == 0) {
        continue; // cannot match: the index rules it out
      }
      Rule rule = rules[i];
      if (!rule.enabled()) {
        if (explain) {
          explanations.add(new RuleExplanation(rule.id(), rule.priority(), Outcome.DISABLED, null));
        }
        continue;
      }
      if (stopped) {
        if (!explain) {
          break;
        }
        explanations.add(new RuleExplanation(rule.id(), rule.priority(), Outcome.NOT_REACHED, null));
        continue;
      }
      if (!rule.effectiveAt(response.submittedAt())) {
        if (explain) {
          explanations.add(
              new RuleExplanation(rule.id(), rule.priority(), Outcome.NOT_EFFECTIVE, null));
        }
        continue;
      }
      boolean hit;
      if (explain) {
        ConditionTrace trace = matchers[i].explain(facts, "/when");
        hit = trace.matched();
        explanations.add(
            new RuleExplanation(
                rule.id(), rule.priority(), hit ? Outcome.MATCHED : Outcome.NOT_MATCHED, trace));
      } else {
        hit = matchers[i].test(facts);
      }
      if (hit) {
        matched.add(rule.id());
        for (int j = 0; j < rule.actions().size(); j++) {
          actions.add(
              new KeyedAction(response.tenant(), response.id(), rule.id(), j, rule.actions().get(j)));
        }
        stopped = rule.stopProcessing();
      }
    }
    return new Decision(
        response.tenant(), response.id(), set.id(), set.version(), matched, actions, explanations);
  }
}
