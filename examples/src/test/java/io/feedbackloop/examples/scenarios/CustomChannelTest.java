package io.feedbackloop.examples.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.loop.DueWorkReport;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CustomChannelTest {
  private final CustomChannel.Outcome outcome = CustomChannel.run();

  @Test
  void theCrmTaskWaitsForTheRetryAfterAndIsCreatedOnce() {
    List<DueWorkReport> runs = outcome.runs();
    assertThat(runs).extracting(DueWorkReport::delivered).containsExactly(0, 0, 1, 0);
    assertThat(outcome.crm().calls()).isEqualTo(2); // refused once, not called before 5 min, then created
    assertThat(outcome.crm().tasks())
        .containsExactly(
            new CustomChannel.CrmTask("TASK-1", "support", "Feedback for support: rule detractor-case"));
  }

  @Test
  void theThrowingPagerIsGuardedRetriedAndDeadLettered() {
    assertThat(outcome.pager().calls()).isEqualTo(3);
    assertThat(outcome.runs()).extracting(DueWorkReport::deadLettered).containsExactly(0, 0, 1, 0);
    assertThat(outcome.dead()).singleElement()
        .satisfies(d -> {
          assertThat(d.channel()).isEqualTo("pager");
          assertThat(d.reason()).contains("channel threw java.lang.IllegalStateException");
          assertThat(d.reason()).doesNotContain("pager gateway unreachable");
        });
  }

  @Test
  void theCrmChannelIsIdempotentByKey() {
    CustomChannel.CrmTaskChannel crm = new CustomChannel.CrmTaskChannel();
    Message m =
        Message.builder()
            .tenant(TenantId.of("webshop"))
            .recipient(Recipient.team("support"))
            .subject("Call back customer-7")
            .text("Case 1")
            .locale(Locale.ENGLISH)
            .idempotencyKey("key-1")
            .build();

    assertThat(crm.deliver(m)).isInstanceOf(DeliveryResult.Retryable.class);
    crm.available(true);
    assertThat(crm.deliver(m)).isEqualTo(DeliveryResult.delivered("TASK-1"));
    assertThat(crm.deliver(m)).isEqualTo(DeliveryResult.delivered("TASK-1"));
    assertThat(crm.tasks()).containsExactly(new CustomChannel.CrmTask("TASK-1", "support", "Call back customer-7"));
    assertThat(crm.calls()).isEqualTo(3);
  }
}
