package io.feedbackloop.examples.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.routing.cases.CaseStatus;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.loop.DueWorkReport;
import io.feedbackloop.routing.loop.SubmitResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the two-node example on the shared embedded PostgreSQL server. */
class SharedPostgresLoopTest {

  @Test
  void twoNodesOnOneDatabaseDeliverEveryMessageExactlyOnceAndShareCases() throws Exception {
    String prefix = EmbeddedPostgresSupport.uniquePrefix("shared");

    SharedPostgresLoop.Outcome o =
        SharedPostgresLoop.run(EmbeddedPostgresSupport.dataSource(), prefix, TenantId.of("webshop"));

    assertThat(o.migrated()).isNotEmpty();
    assertThat(o.submits()).extracting(SubmitResult::replay).containsExactly(false, false, false, false, true);
    assertThat(o.submits()).extracting(SubmitResult::messagesQueued).containsExactly(1, 1, 1, 2, 0);
    assertThat(o.firstRound().stream().mapToInt(DueWorkReport::delivered).sum()).isEqualTo(5);
    assertThat(o.lastRound().delivered()).isEqualTo(1);

    List<Message> all = new ArrayList<>(o.deliveredByA());
    all.addAll(o.deliveredByB());
    assertThat(all).hasSize(6);
    assertThat(all).extracting(Message::idempotencyKey).doesNotHaveDuplicates();
    assertThat(all).filteredOn(m -> m.recipient().equals(Recipient.team("support"))).hasSize(3);

    assertThat(o.resolvedOnB().id()).isEqualTo(o.submits().get(0).openedCases().get(0).id());
    assertThat(o.resolvedOnB().status()).isEqualTo(CaseStatus.RESOLVED);
    assertThat(o.resolvedOnB().owner()).contains("ana");
    assertThat(o.deliveredByA())
        .filteredOn(m -> m.text().contains("We refunded the shipping cost."))
        .singleElement()
        .satisfies(m -> {
          assertThat(m.recipient()).isEqualTo(Recipient.respondent("customer-1"));
          assertThat(m.text()).contains("Order r1 was late");
        });
  }

  @Test
  void aSecondRunOnTheSameTablesMigratesNothingAndKeepsTheTenantsApart() throws Exception {
    String prefix = EmbeddedPostgresSupport.uniquePrefix("shared");
    SharedPostgresLoop.run(EmbeddedPostgresSupport.dataSource(), prefix, TenantId.of("shop-a"));

    SharedPostgresLoop.Outcome second =
        SharedPostgresLoop.run(EmbeddedPostgresSupport.dataSource(), prefix, TenantId.of("shop-b"));

    assertThat(second.migrated()).isEmpty();
    assertThat(second.submits()).extracting(SubmitResult::replay).containsExactly(false, false, false, false, true);
    assertThat(second.deliveredByA().size() + second.deliveredByB().size()).isEqualTo(6);
    assertThat(second.deliveredByA()).allSatisfy(m -> assertThat(m.tenant()).isEqualTo(TenantId.of("shop-b")));
    assertThat(second.deliveredByB()).allSatisfy(m -> assertThat(m.tenant()).isEqualTo(TenantId.of("shop-b")));
  }

  @Test
  void mainTakesAJdbcUrl() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      SharedPostgresLoop.main(new String[] {EmbeddedPostgresSupport.jdbcUrl()});
    } finally {
      System.setOut(original);
    }

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("r1: replay, nothing done")
        .contains("RESOLVED on B")
        .contains("node A then delivered 1 outcome message");
  }
}
