package io.feedbackloop.routing.jdbc;

import static io.feedbackloop.routing.cases.CaseFixtures.ACME;
import static io.feedbackloop.routing.cases.CaseFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.store.jdbc.H2Databases;
import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.ResurveyStore;
import io.feedbackloop.routing.cases.ResurveyStoreContract;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class H2ResurveyStoreTest extends ResurveyStoreContract {
  private static final DataSource DB = H2Databases.fresh();
  private static final AtomicInteger PREFIXES = new AtomicInteger();

  @Override
  protected ResurveyStore createStore() {
    String prefix = "h2r_" + PREFIXES.incrementAndGet() + "_";
    SchemaMigrator.builder().dataSource(DB).tablePrefix(prefix).build().migrate(RoutingMigrations.all());
    return JdbcResurveyStore.builder().dataSource(DB).tablePrefix(prefix).build();
  }

  @Test
  void aMissingSchemaSaysHowToCreateIt() {
    JdbcResurveyStore bare = JdbcResurveyStore.builder().dataSource(DB).tablePrefix("nothing_here_").build();
    assertThatThrownBy(() -> bare.find(ACME, CaseId.of("c-1")))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(
            "find in nothing_here_case_resurveys failed: a table does not exist; create the schema"
                + " first with SchemaMigrator.builder().dataSource(ds).tablePrefix(\"nothing_here_\")"
                + ".build().migrate(RoutingMigrations.all())");
    assertThatThrownBy(() -> bare.insertIfAbsent(scheduled("c-1", T0)))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("insert into nothing_here_case_resurveys failed: a table does not exist");
    assertThatThrownBy(() -> bare.list(ACME))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("list nothing_here_case_resurveys failed: a table does not exist");
  }

  @Test
  void theBuilderChecksItsSettings() {
    assertThatThrownBy(() -> JdbcResurveyStore.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "JdbcResurveyStore needs exactly one of unitOfWork(...) and dataSource(...), but got neither");
    assertThatThrownBy(
            () -> JdbcResurveyStore.builder().dataSource(DB).unitOfWork(UnitOfWork.jdbc(DB)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "JdbcResurveyStore needs exactly one of unitOfWork(...) and dataSource(...), but got both");
    assertThatThrownBy(() -> JdbcResurveyStore.builder().tablePrefix("Bad-"))
        .hasMessage(
            "tablePrefix must be a lower-case letter followed by up to 20 lower-case letters, digits"
                + " or '_', but was 'Bad-'");
    UnitOfWork uow = UnitOfWork.jdbc(DB);
    JdbcResurveyStore viaUnitOfWork = JdbcResurveyStore.builder().unitOfWork(uow).build();
    assertThat(viaUnitOfWork.unitOfWork()).isSameAs(uow);
    assertThat(viaUnitOfWork.toString()).startsWith("JdbcResurveyStore[fl_case_resurveys, ");
  }
}
