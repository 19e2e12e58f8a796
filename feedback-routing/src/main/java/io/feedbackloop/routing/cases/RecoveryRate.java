package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.rules.Checks;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Recovery: the share of re-surveyed detractors who are no longer detractors, with its counts. The
 * rate is {@code recovered / answered}: re-surveys without an answer (pending or suppressed) are
 * counted but do not enter it, because nobody knows yet whether those customers recovered.
 *
 * @param scheduled re-surveys with an invitation (answered or not)
 * @param suppressed re-surveys the contact policy suppressed
 * @param answered re-surveys answered
 * @param recovered answered ones that were neutral or positive
 */
public record RecoveryRate(long scheduled, long suppressed, long answered, long recovered) {
  /** No re-surveys at all. */
  public static final RecoveryRate NONE = new RecoveryRate(0, 0, 0, 0);

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative, more answered than scheduled or more
   *     recovered than answered
   */
  public RecoveryRate {
    Checks.check(suppressed >= 0, "suppressed", ">= 0", suppressed);
    Checks.check(recovered >= 0, "recovered", ">= 0", recovered);
    Checks.check(answered >= recovered, "answered", ">= recovered (" + recovered + ")", answered);
    Checks.check(scheduled >= answered, "scheduled", ">= answered (" + answered + ")", scheduled);
  }

  /**
   * Counts {@code resurveys}.
   *
   * @throws NullPointerException if the collection or an element is null
   */
  public static RecoveryRate of(Collection<Resurvey> resurveys) {
    Checks.notNull("resurveys", resurveys);
    long scheduled = 0;
    long suppressed = 0;
    long answered = 0;
    long recovered = 0;
    for (Resurvey r : resurveys) {
      if (Checks.notNull("resurvey", r).invitationId().isEmpty()) {
        suppressed++;
        continue;
      }
      scheduled++;
      Optional<ResurveyAnswer> a = r.answer();
      if (a.isPresent()) {
        answered++;
        if (a.get().recovered()) {
          recovered++;
        }
      }
    }
    return new RecoveryRate(scheduled, suppressed, answered, recovered);
  }

  /** Answered but still negative. */
  public long stillNegative() {
    return answered - recovered;
  }

  /** {@code recovered / answered}, or empty if nothing was answered. */
  public OptionalDouble rate() {
    return answered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) recovered / answered);
  }
}
