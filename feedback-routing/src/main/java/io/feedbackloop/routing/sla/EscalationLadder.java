package io.feedbackloop.routing.sla;

import io.feedbackloop.routing.internal.rules.Checks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The escalation steps of a case, e.g. remind the owner at 75 % of the first-contact target, notify
 * the team lead at its breach, notify a manager at twice the resolution target.
 *
 * <p><b>Exactly once.</b> {@link #dueSteps} is a pure function of the SLA state and the ids of the
 * steps already fired: a step is returned while it is due and not yet fired, so the caller records
 * each returned step (the case service under a unique constraint on case and step id) and never
 * sees it again. If the clock jumped past several triggers at once (the host did not run for a
 * while), all of them are returned together, in ladder order. Steps of a milestone that was met are
 * never due.
 *
 * <p>Per milestone, steps are kept in the order they are added and that order must follow their
 * triggers (non-decreasing share), so ladder order is the order in which steps come due.
 *
 * <p>Immutable and thread-safe.
 */
public final class EscalationLadder {
  private static final EscalationLadder NONE = builder().build();

  private final List<EscalationStep> steps;

  private EscalationLadder(List<EscalationStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /** Starts a ladder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A ladder without steps. */
  public static EscalationLadder none() {
    return NONE;
  }

  /**
   * A typical ladder: remind the owner at 75 % of first contact ({@code first-contact-75}, template
   * {@code sla.reminder}), notify the team lead at its breach ({@code first-contact-breach}, {@code
   * sla.breach}), notify the team lead at the resolution breach ({@code resolution-breach}, {@code
   * sla.breach}) and a manager at twice the resolution target ({@code resolution-2x}, {@code
   * sla.escalation}).
   */
  public static EscalationLadder ofDefaults() {
    return builder()
        .step(
            "first-contact-75",
            Milestone.FIRST_CONTACT,
            EscalationTrigger.atShare(0.75),
            Audience.OWNER,
            "sla.reminder")
        .step(
            "first-contact-breach",
            Milestone.FIRST_CONTACT,
            EscalationTrigger.atBreach(),
            Audience.TEAM_LEAD,
            "sla.breach")
        .step(
            "resolution-breach",
            Milestone.RESOLUTION,
            EscalationTrigger.atBreach(),
            Audience.TEAM_LEAD,
            "sla.breach")
        .step(
            "resolution-2x",
            Milestone.RESOLUTION,
            EscalationTrigger.afterMultiple(2.0),
            Audience.MANAGER,
            "sla.escalation")
        .build();
  }

  /** The steps, in ladder order. */
  public List<EscalationStep> steps() {
    return steps;
  }

  /**
   * The steps due in {@code state} whose ids are not in {@code fired}, in ladder order.
   *
   * @param state the SLA state at the instant of evaluation
   * @param fired the ids of the steps already fired for this case
   */
  public List<EscalationStep> dueSteps(SlaState state, Set<String> fired) {
    Checks.notNull("state", state);
    Checks.notNull("fired", fired);
    List<EscalationStep> due = new ArrayList<>();
    for (EscalationStep step : steps) {
      if (!fired.contains(step.id()) && step.isDue(state)) {
        due.add(step);
      }
    }
    return due;
  }

  @Override
  public String toString() {
    return "EscalationLadder" + steps.stream().map(EscalationStep::id).toList();
  }

  /** Builds an {@link EscalationLadder}. Not thread-safe. */
  public static final class Builder {
    private final List<EscalationStep> steps = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<Milestone, EscalationStep> lastPerMilestone = new EnumMap<>(Milestone.class);

    private Builder() {}

    /**
     * Adds a step.
     *
     * @throws IllegalArgumentException if the id is already used, or the trigger comes before the
     *     trigger of an earlier step of the same milestone
     */
    public Builder step(EscalationStep step) {
      Checks.notNull("step", step);
      Checks.check(!ids.contains(step.id()), "step id", "unique", step.id());
      EscalationStep last = lastPerMilestone.get(step.milestone());
      if (last != null && step.trigger().share() < last.trigger().share()) {
        throw new IllegalArgumentException(
            "step "
                + step.id()
                + " must not come before step "
                + last.id()
                + " on "
                + step.milestone()
                + ", but fires "
                + step.trigger()
                + ", before "
                + last.trigger());
      }
      ids.add(step.id());
      lastPerMilestone.put(step.milestone(), step);
      steps.add(step);
      return this;
    }

    /** Adds a step built from its parts; see {@link EscalationStep}. */
    public Builder step(
        String id,
        Milestone milestone,
        EscalationTrigger trigger,
        Audience audience,
        String templateKey) {
      return step(new EscalationStep(id, milestone, trigger, audience, templateKey));
    }

    /** Builds the ladder. */
    public EscalationLadder build() {
      return new EscalationLadder(steps);
    }
  }
}
