package io.feedbackloop.core.internal.store;

import io.feedbackloop.core.response.Response;
import java.time.Instant;
import java.util.Comparator;

/**
 * A place in the store order: submission time, then response id (compared as Java strings, which
 * for the ASCII ids responses allow is byte order, like the database's "C" collation).
 *
 * @param submittedAt the submission time
 * @param id the response id
 */
public record Position(Instant submittedAt, String id) implements Comparable<Position> {
  private static final Comparator<Position> ORDER =
      Comparator.comparing(Position::submittedAt).thenComparing(Position::id);

  /** The position of {@code response}. */
  public static Position of(Response response) {
    return new Position(response.submittedAt(), response.id());
  }

  @Override
  public int compareTo(Position other) {
    return ORDER.compare(this, other);
  }
}
