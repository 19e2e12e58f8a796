package io.feedbackloop.routing.jdbc;

import static io.feedbackloop.routing.cases.CaseFixtures.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.store.jdbc.H2Databases;
import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.CaseStore;
import io.feedbackloop.routing.cases.CaseStoreContract;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class H2CaseStoreTest extends CaseStoreContract {
  private static final DataSource DB = H2Databases.fresh();
  private static final AtomicInteger PREFIXES = new AtomicInteger();

  @Override
  protected CaseStore createStore() {
    String prefix = "h2c_" + PREFIXES.incrementAndGet() + "_";
    SchemaMigrator.builder().dataSource(DB).tablePrefix(prefix).build().migrate(RoutingMigrations.all());
    return JdbcCaseStore.builder().dataSource(DB).tablePrefix(prefix).build();
  }

  @Test
  void aMissingSchemaSaysHowToCreateIt() {
    JdbcCaseStore bare = JdbcCaseStore.builder().dataSource(DB).tablePrefix("nothing_here_").build();
    assertThatThrownBy(() -> bare.find(ACME, CaseId.of("c-1")))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(
            "find in nothing_here_cases failed: a table does not exist; create the schema first with"
                + " SchemaMigrator.builder().dataSource(ds).tablePrefix(\"nothing_here_\").build()"
                + ".migrate(RoutingMigrations.all())");
  }

  @Test
  void theBuilderChecksItsSettings() {
    assertThatThrownBy(() -> JdbcCaseStore.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("JdbcCaseStore needs exactly one of unitOfWork(...) and dataSource(...), but got neither");
    assertThatThrownBy(() -> JdbcCaseStore.builder().tablePrefix("Bad-"))
        .hasMessage(
            "tablePrefix must be a lower-case letter followed by up to 20 lower-case letters, digits"
                + " or '_', but was 'Bad-'");
    assertThat(JdbcCaseStore.builder().dataSource(DB).build().toString()).startsWith("JdbcCaseStore[fl_cases, ");
  }
}
