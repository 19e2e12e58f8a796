package io.feedbackloop.routing.cases;

/**
 * What a case must have before it may be resolved and closed. By default ({@link #ofDefaults()})
 * both a root-cause code and a resolution summary are required; {@link #lenient()} requires
 * neither. Checked when a case is resolved and again when it is closed; a case lacking something
 * fails with {@link CaseIncompleteException}. Immutable and thread-safe.
 */
public final class ClosePolicy {
  private static final ClosePolicy DEFAULTS = builder().build();

  private final boolean requireRootCause;
  private final boolean requireResolution;

  private ClosePolicy(Builder b) {
    this.requireRootCause = b.requireRootCause;
    this.requireResolution = b.requireResolution;
  }

  /** Requires a root cause and a resolution summary. */
  public static ClosePolicy ofDefaults() {
    return DEFAULTS;
  }

  /** Requires nothing: cases may be resolved and closed without root cause or summary. */
  public static ClosePolicy lenient() {
    return builder().requireRootCause(false).requireResolution(false).build();
  }

  /** Starts a policy with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether at least one root-cause code is required; default true. */
  public boolean requireRootCause() {
    return requireRootCause;
  }

  /** Whether a resolution summary is required; default true. */
  public boolean requireResolution() {
    return requireResolution;
  }

  @Override
  public String toString() {
    return "ClosePolicy[requireRootCause=" + requireRootCause + ", requireResolution=" + requireResolution + "]";
  }

  /** Builds a {@link ClosePolicy}. Not thread-safe. */
  public static final class Builder {
    private boolean requireRootCause = true;
    private boolean requireResolution = true;

    private Builder() {}

    /** Sets whether a root-cause code is required; default true. */
    public Builder requireRootCause(boolean value) {
      this.requireRootCause = value;
      return this;
    }

    /** Sets whether a resolution summary is required; default true. */
    public Builder requireResolution(boolean value) {
      this.requireResolution = value;
      return this;
    }

    /** Builds the policy. */
    public ClosePolicy build() {
      return new ClosePolicy(this);
    }
  }
}
