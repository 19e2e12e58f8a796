package io.feedbackloop.routing.rules;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.store.ResponseQuery;
import io.feedbackloop.core.store.ResponseStore;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the history conditions ({@link Condition.FirstResponse}, {@link Condition.RepeatDetractor},
 * {@link Condition.ScoreDropped}) need: a respondent's earlier responses in one tenant.
 *
 * <p>The engine asks at most once per evaluated response, and only when a rule with a history
 * condition is reached. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface RespondentHistory {

  /**
   * The responses of {@code respondent} in {@code tenant} submitted strictly before {@code
   * before}, oldest first (ties by id). They may include responses to any survey.
   */
  List<Response> before(TenantId tenant, RespondentId respondent, Instant before);

  /** A history that is always empty: every known respondent answers for the first time. */
  static RespondentHistory none() {
    return (tenant, respondent, before) -> List.of();
  }

  /** The history kept by {@code store}, read with a respondent and time-range query. */
  static RespondentHistory of(ResponseStore store) {
    Checks.notNull("store", store);
    return (tenant, respondent, before) -> {
      ResponseQuery q =
          ResponseQuery.builder(tenant).respondent(respondent).submittedBefore(before).build();
      try (Stream<Response> s = store.stream(q)) {
        return s.toList();
      }
    };
  }
}
