package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.cases.Micros;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a case's append-only audit trail: who changed what, when, from what to what.
 *
 * <p>Fields: {@value #CREATED}, {@value #STATUS}, {@value #OWNER}, {@value #PRIORITY}, {@value
 * #FIRST_CONTACT}, {@value #HOLD}, {@value #NOTE}, {@value #TAG}, {@value #ROOT_CAUSES}, {@value
 * #RESOLUTION}, {@value #CUSTOMER_MESSAGE}, {@value #RESPONSE}, {@value #RESPONDENT}, {@value
 * #SLA}, {@value #ASSIGNMENT}, {@value #ESCALATION}. For free
 * text (notes, the resolution summary, the customer message) the entry records that it changed,
 * never the text: {@code to} is a marker such as {@code note 3} or {@link #TEXT_SET}.
 *
 * @param version the case version this change produced (0 for the creation)
 * @param at when, to the microsecond (finer parts are dropped)
 * @param actor who: an agent's id or a component such as {@code system}
 * @param field what changed
 * @param from the value before, or null if there was none
 * @param to the value after, or null if there is none now
 */
public record AuditEntry(
    long version, Instant at, String actor, String field, @Nullable String from, @Nullable String to) {
  /** The case was opened; {@code to} is the rule id. */
  public static final String CREATED = "created";
  /** The status moved. */
  public static final String STATUS = "status";
  /** The owner changed. */
  public static final String OWNER = "owner";
  /** The priority changed. */
  public static final String PRIORITY = "priority";
  /** The customer was contacted for the first time; {@code to} is the instant. */
  public static final String FIRST_CONTACT = "first_contact";
  /** A pause ended; {@code from} and {@code to} are its start and end. */
  public static final String HOLD = "hold";
  /** A note was added; {@code to} is {@code note <number>}, counting from 1. */
  public static final String NOTE = "note";
  /** A tag was added ({@code to}) or removed ({@code from}). */
  public static final String TAG = "tag";
  /** The root-cause codes changed; values are comma-separated codes. */
  public static final String ROOT_CAUSES = "root_causes";
  /** The resolution summary was set or changed (free text, not recorded). */
  public static final String RESOLUTION = "resolution";
  /** The message to the customer was set or changed (free text, not recorded). */
  public static final String CUSTOMER_MESSAGE = "customer_message";
  /** A response was linked to the case; {@code to} is its id. */
  public static final String RESPONSE = "response";
  /** A respondent was linked to the case; {@code to} is the opaque respondent id. */
  public static final String RESPONDENT = "respondent";
  /**
   * The SLA policy chosen at opening; {@code to} is the policy name and why it was chosen, e.g.
   * {@code default (rule=detractor-case)}.
   */
  public static final String SLA = "sla";
  /**
   * The outcome of automatic assignment at opening; {@code to} is the assigner's reason (member ids
   * and team names only), e.g. why the case stayed unassigned.
   */
  public static final String ASSIGNMENT = "assignment";
  /**
   * An escalation step fired; {@code to} is {@code <step id> -> <recipients>}, the member ids
   * notified, comma-separated ({@code none} if the team had nobody for the step's audience).
   */
  public static final String ESCALATION = "escalation";
  /** The marker recorded instead of free text that was set. */
  public static final String TEXT_SET = "(text)";

  /**
   * Creates the entry.
   *
   * @throws IllegalArgumentException if {@code version < 0} or {@code actor} is not an identifier
   *     or {@code field} is blank
   * @throws NullPointerException if {@code at}, {@code actor} or {@code field} is null
   */
  public AuditEntry {
    Checks.check(version >= 0, "version", ">= 0", version);
    at = Micros.truncate(Checks.notNull("at", at));
    Checks.identifier("actor", actor);
    Checks.identifier("field", field);
  }
}
