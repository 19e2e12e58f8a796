package io.feedbackloop.examples.demo.report;

/**
 * One headline figure of the report, shown as a label and a preformatted value ("Orders",
 * "10,000").
 *
 * @param label what the figure is
 * @param value the figure as it should be shown
 */
public record Fact(String label, String value) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the label is blank
   */
  public Fact {
    Checks.notBlank("label", label);
    Checks.notNull("value", value);
  }

  /** A fact; the same as the constructor. */
  public static Fact of(String label, String value) {
    return new Fact(label, value);
  }
}
