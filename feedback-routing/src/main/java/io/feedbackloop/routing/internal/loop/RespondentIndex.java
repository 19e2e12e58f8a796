package io.feedbackloop.routing.internal.loop;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.routing.rules.RespondentHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The respondent history of an in-memory loop: the committed responses of each respondent, so that
 * history conditions (repeat detractor) do not scan the whole in-memory response store on every
 * detractor. Fed after each submit commits; forgets a respondent on erasure and old responses after
 * a retention pass, so it never holds what the store no longer has. Thread-safe: each respondent's
 * list is guarded by itself and held only while copying.
 */
public final class RespondentIndex implements RespondentHistory {

  private record Key(TenantId tenant, RespondentId respondent) {}

  private final Map<Key, List<Response>> byRespondent = new ConcurrentHashMap<>();

  /** Adds a committed response with a respondent; one without is ignored. */
  public void add(Response response) {
    if (response.respondent().isEmpty()) {
      return;
    }
    List<Response> list =
        byRespondent.computeIfAbsent(
            new Key(response.tenant(), response.respondent().get()), k -> new ArrayList<>(2));
    synchronized (list) {
      list.add(response);
    }
  }

  /** Forgets everything about one respondent. */
  public void forget(TenantId tenant, RespondentId respondent) {
    byRespondent.remove(new Key(tenant, respondent));
  }

  /** Forgets the responses submitted before {@code cutoff}. */
  public void forgetBefore(Instant cutoff) {
    for (List<Response> list : byRespondent.values()) {
      synchronized (list) {
        list.removeIf(r -> r.submittedAt().isBefore(cutoff));
      }
    }
  }

  @Override
  public List<Response> before(TenantId tenant, RespondentId respondent, Instant before) {
    List<Response> list = byRespondent.get(new Key(tenant, respondent));
    if (list == null) {
      return List.of();
    }
    List<Response> out = new ArrayList<>();
    synchronized (list) {
      for (Response r : list) {
        if (r.submittedAt().isBefore(before)) {
          out.add(r);
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "RespondentIndex[" + byRespondent.size() + " respondents]";
  }
}
