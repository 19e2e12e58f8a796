package io.feedbackloop.routing.rules;

import java.util.Optional;

/** A numeric comparison of an actual value with a rule's operand, with its stable JSON name. */
public enum Comparison {
  /** {@code actual == operand}. */
  EQUALS("equals", "=="),
  /** {@code actual != operand}. */
  NOT_EQUALS("notEquals", "!="),
  /** {@code actual < operand}. */
  LESS_THAN("lessThan", "<"),
  /** {@code actual <= operand}. */
  AT_MOST("atMost", "<="),
  /** {@code actual > operand}. */
  GREATER_THAN("greaterThan", ">"),
  /** {@code actual >= operand}. */
  AT_LEAST("atLeast", ">=");

  private final String wireName;
  private final String symbol;

  Comparison(String wireName, String symbol) {
    this.wireName = wireName;
    this.symbol = symbol;
  }

  /** The stable JSON name, e.g. {@code greaterThan}. */
  public String wireName() {
    return wireName;
  }

  /** The mathematical symbol, e.g. {@code >}, for explanations. */
  public String symbol() {
    return symbol;
  }

  /** The comparison with this JSON name, if there is one. */
  public static Optional<Comparison> fromWireName(String name) {
    for (Comparison c : values()) {
      if (c.wireName.equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Applies the comparison: {@code actual <op> operand}. */
  public boolean test(double actual, double operand) {
    return switch (this) {
      case EQUALS -> actual == operand;
      case NOT_EQUALS -> actual != operand;
      case LESS_THAN -> actual < operand;
      case AT_MOST -> actual <= operand;
      case GREATER_THAN -> actual > operand;
      case AT_LEAST -> actual >= operand;
    };
  }
}
