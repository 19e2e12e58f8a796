package io.feedbackloop.routing.rules;

import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.SurveyCatalog;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.scoring.text.TextAnalyzer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs a rule set over historical responses and reports what it would have done: cases per team
 * per day, messages per channel, how often each rule fired and which never did. For tuning rules
 * before switching them on; nothing is executed.
 *
 * <p>The respondent history the history conditions read is built from the stream itself: each
 * response is evaluated against the responses before it in the stream (optionally on top of a
 * {@linkplain Builder#history base history}). Feed responses in submission-time order.
 *
 * <p>Immutable and thread-safe; each {@link #run} is independent.
 */
public final class Simulation {
  private final RuleSet ruleSet;
  private final SurveyCatalog surveys;
  private final ZoneId zone;
  private final RespondentHistory base;
  private final List<CustomActionType> customTypes;
  private final @Nullable TextAnalyzer textAnalyzer;

  private Simulation(Builder b) {
    this.ruleSet = b.ruleSet;
    this.surveys = b.surveys;
    this.zone = b.zone;
    this.base = b.history;
    this.customTypes = List.copyOf(b.customTypes);
    this.textAnalyzer = b.textAnalyzer;
    engine(RespondentHistory.none()); // bind now, so that a bad rule set fails at build time
  }

  /** Starts a simulation of {@code ruleSet}. */
  public static Builder builder(RuleSet ruleSet) {
    return new Builder(ruleSet);
  }

  private RuleEngine engine(RespondentHistory history) {
    RuleEngine.Builder b = RuleEngine.builder(ruleSet).surveys(surveys).history(history);
    customTypes.forEach(b::customActionType);
    TextAnalyzer analyzer = textAnalyzer;
    if (analyzer != null) {
      b.textAnalyzer(analyzer);
    }
    return b.build();
  }

  /** Runs the simulation over {@code responses} (the stream is consumed, not closed). */
  public SimulationReport run(Stream<Response> responses) {
    Checks.notNull("responses", responses);
    InMemoryRespondentHistory seen = new InMemoryRespondentHistory();
    RespondentHistory history =
        (tenant, who, before) -> {
          List<Response> all = new ArrayList<>(base.before(tenant, who, before));
          all.addAll(seen.before(tenant, who, before));
          return all;
        };
    RuleEngine engine = engine(history);
    Map<String, Long> matches = new LinkedHashMap<>();
    ruleSet.evaluationOrder().forEach(r -> matches.put(r.id(), 0L));
    Map<String, Long> kinds = new TreeMap<>();
    Map<String, SortedMap<LocalDate, Long>> cases = new TreeMap<>();
    Map<Channel, Long> messages = new EnumMap<>(Channel.class);
    Map<String, Long> notifications = new TreeMap<>();
    long[] count = {0};
    responses.forEachOrdered(
        r -> {
          count[0]++;
          Decision d = engine.evaluate(r);
          seen.add(r);
          for (String id : d.matchedRules()) {
            matches.merge(id, 1L, Long::sum);
          }
          for (KeyedAction k : d.actions()) {
            Action a = k.action();
            kinds.merge(a.kind(), 1L, Long::sum);
            if (a instanceof Action.OpenCase c) {
              LocalDate day = r.submittedAt().atZone(zone).toLocalDate();
              cases.computeIfAbsent(c.team(), t -> new TreeMap<>()).merge(day, 1L, Long::sum);
            } else if (a instanceof Action.MessageCustomer) {
              messages.merge(r.channel(), 1L, Long::sum);
            } else if (a instanceof Action.NotifyTeam n) {
              notifications.merge(n.channel(), 1L, Long::sum);
            }
          }
        });
    List<String> never = new ArrayList<>();
    for (Rule r : ruleSet.evaluationOrder()) {
      if (r.enabled() && matches.getOrDefault(r.id(), 0L) == 0L) {
        never.add(r.id());
      }
    }
    return new SimulationReport(count[0], matches, never, kinds, cases, messages, notifications);
  }

  /** Runs the simulation over {@code responses}, in iteration order. */
  public SimulationReport run(Iterable<Response> responses) {
    List<Response> list = new ArrayList<>();
    Checks.notNull("responses", responses).forEach(list::add);
    return run(list.stream());
  }

  /**
   * Builds a {@link Simulation}. Defaults: no surveys, days in UTC, empty base history, no custom
   * action types, the engine's default text analyzer. Not thread-safe.
   */
  public static final class Builder {
    private final RuleSet ruleSet;
    private SurveyCatalog surveys = SurveyCatalog.of();
    private ZoneId zone = ZoneOffset.UTC;
    private RespondentHistory history = RespondentHistory.none();
    private final List<CustomActionType> customTypes = new ArrayList<>();
    private @Nullable TextAnalyzer textAnalyzer;

    private Builder(RuleSet ruleSet) {
      this.ruleSet = Checks.notNull("ruleSet", ruleSet);
    }

    /** Sets the surveys the rules read. */
    public Builder surveys(SurveyCatalog value) {
      this.surveys = Checks.notNull("surveys", value);
      return this;
    }

    /** Sets the time zone that decides the day of a case. */
    public Builder zone(ZoneId value) {
      this.zone = Checks.notNull("zone", value);
      return this;
    }

    /** Sets history from before the simulated stream (for example a store's older responses). */
    public Builder history(RespondentHistory value) {
      this.history = Checks.notNull("history", value);
      return this;
    }

    /**
     * Sets the analyzer the topic and sentiment conditions read the text with (see {@link
     * RuleEngine.Builder#textAnalyzer}); default {@link TextAnalyzer#ofDefaults()}, created only if a
     * rule has such a condition.
     */
    public Builder textAnalyzer(TextAnalyzer value) {
      this.textAnalyzer = Checks.notNull("textAnalyzer", value);
      return this;
    }

    /** Registers a custom action type the rules use. */
    public Builder customActionType(CustomActionType value) {
      customTypes.add(Checks.notNull("customActionType", value));
      return this;
    }

    /**
     * Builds the simulation, binding the rule set.
     *
     * @throws io.feedbackloop.core.validation.ValidationException if the rule set does not bind
     */
    public Simulation build() {
      return new Simulation(this);
    }
  }
}
