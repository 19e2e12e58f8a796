package io.feedbackloop.routing.rules;

import io.feedbackloop.core.validation.ValidationException;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.internal.rules.json.RuleReader;
import io.feedbackloop.routing.internal.rules.json.RuleWriter;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes rule sets as JSON, strictly.
 *
 * <p>The format (schema version 1), with every condition and action an object with one property
 * naming its kind:
 *
 * <pre>{@code
 * {"schemaVersion": 1, "id": "cx", "version": 3, "rules": [
 *   {"id": "detractor-case", "priority": 90,
 *    "when": {"all": [{"category": {"question": "nps", "in": ["detractor"]}},
 *                     {"attribute": {"name": "order_value", "atLeast": 500}},
 *                     {"text": {"question": "comment", "containsAny": ["försenad", "Lieferung"]}}]},
 *    "then": [{"openCase": {"team": "support", "priority": "high", "sla": "PT24H"}}]}]}
 * }</pre>
 *
 * <p>Conditions: {@code all}, {@code any} (arrays), {@code not}, {@code always: true}, {@code
 * category {question, in: [detractor|passive|promoter|dissatisfied|neutral|satisfied|hard|easy|
 * negative|positive|thumbs_up|thumbs_down]}}, {@code score {question, <op>: int}}, {@code survey},
 * {@code touchpoint}, {@code channel}, {@code locale} (each {@code {in: [...]}}), {@code attribute
 * {name, equals: string|number | in: [strings] | exists: true | <op>: number}}, {@code text
 * {question?, containsAny|containsAll: [phrases]}}, {@code topic {in: [topic ids]}} (ids of the
 * engine's taxonomy, checked when the engine is built), {@code sentiment {in:
 * [negative|neutral|positive]}}, {@code firstResponse: true}, {@code
 * repeatDetractor {question, times, within: "P90D"}}, {@code scoreDropped {question, by}}. The
 * comparison operators are {@code equals, notEquals, lessThan, atMost, greaterThan, atLeast}.
 *
 * <p>Actions: {@code openCase {team, priority: low|normal|high|urgent, sla: "PT24H"}}, {@code
 * notifyTeam {team, channel, template}}, {@code messageCustomer {message, link?}}, {@code tag
 * {name}}, {@code suppressSurveys {period}}, {@code escalate {to, reason}}, {@code custom {type,
 * parameters?}}.
 *
 * <p>Reading reports every problem at once in a {@link ValidationException}, each with a JSON
 * pointer and a code: {@code json_syntax}, {@code json_unknown_property} (an unknown field, an
 * unknown condition kind or operator), {@code json_invalid_value} (an operator that does not fit
 * the kind, such as {@code greaterThan} on text; an unknown category or channel), {@code
 * json_wrong_type} ({@code greaterThan} with a string on an attribute), {@code
 * json_missing_property}, {@code json_duplicate_key}, {@code json_too_large}, {@code
 * json_too_deep}, {@code json_unsupported_version}, and {@code invalid_definition} for rule-set
 * rules (duplicate ids, a rule unreachable after a catch-all that stops processing). References to
 * questions are checked when the rule set is bound to its surveys ({@link RuleEngine.Builder#build()}),
 * with the same paths. Messages never quote more than 80 characters of the input.
 */
public final class RuleJson {
  /** Largest document read, in bytes (1 MiB). */
  public static final int MAX_BYTES = 1 << 20;

  private RuleJson() {}

  /**
   * Reads a rule set from UTF-8 (or UTF-16/32, detected) JSON bytes.
   *
   * @throws ValidationException with every problem found
   */
  public static RuleSet read(byte[] json) {
    return RuleReader.read(Checks.notNull("json", json), MAX_BYTES);
  }

  /**
   * Reads a rule set from a JSON string.
   *
   * @throws ValidationException with every problem found
   */
  public static RuleSet read(String json) {
    return read(Checks.notNull("json", json).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code set} as a pretty-printed JSON document that {@link #read} reads back equal. */
  public static String write(RuleSet set) {
    return RuleWriter.write(Checks.notNull("set", set));
  }
}
