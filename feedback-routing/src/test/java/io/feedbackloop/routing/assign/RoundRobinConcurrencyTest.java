package io.feedbackloop.routing.assign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RoundRobinConcurrencyTest {

  @Test
  void fourThreadsGetExactlyEqualShares() throws Exception {
    AssignmentStrategy rr = AssignmentStrategy.roundRobin();
    Team team = StrategiesTest.SUPPORT;
    Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    int perThread = 2_500;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    Assignment a = rr.assign(StrategiesTest.request(team, Set.of()));
                    counts
                        .computeIfAbsent(
                            a.assignedOwner().orElseThrow().id(), k -> new AtomicInteger())
                        .incrementAndGet();
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(counts).containsOnlyKeys("ana", "ben", "cid", "dan");
    assertThat(counts.values()).allSatisfy(c -> assertThat(c.get()).isEqualTo(2_500));
  }
}
