package io.feedbackloop.routing.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.internal.link.Tokens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The compatibility kit every {@link LinkStore} passes. */
public abstract class LinkStoreContract {
  protected static final TenantId TENANT = TenantId.of("acme");
  protected static final RespondentId ANA = RespondentId.of("customer-42");
  protected static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  protected LinkStore store;
  protected MutableClock clock;

  /** A new, empty store (its own tables). */
  protected abstract LinkStore newStore();

  /** Every value the store keeps, as text, to prove that no raw token is among them. */
  protected abstract String everythingStored();

  @BeforeEach
  void setUpStore() {
    store = newStore();
    clock = MutableClock.at(T0);
  }

  protected SurveyLinks links() {
    return SurveyLinks.builder()
        .baseUrl(URI.create("https://feedback.example.com/"))
        .store(store)
        .clock(clock)
        .build();
  }

  private static LinkRecord record(String token, Instant expiresAt) {
    return new LinkRecord(
        TENANT, Tokens.sha256Hex(token), "nps", ANA, "inv-1", expiresAt, null);
  }

  @Test
  void addsFindsAndRefusesADuplicateHash() {
    LinkRecord r = record("t1", T0.plusSeconds(60));
    assertThat(store.add(r)).isTrue();
    assertThat(store.add(r)).isFalse();
    assertThat(store.find(r.tokenHash())).contains(r);
    assertThat(store.find(Tokens.sha256Hex("other"))).isEmpty();
  }

  @Test
  void marksUsedOnceAndNeverWhenExpired() {
    LinkRecord r = record("t1", T0.plusSeconds(60));
    store.add(r);
    assertThat(store.markUsed(r.tokenHash(), T0.plusSeconds(1))).isTrue();
    assertThat(store.markUsed(r.tokenHash(), T0.plusSeconds(2))).isFalse();
    assertThat(store.find(r.tokenHash()).orElseThrow().usedAt()).isEqualTo(T0.plusSeconds(1));

    LinkRecord e = record("t2", T0.plusSeconds(60));
    store.add(e);
    assertThat(store.markUsed(e.tokenHash(), T0.plusSeconds(60))).as("at expiry").isFalse();
    assertThat(store.markUsed(Tokens.sha256Hex("unknown"), T0)).isFalse();
  }

  @Test
  void joinsTheCallersTransactionAndRollsBackWithIt() {
    LinkRecord r = record("t1", T0.plusSeconds(60));
    assertThatThrownBy(
            () ->
                store
                    .unitOfWork()
                    .inTransaction(
                        tx -> {
                          store.add(r);
                          assertThat(store.find(r.tokenHash())).isPresent();
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");
    assertThat(store.find(r.tokenHash())).isEmpty();

    store.add(r);
    assertThatThrownBy(
            () ->
                store
                    .unitOfWork()
                    .inTransaction(
                        tx -> {
                          assertThat(store.markUsed(r.tokenHash(), T0)).isTrue();
                          throw new IllegalStateException("answer not stored");
                        }))
        .hasMessage("answer not stored");
    assertThat(store.find(r.tokenHash()).orElseThrow().used()).as("usable again").isFalse();
  }

  @Test
  void publicLinksAndVisitsWithAWindow() {
    PublicLinkRecord p = new PublicLinkRecord(TENANT, Tokens.sha256Hex("p1"), "nps", T0);
    assertThat(store.addPublic(p)).isTrue();
    assertThat(store.addPublic(p)).isFalse();
    assertThat(store.findPublic(p.tokenHash())).contains(p);
    assertThat(store.findPublic(Tokens.sha256Hex("p2"))).isEmpty();

    Duration window = Duration.ofHours(1);
    String visitor = Tokens.sha256Hex("v1");
    assertThat(store.recordVisit(TENANT, p.tokenHash(), visitor, T0, window)).isTrue();
    assertThat(store.recordVisit(TENANT, p.tokenHash(), visitor, T0.plusSeconds(3599), window))
        .as("inside the window")
        .isFalse();
    assertThat(store.recordVisit(TENANT, p.tokenHash(), visitor, T0.plusSeconds(3600), window))
        .as("a window after the first")
        .isTrue();
    assertThat(store.recordVisit(TENANT, p.tokenHash(), Tokens.sha256Hex("v2"), T0, window)).isTrue();
    assertThat(
            store.recordVisit(TenantId.of("other"), p.tokenHash(), visitor, T0.plusSeconds(3601), window))
        .as("tenants are apart")
        .isTrue();
  }

  @Test
  void purgesExpiredLinksAndOldVisits() {
    store.add(record("old", T0.plusSeconds(10)));
    LinkRecord fresh = record("fresh", T0.plusSeconds(1000));
    store.add(fresh);
    store.recordVisit(TENANT, Tokens.sha256Hex("p"), Tokens.sha256Hex("v"), T0, Duration.ofMinutes(1));
    assertThat(store.purge(T0.plusSeconds(100))).isEqualTo(2);
    assertThat(store.find(Tokens.sha256Hex("old"))).isEmpty();
    assertThat(store.find(fresh.tokenHash())).isPresent();
  }

  @Test
  void keepsOnlyTheHashOfAnIssuedToken() {
    IssuedLink link = links().issue(TENANT, "nps", ANA, "inv-7", T0.plus(Duration.ofDays(7)));
    String stored = everythingStored();
    assertThat(stored).contains(Tokens.sha256Hex(link.token())).doesNotContain(link.token());
    assertThat(stored).doesNotContain(link.token().substring(0, 20));
  }

  @Test
  void issuesAndRedeemsInTheCallersTransaction() {
    SurveyLinks links = links();
    IssuedLink[] issued = new IssuedLink[1];
    assertThatThrownBy(
            () ->
                store
                    .unitOfWork()
                    .inTransaction(
                        tx -> {
                          issued[0] = links.issue(TENANT, "nps", ANA, "inv-1", T0.plusSeconds(600));
                          throw new IllegalStateException("invitation not recorded");
                        }))
        .hasMessage("invitation not recorded");
    assertThatThrownBy(() -> links.open(issued[0].token()))
        .isInstanceOf(InvalidLinkException.class);
  }

  @Test
  void exactlyOneOfManyRacingRedemptionsWins() throws Exception {
    SurveyLinks links = links();
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 5; round++) {
        IssuedLink link = links.issue(TENANT, "nps", ANA, "inv-" + round, T0.plusSeconds(600));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          Callable<Boolean> redeem =
              () -> {
                start.await();
                try {
                  links.redeem(link.token(), T0.plusSeconds(1));
                  return true;
                } catch (InvalidLinkException e) {
                  return false;
                }
              };
          results.add(pool.submit(redeem));
        }
        start.countDown();
        int wins = 0;
        for (Future<Boolean> f : results) {
          wins += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(wins).as("round %d", round).isEqualTo(1);
      }
      assertThat(links.rejections().get(LinkRejection.USED)).isEqualTo(5L * (threads - 1));
    } finally {
      pool.shutdownNow();
    }
  }
}
