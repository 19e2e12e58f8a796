package io.feedbackloop.routing.rules;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One follow-up rule: when its {@link Condition} matches a response, it asks for its {@link
 * Action}s.
 *
 * <p>A rule has an id (stable: it goes into every action's idempotency key, so renaming a rule
 * makes its actions new), a name and description for people, a priority (higher runs first), an
 * enabled flag, an optional effective period {@code [from, until)} compared with the response's
 * submission time, and a stop-processing flag: when a rule with it matches, lower rules are not
 * evaluated.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder(String)}.
 */
public final class Rule {
  private final String id;
  private final String name;
  private final String description;
  private final int priority;
  private final boolean enabled;
  private final @Nullable Instant effectiveFrom;
  private final @Nullable Instant effectiveUntil;
  private final Condition condition;
  private final List<Action> actions;
  private final boolean stopProcessing;

  private Rule(Builder b, Condition condition) {
    this.id = b.id;
    this.name = b.name != null ? b.name : b.id;
    this.description = b.description;
    this.priority = b.priority;
    this.enabled = b.enabled;
    this.effectiveFrom = b.effectiveFrom;
    this.effectiveUntil = b.effectiveUntil;
    this.condition = condition;
    this.actions = List.copyOf(b.actions);
    this.stopProcessing = b.stopProcessing;
  }

  /** Starts a rule with this id (1-64 letters, digits, '.', '_', '-'). */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder holding everything this rule holds, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b =
        new Builder(id)
            .name(name)
            .description(description)
            .priority(priority)
            .enabled(enabled)
            .when(condition)
            .stopProcessing(stopProcessing);
    b.effectiveFrom = effectiveFrom;
    b.effectiveUntil = effectiveUntil;
    b.actions.addAll(actions);
    return b;
  }

  /** The stable id, part of every action key. */
  public String id() {
    return id;
  }

  /** A name for people (defaults to the id). */
  public String name() {
    return name;
  }

  /** A description for people (may be empty). */
  public String description() {
    return description;
  }

  /** The priority: higher runs first; equal priorities run in rule-set order. */
  public int priority() {
    return priority;
  }

  /** Whether the rule is evaluated at all. */
  public boolean enabled() {
    return enabled;
  }

  /** The first submission time the rule applies to (inclusive), if limited. */
  public Optional<Instant> effectiveFrom() {
    return Optional.ofNullable(effectiveFrom);
  }

  /** The submission time from which the rule no longer applies (exclusive), if limited. */
  public Optional<Instant> effectiveUntil() {
    return Optional.ofNullable(effectiveUntil);
  }

  /** Tells whether a response submitted at {@code at} falls in the effective period. */
  public boolean effectiveAt(Instant at) {
    return (effectiveFrom == null || !at.isBefore(effectiveFrom))
        && (effectiveUntil == null || at.isBefore(effectiveUntil));
  }

  /** The condition. */
  public Condition condition() {
    return condition;
  }

  /** The actions, at least one, in order. */
  public List<Action> actions() {
    return actions;
  }

  /** Whether a match stops the evaluation of lower rules. */
  public boolean stopProcessing() {
    return stopProcessing;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rule r
        && id.equals(r.id)
        && name.equals(r.name)
        && description.equals(r.description)
        && priority == r.priority
        && enabled == r.enabled
        && Objects.equals(effectiveFrom, r.effectiveFrom)
        && Objects.equals(effectiveUntil, r.effectiveUntil)
        && condition.equals(r.condition)
        && actions.equals(r.actions)
        && stopProcessing == r.stopProcessing;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, priority, condition, actions);
  }

  @Override
  public String toString() {
    return "Rule[" + id + ", priority=" + priority + (enabled ? "" : ", disabled") + "]";
  }

  /**
   * Builds a {@link Rule}. Defaults: name = id, empty description, priority 0, enabled, always
   * effective, not stopping. A condition and at least one action are required. Not thread-safe.
   */
  public static final class Builder {
    private final String id;
    private @Nullable String name;
    private String description = "";
    private int priority;
    private boolean enabled = true;
    private @Nullable Instant effectiveFrom;
    private @Nullable Instant effectiveUntil;
    private @Nullable Condition condition;
    private final List<Action> actions = new ArrayList<>();
    private boolean stopProcessing;

    private Builder(String id) {
      this.id = Checks.identifier("rule id", id);
    }

    /** Sets the name for people. */
    public Builder name(String value) {
      this.name = Checks.notBlank("name", value);
      return this;
    }

    /** Sets the description (may be empty). */
    public Builder description(String value) {
      this.description = Checks.notNull("description", value);
      return this;
    }

    /** Sets the priority (higher runs first). */
    public Builder priority(int value) {
      this.priority = value;
      return this;
    }

    /** Enables or disables the rule. */
    public Builder enabled(boolean value) {
      this.enabled = value;
      return this;
    }

    /** Limits the rule to responses submitted in {@code [from, until)}; null leaves an end open. */
    public Builder effective(@Nullable Instant from, @Nullable Instant until) {
      if (from != null && until != null) {
        Checks.check(from.isBefore(until), "effective until", "after from (" + from + ")", until);
      }
      this.effectiveFrom = from;
      this.effectiveUntil = until;
      return this;
    }

    /** Sets the condition. */
    public Builder when(Condition value) {
      this.condition = Checks.notNull("condition", value);
      return this;
    }

    /** Appends actions. */
    public Builder then(Action... values) {
      for (Action a : values) {
        actions.add(Checks.notNull("action", a));
      }
      return this;
    }

    /** Appends actions. */
    public Builder then(List<? extends Action> values) {
      return then(values.toArray(new Action[0]));
    }

    /** Sets whether a match stops the evaluation of lower rules. */
    public Builder stopProcessing(boolean value) {
      this.stopProcessing = value;
      return this;
    }

    /**
     * Builds the rule.
     *
     * @throws IllegalStateException if no condition or no action was given
     */
    public Rule build() {
      Condition c = condition;
      if (c == null) {
        throw new IllegalStateException("rule " + id + " needs a condition (call when(...))");
      }
      if (actions.isEmpty()) {
        throw new IllegalStateException("rule " + id + " needs at least one action (call then(...))");
      }
      return new Rule(this, c);
    }
  }
}
