package io.feedbackloop.routing.rules;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link RespondentHistory} held in memory, fed with {@link #add}. Used by {@link Simulation}
 * (which feeds each response after evaluating it) and by tests. Thread-safe; anonymous responses
 * are ignored.
 */
public final class InMemoryRespondentHistory implements RespondentHistory {
  private static final Comparator<Response> ORDER =
      Comparator.comparing(Response::submittedAt).thenComparing(Response::id);

  private final Map<String, List<Response>> byRespondent = new ConcurrentHashMap<>();

  /** An empty history. */
  public InMemoryRespondentHistory() {}

  /** A history holding {@code responses}. */
  public static InMemoryRespondentHistory of(Response... responses) {
    InMemoryRespondentHistory h = new InMemoryRespondentHistory();
    for (Response r : responses) {
      h.add(r);
    }
    return h;
  }

  /** Adds a response (ignored when anonymous); cheap when responses arrive in time order. */
  public void add(Response response) {
    Checks.notNull("response", response);
    response
        .respondent()
        .ifPresent(
            who -> {
              List<Response> list =
                  byRespondent.computeIfAbsent(key(response.tenant(), who), k -> new ArrayList<>());
              synchronized (list) {
                int at = list.size();
                while (at > 0 && ORDER.compare(list.get(at - 1), response) > 0) {
                  at--;
                }
                list.add(at, response);
              }
            });
  }

  @Override
  public List<Response> before(TenantId tenant, RespondentId respondent, Instant before) {
    List<Response> all = byRespondent.get(key(tenant, respondent));
    if (all == null) {
      return List.of();
    }
    List<Response> out = new ArrayList<>();
    synchronized (all) {
      for (Response r : all) {
        if (!r.submittedAt().isBefore(before)) {
          break;
        }
        out.add(r);
      }
    }
    return out;
  }

  private static String key(TenantId tenant, RespondentId respondent) {
    return tenant.value() + '\u0000' + respondent.value();
  }
}
