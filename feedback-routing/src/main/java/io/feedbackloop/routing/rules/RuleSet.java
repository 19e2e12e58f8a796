package io.feedbackloop.routing.rules;

import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import io.feedbackloop.core.validation.ValidationException;
import io.feedbackloop.routing.internal.rules.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A versioned set of {@link Rule}s, evaluated in priority order (higher first; equal priorities in
 * the order given).
 *
 * <p>Checked on {@link Builder#build()}: rule ids are unique, and no enabled rule is unreachable
 * because an earlier, always-effective catch-all rule ({@link Condition.Always}) stops processing.
 * Problems carry JSON-pointer paths into the rule-set document ({@code /rules/3/id}), so that
 * errors read the same for rules written in Java and rules read by {@link RuleJson}.
 *
 * <p>The version is for people and audit only: action keys never contain it, so reloading a rule
 * set never duplicates an action. Immutable and thread-safe.
 */
public final class RuleSet {
  private final String id;
  private final int version;
  private final List<Rule> rules;
  private final List<Rule> evaluationOrder;

  private RuleSet(String id, int version, List<Rule> rules, List<Rule> evaluationOrder) {
    this.id = id;
    this.version = version;
    this.rules = rules;
    this.evaluationOrder = evaluationOrder;
  }

  /** Starts a rule set with this id, version 1. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The rule-set id. */
  public String id() {
    return id;
  }

  /** The version, {@code >= 1}. */
  public int version() {
    return version;
  }

  /** The rules in the order given. */
  public List<Rule> rules() {
    return rules;
  }

  /** The rules in evaluation order: priority descending, then the order given. */
  public List<Rule> evaluationOrder() {
    return evaluationOrder;
  }

  /** The rule with this id, if any. */
  public Optional<Rule> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  /** A builder with this set's id, version and rules, for the next version. */
  public Builder toBuilder() {
    return new Builder(id).version(version).rules(rules);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RuleSet s && id.equals(s.id) && version == s.version && rules.equals(s.rules);
  }

  @Override
  public int hashCode() {
    return 31 * id.hashCode() + rules.hashCode();
  }

  @Override
  public String toString() {
    return "RuleSet[" + id + " v" + version + ", " + rules.size() + " rules]";
  }

  /** Builds a {@link RuleSet}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private int version = 1;
    private final List<Rule> rules = new ArrayList<>();

    private Builder(String id) {
      this.id = Checks.identifier("rule set id", id);
    }

    /** Sets the version ({@code >= 1}). */
    public Builder version(int value) {
      this.version = Checks.positive("version", value);
      return this;
    }

    /** Appends a rule. */
    public Builder rule(Rule value) {
      rules.add(Checks.notNull("rule", value));
      return this;
    }

    /** Appends rules. */
    public Builder rules(List<Rule> values) {
      values.forEach(this::rule);
      return this;
    }

    /**
     * Builds the rule set.
     *
     * @throws ValidationException listing duplicate rule ids and unreachable rules (code {@code
     *     invalid_definition}, paths such as {@code /rules/3})
     */
    public RuleSet build() {
      List<Problem> problems = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < rules.size(); i++) {
        Rule r = rules.get(i);
        Integer first = seen.putIfAbsent(r.id(), i);
        if (first != null) {
          problems.add(
              new Problem(
                  "/rules/" + i + "/id",
                  ProblemCode.INVALID_DEFINITION,
                  "rule id '" + r.id() + "' is used by rule " + first + " already"));
        }
      }
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        positions.add(i);
      }
      // stable sort: equal priorities keep the order given
      positions.sort(Comparator.comparingInt((Integer i) -> rules.get(i).priority()).reversed());
      List<Rule> order = new ArrayList<>();
      Rule catchAll = null;
      for (int position : positions) {
        Rule r = rules.get(position);
        order.add(r);
        if (!r.enabled()) {
          continue;
        }
        if (catchAll != null) {
          problems.add(
              new Problem(
                  "/rules/" + position,
                  ProblemCode.INVALID_DEFINITION,
                  "rule '" + r.id() + "' (priority " + r.priority() + ") is unreachable: the"
                      + " catch-all rule '" + catchAll.id() + "' (priority " + catchAll.priority()
                      + ") matches every response before it and stops processing"));
        } else if (r.stopProcessing()
            && r.condition() instanceof Condition.Always
            && r.effectiveFrom().isEmpty()
            && r.effectiveUntil().isEmpty()) {
          catchAll = r;
        }
      }
      if (!problems.isEmpty()) {
        throw new ValidationException("rule set " + id + " v" + version, problems);
      }
      return new RuleSet(id, version, List.copyOf(rules), List.copyOf(order));
    }
  }
}
