package io.feedbackloop.examples.demo.report;

/**
 * The report's colours, solid (no opacity) so a screenshot shows exactly these values. Every
 * colour is also named in a legend or label: colour is never the only cue.
 */
final class Palette {
  static final String NPS_LINE = "#1d4ed8";
  static final String NPS_BAND = "#bcd0f7";
  static final String PROMOTER = "#15803d";
  static final String PASSIVE = "#a3a3a3";
  static final String DETRACTOR = "#dc2626";
  static final String FIRST_CONTACT = "#0e7490";
  static final String RESOLUTION = "#7c3aed";
  static final String HURTS = "#c2410c";
  static final String HELPS = "#4d7c0f";
  static final String AXIS = "#444444";
  static final String GRID = "#e2e2e2";
  static final String MUTED = "#6b6b6b";

  private Palette() {}
}
