package io.feedbackloop.routing.sla;

import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.rules.Action.CasePriority;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the {@link SlaPolicy} of a case by the rule that opened it, its priority or segment
 * attributes of the response. Entries are tried in the order they were added; the first match wins;
 * if none matches, the fallback applies ({@link SlaPolicy#ofDefaults()} unless configured).
 *
 * <p>Immutable and thread-safe.
 */
public final class SlaPolicies {
  private static final SlaPolicies DEFAULTS = builder().build();

  private final List<Entry> entries;
  private final SlaPolicy fallback;

  private SlaPolicies(Builder b) {
    this.entries = List.copyOf(b.entries);
    this.fallback = b.fallback;
  }

  /** No entries; every case gets {@link SlaPolicy#ofDefaults()}. */
  public static SlaPolicies ofDefaults() {
    return DEFAULTS;
  }

  /** Starts a configuration; the fallback defaults to {@link SlaPolicy#ofDefaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Chooses the policy for a case.
   *
   * @param ruleId the id of the rule that opened the case, or null if no rule did
   * @param priority the case's priority
   * @param attributes the response's attributes (segment values such as {@code plan} or {@code
   *     region})
   * @return the first matching entry's policy, else the fallback; never null
   */
  public SlaSelection select(
      @Nullable String ruleId, CasePriority priority, Map<String, String> attributes) {
    Checks.notNull("priority", priority);
    Checks.notNull("attributes", attributes);
    for (Entry e : entries) {
      if (e.matches(ruleId, priority, attributes)) {
        return new SlaSelection(e.policy, e.describe());
      }
    }
    return new SlaSelection(fallback, "default");
  }

  /**
   * The configured policy with this name (an entry's or the fallback), if any; the first one if
   * several share the name. Lets a case opened under a policy find it again later.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<SlaPolicy> named(String name) {
    Checks.notNull("name", name);
    for (Entry e : entries) {
      if (e.policy.name().equals(name)) {
        return Optional.of(e.policy);
      }
    }
    return fallback.name().equals(name) ? Optional.of(fallback) : Optional.empty();
  }

  /** The policy used when no entry matches. */
  public SlaPolicy fallback() {
    return fallback;
  }

  @Override
  public String toString() {
    return "SlaPolicies[entries=" + entries.size() + ", fallback=" + fallback.name() + "]";
  }

  /** One "when ... use policy" entry; exactly one of the three conditions is set. */
  private static final class Entry {
    private final @Nullable String ruleId;
    private final @Nullable CasePriority priority;
    private final Map<String, String> segment;
    private final SlaPolicy policy;

    Entry(
        @Nullable String ruleId,
        @Nullable CasePriority priority,
        Map<String, String> segment,
        SlaPolicy policy) {
      this.ruleId = ruleId;
      this.priority = priority;
      this.segment = segment;
      this.policy = policy;
    }

    boolean matches(@Nullable String rule, CasePriority p, Map<String, String> attributes) {
      if (ruleId != null) {
        return ruleId.equals(rule);
      }
      if (priority != null) {
        return priority == p;
      }
      for (Map.Entry<String, String> s : segment.entrySet()) {
        if (!s.getValue().equals(attributes.get(s.getKey()))) {
          return false;
        }
      }
      return true;
    }

    String describe() {
      if (ruleId != null) {
        return "rule=" + ruleId;
      }
      if (priority != null) {
        return "priority=" + priority.wireName();
      }
      return "segment=" + segment;
    }
  }

  /** Builds {@link SlaPolicies}. Not thread-safe. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();
    private SlaPolicy fallback = SlaPolicy.ofDefaults();

    private Builder() {}

    /** Uses {@code policy} for cases opened by the rule with id {@code ruleId}. */
    public Builder forRule(String ruleId, SlaPolicy policy) {
      entries.add(
          new Entry(
              Checks.identifier("ruleId", ruleId),
              null,
              Map.of(),
              Checks.notNull("policy", policy)));
      return this;
    }

    /** Uses {@code policy} for cases of this priority. */
    public Builder forPriority(CasePriority priority, SlaPolicy policy) {
      entries.add(
          new Entry(
              null,
              Checks.notNull("priority", priority),
              Map.of(),
              Checks.notNull("policy", policy)));
      return this;
    }

    /**
     * Uses {@code policy} for responses whose attributes include every given attribute with exactly
     * the given value (e.g. {@code plan=enterprise}).
     *
     * @throws IllegalArgumentException if {@code segment} is empty
     */
    public Builder forSegment(Map<String, String> segment, SlaPolicy policy) {
      Checks.notNull("segment", segment);
      Checks.check(!segment.isEmpty(), "segment", "not empty", segment);
      entries.add(new Entry(null, null, new TreeMap<>(segment), Checks.notNull("policy", policy)));
      return this;
    }

    /** The policy when no entry matches (default {@link SlaPolicy#ofDefaults()}). */
    public Builder otherwise(SlaPolicy policy) {
      this.fallback = Checks.notNull("policy", policy);
      return this;
    }

    /** Builds the configuration. */
    public SlaPolicies build() {
      return new SlaPolicies(this);
    }
  }
}
