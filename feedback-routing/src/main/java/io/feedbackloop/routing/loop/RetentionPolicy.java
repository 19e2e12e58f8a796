package io.feedbackloop.routing.loop;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How long each kind of data is kept; {@link FeedbackLoop#runDueWork()} deletes what is older.
 * A kind without a period is kept forever (the default for every kind). Immutable.
 *
 * <p>Periods count from: a response's submission time; a case's close time (open cases are never
 * deleted); an outbox message's last change once it is delivered, dead or cancelled (pending
 * messages are never deleted); an invitation's send time.
 */
public final class RetentionPolicy {

  private static final RetentionPolicy KEEP_ALL = builder().build();

  private final @Nullable Duration responses;
  private final @Nullable Duration closedCases;
  private final @Nullable Duration finishedMessages;
  private final @Nullable Duration invitations;

  private RetentionPolicy(Builder b) {
    this.responses = b.responses;
    this.closedCases = b.closedCases;
    this.finishedMessages = b.finishedMessages;
    this.invitations = b.invitations;
  }

  /** A policy that keeps everything (the default). */
  public static RetentionPolicy keepAll() {
    return KEEP_ALL;
  }

  /** A builder whose kinds are all kept forever until set. */
  public static Builder builder() {
    return new Builder();
  }

  /** How long responses are kept after submission, if limited. */
  public Optional<Duration> responses() {
    return Optional.ofNullable(responses);
  }

  /** How long closed cases are kept after closing, if limited. */
  public Optional<Duration> closedCases() {
    return Optional.ofNullable(closedCases);
  }

  /** How long delivered, dead and cancelled outbox messages are kept, if limited. */
  public Optional<Duration> finishedMessages() {
    return Optional.ofNullable(finishedMessages);
  }

  /** How long invitations are kept after sending, if limited. */
  public Optional<Duration> invitations() {
    return Optional.ofNullable(invitations);
  }

  /** True when no kind has a period. */
  public boolean keepsAll() {
    return responses == null
        && closedCases == null
        && finishedMessages == null
        && invitations == null;
  }

  @Override
  public String toString() {
    return "RetentionPolicy[responses="
        + responses
        + ", closedCases="
        + closedCases
        + ", finishedMessages="
        + finishedMessages
        + ", invitations="
        + invitations
        + "]";
  }

  /** Builds a {@link RetentionPolicy}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Duration responses;
    private @Nullable Duration closedCases;
    private @Nullable Duration finishedMessages;
    private @Nullable Duration invitations;

    private Builder() {}

    /** Keeps responses for {@code period} after submission. */
    public Builder responses(Duration period) {
      this.responses = positive("responses", period);
      return this;
    }

    /** Keeps closed cases for {@code period} after closing. */
    public Builder closedCases(Duration period) {
      this.closedCases = positive("closedCases", period);
      return this;
    }

    /** Keeps delivered, dead and cancelled outbox messages for {@code period}. */
    public Builder finishedMessages(Duration period) {
      this.finishedMessages = positive("finishedMessages", period);
      return this;
    }

    /** Keeps invitations for {@code period} after sending. */
    public Builder invitations(Duration period) {
      this.invitations = positive("invitations", period);
      return this;
    }

    /** The policy. */
    public RetentionPolicy build() {
      return new RetentionPolicy(this);
    }

    private static Duration positive(String name, Duration period) {
      Checks.notNull(name, period);
      Checks.check(!period.isNegative() && !period.isZero(), name, "> 0", period);
      return period;
    }
  }
}
