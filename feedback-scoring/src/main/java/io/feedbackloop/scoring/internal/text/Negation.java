package io.feedbackloop.scoring.internal.text;

/**
 * The negation rule shared by topic matching and sentiment: a negator among the {@value #WINDOW}
 * tokens before a match negates it, unless a clause boundary ({@code , . ! ? ;}) or a contrast word
 * ("but", "men", "maar", "ale", "aber") stands between them.
 */
public final class Negation {
  /** How many tokens before a match are searched for a negator. */
  public static final int WINDOW = 3;

  private Negation() {}

  /** Tells whether the match starting at token {@code first} is negated. */
  public static boolean negated(Tokens tokens, int first, WordSet negators, WordSet contrast) {
    return negator(tokens, first, negators, contrast) >= 0;
  }

  /** The index of the (last token of the) negator negating the match at {@code first}, or -1. */
  public static int negator(Tokens tokens, int first, WordSet negators, WordSet contrast) {
    int stop = Math.max(0, first - WINDOW);
    for (int p = first - 1; p >= stop; p--) {
      if (tokens.clause(p) != tokens.clause(first) || contrast.endsAt(tokens, p)) {
        return -1;
      }
      if (negators.endsAt(tokens, p)) {
        return p;
      }
    }
    return -1;
  }

  /**
   * The index of the (last token of the) negator among the {@value #WINDOW} tokens after a match
   * ending before token {@code end}, or -1: Swedish, Dutch and German put "inte", "niet", "nicht"
   * after the finite verb ("fungerar inte", "bevalt me niet", "gefällt mir nicht"). The search stops
   * at a clause boundary or a contrast word. The caller leaves a negator that negates the next
   * match to that match.
   */
  public static int postNegator(Tokens tokens, int end, WordSet negators, WordSet contrast) {
    if (end <= 0) {
      return -1;
    }
    int clause = tokens.clause(end - 1);
    int stop = Math.min(tokens.size(), end + WINDOW);
    for (int p = end; p < stop; p++) {
      if (tokens.clause(p) != clause || contrast.endsAt(tokens, p)) {
        return -1;
      }
      if (negators.endsAt(tokens, p)) {
        return p;
      }
    }
    return -1;
  }
}
