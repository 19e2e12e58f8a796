package io.feedbackloop.routing.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.store.jdbc.H2Databases;
import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.routing.invite.InvitationStore;
import io.feedbackloop.routing.invite.InvitationStoreContract;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class H2InvitationStoreTest extends InvitationStoreContract {
  private static final DataSource DB = H2Databases.fresh();

  static {
    SchemaMigrator.builder().dataSource(DB).tablePrefix("inv_").build().migrate(RoutingMigrations.all());
  }

  @Override
  protected InvitationStore newStore() {
    return JdbcInvitationStore.builder().dataSource(DB).tablePrefix("inv_").build();
  }

  @Test
  void missingSchemaIsReportedWithTheTableAndAHint() {
    InvitationStore bare = JdbcInvitationStore.builder().dataSource(DB).tablePrefix("nope_").build();
    assertThatThrownBy(() -> bare.quotaUsed(TenantId.of("t"), "s", Instant.EPOCH))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("read nope_invitation_quotas failed: a table does not exist;")
        .hasMessageContaining("tablePrefix(\"nope_\")");
  }

  @Test
  void builderChecksItsParts() {
    assertThatThrownBy(() -> JdbcInvitationStore.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("JdbcInvitationStore needs exactly one of unitOfWork(...) and dataSource(...), but got neither");
    assertThatThrownBy(() -> JdbcInvitationStore.builder().tablePrefix("Bad"))
        .hasMessage(
            "tablePrefix must be a lower-case letter followed by up to 20 lower-case letters, digits"
                + " or '_', but was 'Bad'");
    assertThat(JdbcInvitationStore.builder().dataSource(DB).build().toString())
        .startsWith("JdbcInvitationStore[fl_invitations, ");
  }
}
