package io.feedbackloop.routing.invite;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.suppression.Suppression;
import io.feedbackloop.routing.suppression.SuppressionList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A suppression list for tests, backed by a list. */
public final class MapSuppressionList implements SuppressionList {
  private final List<Suppression> entries = new CopyOnWriteArrayList<>();

  public void add(Suppression s) {
    entries.add(s);
  }

  @Override
  public Optional<Suppression> find(TenantId tenant, RespondentId respondent, String channel) {
    return entries.stream()
        .filter(s -> s.tenant().equals(tenant) && s.respondent().equals(respondent) && s.appliesTo(channel))
        .findFirst();
  }
}
