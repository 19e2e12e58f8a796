package io.feedbackloop.routing.loop;

import io.feedbackloop.routing.internal.loop.LoopStores;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

class H2LoopPrivacyTest extends AbstractLoopPrivacyTest {
  static final DataSource H2 =
      JdbcConnectionPool.create(
          "jdbc:h2:mem:loop-privacy;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
  static final AtomicInteger PREFIXES = new AtomicInteger();

  static LoopStores h2() {
    return jdbc(H2, "lp_" + PREFIXES.incrementAndGet() + "_");
  }

  @Override
  LoopStores newStores() {
    return h2();
  }
}
