package io.feedbackloop.routing.internal.outbox;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** Argument checks and normalizations shared by the outbox stores, so that both behave alike. */
public final class OutboxArgs {
  /** The longest last-error text kept; longer ones are cut. */
  public static final int MAX_ERROR_LENGTH = 1000;

  /** The longest worker id. */
  public static final int MAX_WORKER_ID_LENGTH = 128;

  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,20}");

  private OutboxArgs() {}

  /** Checks {@code at} and truncates it to the millisecond, the precision both stores keep. */
  public static Instant millis(String name, Instant at) {
    return Checks.notNull(name, at).truncatedTo(ChronoUnit.MILLIS);
  }

  /** Checks the arguments of a claim. */
  public static void claim(String workerId, int limit, Instant now, Duration lease) {
    workerId(workerId);
    Checks.positive("limit", limit);
    Checks.notNull("now", now);
    Checks.notNull("lease", lease);
    Checks.check(!lease.isNegative() && !lease.isZero(), "lease", "> 0", lease);
  }

  /** Checks a worker id: not blank, at most {@value #MAX_WORKER_ID_LENGTH} characters. */
  public static String workerId(String workerId) {
    Checks.notBlank("workerId", workerId);
    Checks.check(
        workerId.length() <= MAX_WORKER_ID_LENGTH,
        "workerId length",
        "<= " + MAX_WORKER_ID_LENGTH,
        workerId.length());
    return workerId;
  }

  /** Checks an attempt count. */
  public static int attempts(int attempts) {
    Checks.check(attempts >= 0, "attempts", ">= 0", attempts);
    return attempts;
  }

  /** Checks an error text and cuts it to {@value #MAX_ERROR_LENGTH} characters. */
  public static String error(String error) {
    String e = Checks.notNull("lastError", error);
    return e.length() <= MAX_ERROR_LENGTH ? e : e.substring(0, MAX_ERROR_LENGTH);
  }

  /** Checks a table prefix: a lower-case letter, then up to 20 lower-case letters, digits, '_'. */
  public static String tablePrefix(String prefix) {
    Checks.notNull("tablePrefix", prefix);
    Checks.check(
        PREFIX.matcher(prefix).matches(),
        "tablePrefix",
        "a lower-case letter followed by up to 20 lower-case letters, digits or '_'",
        "'" + Checks.printable(prefix) + "'");
    return prefix;
  }
}
