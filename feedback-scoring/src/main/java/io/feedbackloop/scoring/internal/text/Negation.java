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
}
