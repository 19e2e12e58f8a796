package io.feedbackloop.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.tx.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit of {@link ResponseStore}: every implementation must pass it. Subclasses
 * give a fresh, isolated store per test and the unit of work it runs in.
 */
public abstract class ResponseStoreContract {
  protected static final TenantId ACME = TenantId.of("acme");
  protected static final TenantId GLOBEX = TenantId.of("globex");
  protected static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123456789Z");

  protected ResponseStore store;

  /** A fresh, empty store, isolated from every other test's. */
  protected abstract ResponseStore createStore();

  /** The unit of work the store from {@link #createStore()} runs its calls in. */
  protected abstract UnitOfWork unitOfWork();

  @BeforeEach
  void createFreshStore() {
    store = createStore();
  }

  /** A valid response of {@code tenant} with the given id, key and time. */
  protected static Response.Builder response(TenantId tenant, String id, Instant at) {
    return Response.builder(tenant, "post-delivery")
        .id(id)
        .submittedAt(at)
        .respondent("customer-42")
        .answer("nps", 9)
        .answer("comment", "Fast delivery, friendly driver")
        .attribute("region", "north");
  }

  // ---- append and idempotency ------------------------------------------------------------

  @Test
  void appendedResponseReadsBackEqual() {
    Response r = response(ACME, "r1", T0).attribute("tier", "gold").build();

    AppendResult result = store.append(r);

    assertThat(result).isEqualTo(new AppendResult(r, true));
    assertThat(store.get(ACME, "r1")).contains(r);
    assertThat(store.get(ACME, "r1").orElseThrow().submittedAt()).isEqualTo(T0);
    assertThat(store.get(ACME, "missing")).isEmpty();
  }

  @Test
  void anonymousResponseWithoutAttributesIsStored() {
    Response r = Response.builder(ACME, "kiosk").id("anon").submittedAt(T0).answer("csat", 4).build();

    store.append(r);

    assertThat(store.get(ACME, "anon")).contains(r);
    assertThat(store.count(ResponseQuery.builder(ACME).survey("kiosk").build())).isEqualTo(1);
  }

  @Test
  void retryWithSameKeyAndContentReturnsTheFirstAndStoresNothing() {
    Response first = response(ACME, "r1", T0).idempotencyKey("order-1").build();
    Response retry = response(ACME, "r2", T0.plusSeconds(5)).idempotencyKey("order-1").build();
    store.append(first);

    AppendResult result = store.append(retry);

    assertThat(result.created()).isFalse();
    assertThat(result.response()).isEqualTo(first);
    assertThat(store.get(ACME, "r2")).isEmpty();
    assertThat(store.count(ResponseQuery.of(ACME))).isEqualTo(1);
  }

