package io.feedbackloop.core.survey;

/** Which end of a scale is the good one. */
public enum ScaleDirection {
  /** Higher values are better (the usual case: 10 = extremely likely, 5 = very satisfied). */
  ASCENDING("ascending"),
  /** Lower values are better (for example 1 = very easy on an effort scale worded that way). */
  DESCENDING("descending");

  private final String wireName;

  ScaleDirection(String wireName) {
    this.wireName = wireName;
  }

  /** The stable lower-case name used in JSON. */
  public String wireName() {
    return wireName;
  }
}
