package io.feedbackloop.routing.loop;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.Surveys;
import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.outbox.OutboxStore;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Shared parts of the facade tests: a survey, responses, a recording channel and listener. */
final class FeedbackLoopFixtures {
  static final TenantId TENANT = TenantId.of("acme");
  static final Survey NPS = Surveys.nps("post-delivery", Locale.forLanguageTag("sv"));

  private FeedbackLoopFixtures() {}

  /** An NPS response of respondent {@code who} with {@code score}, Swedish, submitted now. */
  static Response nps(String id, String who, int score, Clock clock) {
    return Response.builder(TENANT, NPS.id())
        .id(id)
        .respondent(who)
        .answer("nps", score)
        .answer("comment", "Paketet kom för sent")
        .locale(Locale.forLanguageTag("sv"))
        .clock(clock)
        .build();
  }

  /** A channel that records what it is given and answers {@code result}. */
  static final class RecordingChannel implements DeliveryChannel {
    final List<Message> delivered = new CopyOnWriteArrayList<>();
    private volatile DeliveryResult result = DeliveryResult.delivered();

    RecordingChannel answering(DeliveryResult value) {
      this.result = value;
      return this;
    }

    @Override
    public DeliveryResult deliver(Message message) {
      delivered.add(message);
      return result;
    }
  }

  /** A listener that records every event. */
  static final class RecordingListener implements LoopListener {
    final List<LoopEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(LoopEvent event) {
      events.add(event);
    }

    <E extends LoopEvent> List<E> of(Class<E> type) {
      return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }

  /** A decorator that only remembers the outbox store, to read its counts in tests. */
  static final class OutboxSpy implements UnaryOperator<OutboxStore> {
    final AtomicReference<@Nullable OutboxStore> store = new AtomicReference<>();

    @Override
    public OutboxStore apply(OutboxStore s) {
      store.set(s);
      return s;
    }

    OutboxStore get() {
      OutboxStore s = store.get();
      if (s == null) {
        throw new IllegalStateException("no outbox store yet");
      }
      return s;
    }
  }
}
