package io.feedbackloop.examples.demo.shop;

/** The tone a simulated customer meant a comment to have. */
public enum Tone {
  /** A complaint. */
  NEGATIVE,
  /** Praise. */
  POSITIVE
}
