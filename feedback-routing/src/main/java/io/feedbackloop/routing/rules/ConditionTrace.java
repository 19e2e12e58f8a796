package io.feedbackloop.routing.rules;

import io.feedbackloop.routing.internal.rules.Checks;
import java.util.List;

/**
 * How one (sub-)condition was evaluated, for explanations: where it sits in the rule, what it
 * tests, whether it matched and the actual value it saw. Composite conditions carry the traces of
 * all their parts (in explain mode every part is evaluated, also after the outcome is known).
 *
 * @param path JSON pointer of the condition within its rule, e.g. {@code /when/all/1}
 * @param condition what it tests, e.g. {@code score(nps) < 7}
 * @param matched whether it matched
 * @param actual the value seen, e.g. {@code 9 (promoter)}, {@code missing}; never free text
 * @param parts the traces of the parts of {@code all}, {@code any} and {@code not}; else empty
 */
public record ConditionTrace(
    String path, String condition, boolean matched, String actual, List<ConditionTrace> parts) {

  /** Creates the trace; the parts are copied. */
  public ConditionTrace {
    Checks.notNull("path", path);
    Checks.notNull("condition", condition);
    Checks.notNull("actual", actual);
    parts = List.copyOf(parts);
  }

  /**
   * Why this condition failed, depth first: the failed leaves under failed {@code all} and {@code
   * any} parts, and a failed {@code not} itself (its part matched). Empty when it matched.
   */
  public List<ConditionTrace> failedLeaves() {
    List<ConditionTrace> out = new java.util.ArrayList<>();
    collectFailed(this, out);
    return out;
  }

  private static void collectFailed(ConditionTrace t, List<ConditionTrace> out) {
    if (t.matched) {
      return;
    }
    if (t.parts.isEmpty() || t.condition.equals("not")) {
      out.add(t);
      return;
    }
    for (ConditionTrace p : t.parts) {
      collectFailed(p, out);
    }
  }

  /** Appends an indented, one-line-per-condition rendering to {@code out}. */
  void render(StringBuilder out, String indent) {
    out.append(indent)
        .append(matched ? "[yes] " : "[no]  ")
        .append(condition)
        .append(actual.isEmpty() ? "" : " -- actual: " + actual)
        .append(" (")
        .append(path)
        .append(")\n");
    for (ConditionTrace p : parts) {
      p.render(out, indent + "  ");
    }
  }
}