  @Test
  void sameKeyWithOtherContentIsAConflictNamingTheKey() {
    Response first = response(ACME, "r1", T0).idempotencyKey("order-1").build();
    store.append(first);
    Response other = response(ACME, "r2", T0).idempotencyKey("order-1").answer("nps", 3).build();

    assertThatThrownBy(() -> store.append(other))
        .isInstanceOfSatisfying(
            IdempotencyConflictException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(IdempotencyConflictException.Reason.KEY_REUSED);
              assertThat(e.storedResponseId()).isEqualTo("r1");
            })
        .hasMessage(
            "idempotency key 'order-1' of tenant 'acme' and survey 'post-delivery' is already used"
                + " by stored response 'r1' with other content");
    assertThat(store.get(ACME, "r1")).contains(first);
    assertThat(store.get(ACME, "r2")).isEmpty();
  }

  @Test
  void reusedIdWithOtherContentIsAConflict() {
    Response first = response(ACME, "r1", T0).build();
    store.append(first);
    Response other = response(ACME, "r1", T0).idempotencyKey("other-key").answer("nps", 2).build();

    assertThatThrownBy(() -> store.append(other))
        .isInstanceOf(IdempotencyConflictException.class)
        .hasMessage(
            "response id 'r1' of tenant 'acme' is already used by a stored response with other"
                + " content (survey 'post-delivery', idempotency key 'r1')");
    assertThat(store.get(ACME, "r1")).contains(first);
    assertThat(store.count(ResponseQuery.of(ACME))).isEqualTo(1);
  }

  @Test
  void sameKeyInAnotherSurveyIsNoConflict() {
    store.append(response(ACME, "r1", T0).idempotencyKey("k").build());
    Response other =
        Response.builder(ACME, "post-support").id("r2").submittedAt(T0).idempotencyKey("k").build();

    assertThat(store.append(other).created()).isTrue();
    assertThat(store.count(ResponseQuery.of(ACME))).isEqualTo(2);
  }

  /** Threads × appends per thread for the concurrency test; backends may lower it. */
  protected int appendsPerThread() {
    return 200;
  }

  @Test
  void concurrentAppendsStoreExactlyOneResponsePerKey() throws Exception {
    int threads = 8;
    int keys = 50;
    int perThread = appendsPerThread();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger ids = new AtomicInteger();
    AtomicInteger created = new AtomicInteger();
    Map<String, Set<String>> winnersByKey = new ConcurrentHashMap<>();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    String key = "key-" + ((i + thread) % keys);
                    Response r =
                        response(ACME, "id-" + ids.incrementAndGet(), T0.plusMillis(i))
                            .idempotencyKey(key)
                            .build();
                    AppendResult result = store.append(r);
                    if (result.created()) {
                      created.incrementAndGet();
                    }
                    winnersByKey
                        .computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
                        .add(result.response().id());
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(created).hasValue(keys);
    assertThat(store.count(ResponseQuery.of(ACME))).isEqualTo(keys);
    assertThat(winnersByKey).hasSize(keys);
    winnersByKey.forEach(
        (key, winners) -> {
          assertThat(winners).as("winners of %s", key).hasSize(1);
          Response stored = store.get(ACME, winners.iterator().next()).orElseThrow();
          assertThat(stored.idempotencyKey()).isEqualTo(key);
        });
  }

  // ---- tenants ---------------------------------------------------------------------------

  @Test
  void tenantsNeverSeeEachOthersResponses() {
    Response a = response(ACME, "same-id", T0).idempotencyKey("same-key").build();
    Response b =
        response(GLOBEX, "same-id", T0).idempotencyKey("same-key").answer("nps", 0).build();

    assertThat(store.append(a).created()).isTrue();
    assertThat(store.append(b).created()).isTrue();

    assertThat(store.get(ACME, "same-id")).contains(a);
    assertThat(store.get(GLOBEX, "same-id")).contains(b);
    try (Stream<Response> s = store.stream(ResponseQuery.of(ACME))) {
      assertThat(s).containsExactly(a);
    }
    assertThat(store.page(ResponseQuery.of(GLOBEX), 10, null).items()).containsExactly(b);
    assertThat(store.count(ResponseQuery.of(ACME))).isEqualTo(1);
    RespondentId customer = RespondentId.of("customer-42");
    assertThat(store.erase(ACME, customer)).isEqualTo(new ErasureReport(1, 1));
    assertThat(store.get(ACME, "same-id")).isEmpty();
    assertThat(store.get(GLOBEX, "same-id")).contains(b);
    assertThat(store.count(ResponseQuery.builder(GLOBEX).respondent(customer).build())).isEqualTo(1);
  }

  // ---- erasure ---------------------------------------------------------------------------

  @Test
  void erasureRemovesOneRespondentOnlyAndIsIdempotent() {
    RespondentId ana = RespondentId.of("ana");
    store.append(response(ACME, "a1", T0).respondent(ana).attribute("tier", "gold").build());
    store.append(response(ACME, "a2", T0.plusSeconds(1)).respondent(ana).build());
    Response ben = response(ACME, "b1", T0).respondent("ben").build();
    Response anonymous = response(ACME, "x1", T0).respondent((RespondentId) null).build();
    Response otherTenant = response(GLOBEX, "a1", T0).respondent(ana).build();
    store.append(ben);
    store.append(anonymous);
    store.append(otherTenant);

    assertThat(store.erase(ACME, ana)).isEqualTo(new ErasureReport(2, 3));
    assertThat(store.erase(ACME, ana)).isEqualTo(new ErasureReport(0, 0));

    try (Stream<Response> s = store.stream(ResponseQuery.of(ACME))) {
      assertThat(s).containsExactlyInAnyOrder(ben, anonymous);
    }
    assertThat(store.get(GLOBEX, "a1")).contains(otherTenant);
    assertThat(store.erase(ACME, RespondentId.of("nobody"))).isEqualTo(new ErasureReport(0, 0));
  }

  // ---- retention -------------------------------------------------------------------------

  @Test
  void deleteSubmittedBeforeKeepsTheCutoffAndLaterAndSpansTenants() {
    Instant cutoff = T0.plusSeconds(60);
    store.append(response(ACME, "old-1", T0).attribute("tier", "gold").build());
    store.append(response(GLOBEX, "old-2", cutoff.minusNanos(1000)).build());
    Response atCutoff = response(ACME, "at-cutoff", cutoff).build();
    Response later = response(GLOBEX, "later", cutoff.plusSeconds(1)).build();
    store.append(atCutoff);
    store.append(later);

    assertThat(store.deleteSubmittedBefore(cutoff, 500)).isEqualTo(2);
    assertThat(store.deleteSubmittedBefore(cutoff, 500)).isZero();

    assertThat(store.get(ACME, "old-1")).isEmpty();
    assertThat(store.get(GLOBEX, "old-2")).isEmpty();
    assertThat(store.get(ACME, "at-cutoff")).contains(atCutoff);
    assertThat(store.get(GLOBEX, "later")).contains(later);
    assertThat(store.count(ResponseQuery.builder(ACME).attribute("tier", "gold").build())).isZero();
  }

  @Test
  void deleteSubmittedBeforeDeletesAtMostTheLimitPerCall() {
    for (int i = 0; i < 7; i++) {
      store.append(
          response(i % 2 == 0 ? ACME : GLOBEX, "r" + i, T0.plusSeconds(i))
              .idempotencyKey("k" + i)
              .build());
    }
    Instant cutoff = T0.plusSeconds(100);

    assertThat(store.deleteSubmittedBefore(cutoff, 3)).isEqualTo(3);
    assertThat(store.deleteSubmittedBefore(cutoff, 3)).isEqualTo(3);
    assertThat(store.deleteSubmittedBefore(cutoff, 3)).isEqualTo(1);
    assertThat(store.deleteSubmittedBefore(cutoff, 3)).isZero();
    assertThat(store.count(ResponseQuery.of(ACME)) + store.count(ResponseQuery.of(GLOBEX))).isZero();
  }

  @Test
  void deleteSubmittedBeforeIsUndoneWithItsTransaction() {
    Response old = response(ACME, "old", T0).build();
    store.append(old);

    assertThatThrownBy(
            () ->
                unitOfWork()
                    .inTransaction(
                        tx -> {
                          assertThat(store.deleteSubmittedBefore(T0.plusSeconds(1), 10)).isEqualTo(1);
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");

    assertThat(store.get(ACME, "old")).contains(old);
  }

  @Test
  @SuppressWarnings("NullAway")
  void deleteSubmittedBeforeRefusesBadArguments() {
    assertThatThrownBy(() -> store.deleteSubmittedBefore(T0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be between 1 and 10000, but was 0");
    assertThatThrownBy(() -> store.deleteSubmittedBefore(T0, 10_001))
        .hasMessage("limit must be between 1 and 10000, but was 10001");
    assertThatThrownBy(() -> store.deleteSubmittedBefore(null, 10))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("cutoff must not be null");
  }

  @Test
  void erasedKeyCanBeUsedAgain() {
    RespondentId ana = RespondentId.of("ana");
    store.append(response(ACME, "a1", T0).respondent(ana).build());
    store.erase(ACME, ana);

    Response again = response(ACME, "a1", T0).respondent(ana).answer("nps", 1).build();

    assertThat(store.append(again).created()).isTrue();
    assertThat(store.get(ACME, "a1")).contains(again);
  }

  // ---- queries ---------------------------------------------------------------------------

  /** Sorted as the stores order: time, then id in Java string order. */
  private static List<Response> sorted(List<Response> responses) {
    return responses.stream()
        .sorted(
            (x, y) -> {
              int c = x.submittedAt().compareTo(y.submittedAt());
              return c != 0 ? c : x.id().compareTo(y.id());
            })
        .collect(Collectors.toList());
  }

  @Test
  void pagesCoverEveryResponseOnceInStreamOrderAlsoUnderEqualTimes() {
    long seed = Long.getLong("feedback.seed", System.nanoTime());
    Random random = new Random(seed);
    List<Response> all = new ArrayList<>();
    Set<String> usedIds = new HashSet<>();
    while (all.size() < 260) {
      String id = randomId(random);
      if (usedIds.add(id)) {
        // five distinct instants only: most responses share their time with many others
        Response r = response(ACME, id, T0.plusNanos(random.nextInt(5))).build();
        all.add(r);
        store.append(r);
      }
    }
    store.append(response(GLOBEX, "z", T0).build());
    List<Response> expected = sorted(all);

    List<Response> streamed;
    try (Stream<Response> s = store.stream(ResponseQuery.of(ACME))) {
      streamed = s.collect(Collectors.toList());
    }
    List<Response> paged = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      Page<Response> page = store.page(ResponseQuery.of(ACME), 7, after);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(7);
      paged.addAll(page.items());
      after = page.next().orElse(null);
      pages++;
    } while (after != null);

    assertThat(streamed).as("stream order, seed %s", seed).isEqualTo(expected);
    assertThat(paged).as("pages, seed %s", seed).isEqualTo(expected);
    assertThat(pages).isEqualTo(38);
  }

  private static String randomId(Random random) {
    String chars = "ABCXYZabcxyz0189._-";
    StringBuilder s = new StringBuilder("r");
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      s.append(chars.charAt(random.nextInt(chars.length())));
    }
    return s.toString();
  }

  @Test
  void lastFullPageHasNoNextToken() {
    for (int i = 0; i < 4; i++) {
      store.append(response(ACME, "r" + i, T0).build());
    }

    Page<Response> first = store.page(ResponseQuery.of(ACME), 2, null);
    Page<Response> second = store.page(ResponseQuery.of(ACME), 2, first.next().orElseThrow());

    assertThat(first.items()).extracting(Response::id).containsExactly("r0", "r1");
    assertThat(second.items()).extracting(Response::id).containsExactly("r2", "r3");
    assertThat(second.next()).isEmpty();
    assertThat(store.page(ResponseQuery.of(GLOBEX), 5, null)).isEqualTo(new Page<>(List.of(), Optional.empty()));
  }

  @Test
  void filtersCombineWithAnd() {
    Instant t1 = T0.plusSeconds(60);
    Instant t2 = T0.plusSeconds(120);
    Response early = response(ACME, "early", T0).attribute("tier", "gold").build();
    Response atT1 = response(ACME, "at-t1", t1).attribute("tier", "silver").build();
    Response atT2 = response(ACME, "at-t2", t2).attribute("tier", "gold").build();
    Response south = response(ACME, "south", t1).attribute("region", "south").build();
    Response ben = response(ACME, "ben", t1).respondent("ben").attribute("tier", "gold").build();
    Response support =
        Response.builder(ACME, "post-support").id("support").submittedAt(t1).build();
    for (Response r : List.of(early, atT1, atT2, south, ben, support)) {
      store.append(r);
    }

    assertQuery(ResponseQuery.builder(ACME).survey("post-support").build(), support);
    assertQuery(
        ResponseQuery.builder(ACME).submittedBetween(t1, t2).build(), atT1, ben, south, support);
    assertQuery(ResponseQuery.builder(ACME).submittedFrom(t1.plusNanos(1)).build(), atT2);
    assertQuery(ResponseQuery.builder(ACME).submittedBefore(t1).build(), early);
    assertQuery(ResponseQuery.builder(ACME).respondent(RespondentId.of("ben")).build(), ben);
    assertQuery(
        ResponseQuery.builder(ACME).attribute("region", "north").attribute("tier", "gold").build(),
        early,
        ben,
        atT2);
    assertQuery(
        ResponseQuery.builder(ACME)
            .survey("post-delivery")
            .submittedBetween(T0, t2)
            .respondent(RespondentId.of("customer-42"))
            .attribute("tier", "gold")
            .build(),
        early);
    assertQuery(ResponseQuery.builder(ACME).attribute("tier", "platinum").build());
  }

  @Test
  void oneRespondentsResponsesReadInStoreOrderAndFollowRollbacksAndErasure() {
    RespondentId ana = RespondentId.of("ana");
    Response a3 = response(ACME, "a3", T0.plusSeconds(3)).respondent(ana).build();
    Response a1 = response(ACME, "a1", T0.plusSeconds(1)).respondent(ana).build();
    Response b2 = response(ACME, "b2", T0.plusSeconds(2)).respondent("ben").build();
    Response a0 = response(ACME, "a0", T0.plusSeconds(1)).respondent(ana).build();
    for (Response r : List.of(a3, a1, b2, a0)) {
      store.append(r);
    }
    store.append(response(GLOBEX, "a9", T0).respondent(ana).build());
    ResponseQuery ofAna = ResponseQuery.builder(ACME).respondent(ana).build();
    assertQuery(ofAna, a0, a1, a3);
    assertQuery(ResponseQuery.builder(ACME).respondent(ana).submittedBefore(T0.plusSeconds(3)).build(), a0, a1);

    assertThatThrownBy(
            () ->
                unitOfWork()
                    .inTransaction(
                        tx -> {
                          store.append(response(ACME, "a2", T0.plusSeconds(2)).respondent(ana).build());
                          assertThat(store.count(ofAna)).as("visible inside").isEqualTo(4);
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");
    assertQuery(ofAna, a0, a1, a3);

    store.erase(ACME, ana);
    assertQuery(ofAna);
    assertQuery(ResponseQuery.builder(ACME).respondent(RespondentId.of("ben")).build(), b2);
  }

  private void assertQuery(ResponseQuery query, Response... expected) {
    List<Response> want = List.of(expected);
    try (Stream<Response> s = store.stream(query)) {
      assertThat(s.collect(Collectors.toList())).as("stream %s", query).isEqualTo(want);
    }
    assertThat(store.count(query)).as("count %s", query).isEqualTo(want.size());
    List<Response> paged = new ArrayList<>();
    String after = null;
    do {
      Page<Response> page = store.page(query, 2, after);
      paged.addAll(page.items());
      after = page.next().orElse(null);
    } while (after != null);
    assertThat(paged).as("pages %s", query).isEqualTo(want);
  }

  @Test
  void partlyConsumedStreamsCanBeClosedAndTheStoreGoesOn() {
    for (int i = 0; i < 30; i++) {
      store.append(response(ACME, "r" + (100 + i), T0.plusSeconds(i)).build());
    }
    for (int round = 0; round < 20; round++) {
      try (Stream<Response> s = store.stream(ResponseQuery.of(ACME))) {
        assertThat(s.limit(3).map(Response::id)).containsExactly("r100", "r101", "r102");
      }
    }
    assertThat(store.count(ResponseQuery.of(ACME))).isEqualTo(30);
  }

  // ---- bad input -------------------------------------------------------------------------

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsAreRefusedByName() {
    ResponseQuery q = ResponseQuery.of(ACME);
    RespondentId ana = RespondentId.of("ana");
    assertThatThrownBy(() -> store.append(null)).isInstanceOf(NullPointerException.class).hasMessage("response must not be null");
    assertThatThrownBy(() -> store.get(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("tenant must not be null");
    assertThatThrownBy(() -> store.get(ACME, null)).isInstanceOf(NullPointerException.class).hasMessage("responseId must not be null");
    assertThatThrownBy(() -> store.stream(null)).isInstanceOf(NullPointerException.class).hasMessage("query must not be null");
    assertThatThrownBy(() -> store.page(null, 1, null)).isInstanceOf(NullPointerException.class).hasMessage("query must not be null");
    assertThatThrownBy(() -> store.count(null)).isInstanceOf(NullPointerException.class).hasMessage("query must not be null");
    assertThatThrownBy(() -> store.erase(null, ana)).isInstanceOf(NullPointerException.class).hasMessage("tenant must not be null");
    assertThatThrownBy(() -> store.erase(ACME, null)).isInstanceOf(NullPointerException.class).hasMessage("respondent must not be null");
    assertThat(store.count(q)).isZero();
  }

  @Test
  void pageSizeOutOfRangeIsRefused() {
    ResponseQuery q = ResponseQuery.of(ACME);
    assertThatThrownBy(() -> store.page(q, 0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size must be between 1 and 1000, but was 0");
    assertThatThrownBy(() -> store.page(q, 1001, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size must be between 1 and 1000, but was 1001");
  }

  @Test
  void malformedOrForeignTokensAreRefused() {
    for (int i = 0; i < 3; i++) {
      store.append(response(ACME, "r" + i, T0).build());
    }
    ResponseQuery q = ResponseQuery.of(ACME);
    String token = store.page(q, 1, null).next().orElseThrow();

    assertThatThrownBy(() -> store.page(q, 1, "not a token!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "after must be a continuation token returned by page(...), but was 'not a token!'");
    assertThatThrownBy(() -> store.page(q, 1, token.substring(0, token.length() - 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("after must be a continuation token returned by page(...)");
    assertThatThrownBy(() -> store.page(ResponseQuery.of(GLOBEX), 1, token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("after must be a continuation token of this query, but was one of another query");
    assertThat(store.page(q, 5, token).items()).extracting(Response::id).containsExactly("r1", "r2");
  }

  @Test
  void responseTooLargeToReadBackIsRefusedAndNothingIsStored() {
    Response.Builder big = response(ACME, "big", T0);
    for (int i = 0; i < Response.MAX_ATTRIBUTES - 1; i++) {
      big.attribute("a" + i, "x".repeat(Response.MAX_ATTRIBUTE_LENGTH));
    }
    big.answer("essay", "y".repeat(10_000));

    assertThatThrownBy(() -> store.append(big.build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("JSON size of response 'big' must be <= 65536 bytes to be stored, but was ");
    assertThat(store.get(ACME, "big")).isEmpty();
    assertThat(store.count(ResponseQuery.of(ACME))).isZero();
    Response fine = response(ACME, "big", T0).build();
    assertThat(store.append(fine).created()).isTrue();
    assertThat(store.get(ACME, "big")).contains(fine);
  }

  // ---- unit of work ----------------------------------------------------------------------

  @Test
  void appendsInARolledBackUnitOfWorkAreUndone() {
    Response kept = response(ACME, "kept", T0).build();
    store.append(kept);

    assertThatThrownBy(
            () ->
                unitOfWork()
                    .inTransaction(
                        tx -> {
                          store.append(response(ACME, "r1", T0).build());
                          store.erase(ACME, RespondentId.of("customer-42"));
                          store.append(response(ACME, "r2", T0).build());
                          assertThat(store.count(ResponseQuery.of(ACME))).isEqualTo(1);
                          throw new IllegalStateException("host failure after the append");
                        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("host failure after the append");

    assertThat(store.get(ACME, "r1")).isEmpty();
    assertThat(store.get(ACME, "r2")).isEmpty();
    assertThat(store.get(ACME, "kept")).contains(kept);
    assertThat(store.count(ResponseQuery.of(ACME))).isEqualTo(1);
  }

  @Test
  void appendsInACommittedUnitOfWorkAreKept() {
    List<Boolean> afterCommit = new ArrayList<>();
    unitOfWork()
        .inTransaction(
            tx -> {
              store.append(response(ACME, "r1", T0).build());
              store.append(response(ACME, "r2", T0).build());
              tx.afterCommit(() -> afterCommit.add(true));
              return afterCommit;
            });

    assertThat(afterCommit).containsExactly(true);
    assertThat(store.count(ResponseQuery.of(ACME))).isEqualTo(2);
  }

  @Test
  void aConflictInsideAUnitOfWorkRollsBackWhatItWrote() {
    store.append(response(ACME, "r1", T0).idempotencyKey("k").build());

    assertThatThrownBy(
            () ->
                unitOfWork()
                    .inTransaction(
                        tx -> {
                          store.append(response(ACME, "r2", T0).build());
                          return store.append(
                              response(ACME, "r3", T0).idempotencyKey("k").answer("nps", 0).build());
                        }))
        .isInstanceOf(IdempotencyConflictException.class);

    assertThat(store.get(ACME, "r2")).isEmpty();
    assertThat(store.count(ResponseQuery.of(ACME))).isEqualTo(1);
  }
}
