package io.feedbackloop.benchmarks.rules;

/**
 * The flat fact the peers (and the fact-based floor) read: one response, with the comment already
 * normalized (lower case, words separated by single spaces, padded with a space each side, so a
 * whole-word test is {@code comment.contains(" word ")}). Public getters for MVEL and Drools.
 */
public final class RuleFact {
  private final int npsScore;
  private final String category;
  private final String touchpoint;
  private final String channel;
  private final String region;
  private final String tier;
  private final double orderValue;
  private final String comment;

  RuleFact(
      int npsScore,
      String touchpoint,
      String channel,
      String region,
      String tier,
      double orderValue,
      String comment) {
    this.npsScore = npsScore;
    this.category = npsScore <= 6 ? "detractor" : npsScore <= 8 ? "passive" : "promoter";
    this.touchpoint = touchpoint;
    this.channel = channel;
    this.region = region;
    this.tier = tier;
    this.orderValue = orderValue;
    this.comment = comment;
  }

  /** The NPS answer, 0-10. */
  public int getNpsScore() {
    return npsScore;
  }

  /** detractor, passive or promoter. */
  public String getCategory() {
    return category;
  }

  /** The touchpoint. */
  public String getTouchpoint() {
    return touchpoint;
  }

  /** The channel's wire name. */
  public String getChannel() {
    return channel;
  }

  /** The region attribute. */
  public String getRegion() {
    return region;
  }

  /** The tier attribute. */
  public String getTier() {
    return tier;
  }

  /** The order value attribute. */
  public double getOrderValue() {
    return orderValue;
  }

  /** The normalized, space-padded comment ({@code " "} without one). */
  public String getComment() {
    return comment;
  }
}
