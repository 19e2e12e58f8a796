package io.feedbackloop.core.survey;

/**
 * The standard metric a scaled question feeds. A calculator only accepts answers to questions whose
 * scale names its metric, so a score is never computed on the wrong question.
 */
public enum Metric {
  /** Net Promoter Score: 0-10 likelihood to recommend. */
  NPS("nps"),
  /** Customer satisfaction: top-box share on a satisfaction scale (1-5 by default). */
  CSAT("csat"),
  /** Customer Effort Score 2.0: agreement that the issue was easy to handle (1-7 by default). */
  CES("ces"),
  /** Feeds no standard metric. */
  NONE("none");

  private final String wireName;

  Metric(String wireName) {
    this.wireName = wireName;
  }

  /** The stable lower-case name used in JSON. */
  public String wireName() {
    return wireName;
  }
}
