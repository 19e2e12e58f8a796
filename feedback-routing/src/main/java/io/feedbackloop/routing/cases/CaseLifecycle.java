package io.feedbackloop.routing.cases;

import static io.feedbackloop.routing.cases.CaseStatus.ASSIGNED;
import static io.feedbackloop.routing.cases.CaseStatus.CLOSED;
import static io.feedbackloop.routing.cases.CaseStatus.IN_PROGRESS;
import static io.feedbackloop.routing.cases.CaseStatus.NEW;
import static io.feedbackloop.routing.cases.CaseStatus.ON_HOLD;
import static io.feedbackloop.routing.cases.CaseStatus.REOPENED;
import static io.feedbackloop.routing.cases.CaseStatus.RESOLVED;

import io.feedbackloop.routing.internal.rules.Checks;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a follow-up case as data: which {@link CaseStatus} may follow which.
 *
 * <pre>
 * NEW         -&gt; ASSIGNED
 * ASSIGNED    -&gt; IN_PROGRESS, ON_HOLD
 * IN_PROGRESS -&gt; ON_HOLD, RESOLVED
 * ON_HOLD     -&gt; ASSIGNED, IN_PROGRESS, REOPENED   (only back to the status it was held from)
 * RESOLVED    -&gt; CLOSED, REOPENED
 * CLOSED      -&gt; REOPENED
 * REOPENED    -&gt; ASSIGNED, IN_PROGRESS, ON_HOLD
 * </pre>
 *
 * <p>Changing the owner of a case that already has one is not a move (see {@link
 * CaseService#assign}). A case on hold returns to the status it was held from, which the case
 * records ({@link FollowUpCase#heldFrom()}); the table lists every status it may have come from.
 *
 * <p>Stateless and thread-safe.
 */
public final class CaseLifecycle {
  private static final Map<CaseStatus, Set<CaseStatus>> MOVES = moves();

  private CaseLifecycle() {}

  private static Map<CaseStatus, Set<CaseStatus>> moves() {
    Map<CaseStatus, Set<CaseStatus>> m = new EnumMap<>(CaseStatus.class);
    m.put(NEW, EnumSet.of(ASSIGNED));
    m.put(ASSIGNED, EnumSet.of(IN_PROGRESS, ON_HOLD));
    m.put(IN_PROGRESS, EnumSet.of(ON_HOLD, RESOLVED));
    m.put(ON_HOLD, EnumSet.of(ASSIGNED, IN_PROGRESS, REOPENED));
    m.put(RESOLVED, EnumSet.of(CLOSED, REOPENED));
    m.put(CLOSED, EnumSet.of(REOPENED));
    m.put(REOPENED, EnumSet.of(ASSIGNED, IN_PROGRESS, ON_HOLD));
    m.replaceAll((from, to) -> Collections.unmodifiableSet(to));
    return Collections.unmodifiableMap(m);
  }

  /**
   * Tells whether a case may move from {@code from} to {@code to}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static boolean canMove(CaseStatus from, CaseStatus to) {
    Checks.notNull("to", to);
    return allowedFrom(from).contains(to);
  }

  /**
   * The statuses a case may move to from {@code from}, in declaration order; unmodifiable.
   *
   * @throws NullPointerException if {@code from} is null
   */
  public static Set<CaseStatus> allowedFrom(CaseStatus from) {
    Set<CaseStatus> to = MOVES.get(Checks.notNull("from", from));
    if (to == null) {
      throw new IllegalStateException("no transitions for " + from);
    }
    return to;
  }

  /** The whole table: every status, in declaration order, to the statuses it may move to. */
  public static Map<CaseStatus, Set<CaseStatus>> transitions() {
    return MOVES;
  }
}
