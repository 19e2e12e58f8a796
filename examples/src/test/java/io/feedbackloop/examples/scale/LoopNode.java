package io.feedbackloop.examples.scale;

import io.feedbackloop.core.store.IdempotencyConflictException;
import io.feedbackloop.routing.cases.EscalationReport;
import io.feedbackloop.routing.loop.DueWorkReport;
import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.routing.loop.SubmitResult;
import io.feedbackloop.routing.outbox.WorkReport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One application node in its own JVM, started by {@link NodeProcess}: a {@link FeedbackLoop} on
 * the parent's PostgreSQL (schema already migrated), submitting its {@linkplain Workload#slice
 * slice} of the responses on {@code threads} threads while {@code dueThreads} others call {@link
 * FeedbackLoop#runDueWork()} in a loop, on the real clock.
 *
 * <p>Arguments, {@code name=value}: {@code jdbc}, {@code user}, {@code password}, {@code prefix},
 * {@code node} (the node id), {@code index} and {@code nodes} (its slice), {@code total}, {@code
 * receiver} (base URL), {@code leaseMs}, {@code firstContactMs}, {@code threads} (submitting, default 2), {@code
 * dueThreads} (running due work, default 2).
 *
 * <p>Output, one line each: {@code started ...}, {@code progress accepted=.. replays=..
 * conflicts=.. delivered=.. fired=..} every 200 submits, {@code submitted ...} when the slice is
 * done and {@code done ...} when due work is drained too: no due work left once the SLA steps of
 * its last cases had time to come due. Exits 0 then; 1 if a submit kept failing.
 */
public final class LoopNode {
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger replays = new AtomicInteger();
  private final AtomicInteger conflicts = new AtomicInteger();
  private final AtomicInteger errors = new AtomicInteger();
  private final AtomicInteger processed = new AtomicInteger();
  private final AtomicInteger delivered = new AtomicInteger();
  private final AtomicInteger fired = new AtomicInteger();
  private final AtomicBoolean failed = new AtomicBoolean();
  private final AtomicReference<EscalationReport> escalations =
      new AtomicReference<>(EscalationReport.empty());
  private final AtomicReference<WorkReport> deliveries = new AtomicReference<>(WorkReport.empty());
  private final AtomicLong longestRun = new AtomicLong();

  private LoopNode() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      a.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    System.exit(new LoopNode().run(a));
  }

  private int run(Map<String, String> a) throws InterruptedException {
    long started = System.nanoTime();
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(a.get("jdbc"));
    pg.setUser(a.get("user"));
    pg.setPassword(a.get("password"));
    int threads = Integer.parseInt(a.getOrDefault("threads", "2"));
    int dueThreads = Integer.parseInt(a.getOrDefault("dueThreads", "2"));
    NodePool pool = new NodePool(pg, threads + dueThreads + 1);
    Duration lease = Duration.ofMillis(Long.parseLong(a.get("leaseMs")));
    Duration firstContact = Duration.ofMillis(Long.parseLong(a.get("firstContactMs")));
    String nodeId = a.get("node");
    FeedbackLoop loop =
        NodeSetup.loop(
            pool, a.get("prefix"), nodeId, URI.create(a.get("receiver")), lease, firstContact,
            Clock.systemUTC());
    Workload workload = new Workload(Integer.parseInt(a.get("total")), Integer.parseInt(a.get("nodes")));
    int index = Integer.parseInt(a.get("index"));
    int[] slice = workload.slice(index);
    say("started node=" + nodeId + " slice=" + slice.length);

    AtomicBoolean submitting = new AtomicBoolean(true);
    // like a host's scheduler with several threads: deliveries wait on I/O, so two keep up better
    Thread[] dueWork = new Thread[dueThreads];
    for (int t = 0; t < dueThreads; t++) {
      dueWork[t] = new Thread(() -> dueWorkLoop(loop, submitting, lease, firstContact), "due-work-" + t);
      dueWork[t].start();
    }
    Thread[] submitters = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int first = t;
      submitters[t] =
          new Thread(() -> submitAll(loop, workload, slice, index, first, threads), "submit-" + t);
      submitters[t].start();
    }
    for (Thread t : submitters) {
      t.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    say("submitted " + counts() + String.format(" seconds=%.1f", seconds));
    submitting.set(false);
    for (Thread t : dueWork) {
      t.join();
    }
    say("done " + counts()
        + String.format(" seconds=%.1f", (System.nanoTime() - started) / 1e9));
    say("escalations " + escalations.get());
    say("deliveries " + deliveries.get());
    say(String.format("longest runDueWork %.1f s", longestRun.get() / 1e9));
    return failed.get() ? 1 : 0;
  }

  private void submitAll(
      FeedbackLoop loop, Workload workload, int[] slice, int node, int first, int step) {
    for (int j = first; j < slice.length && !failed.get(); j += step) {
      int item = slice[j];
      for (int attempt = 1; ; attempt++) {
        try {
          SubmitResult r = loop.submit(workload.response(item, node, Instant.now()));
          (r.replay() ? replays : accepted).incrementAndGet();
          break;
        } catch (IdempotencyConflictException e) {
          conflicts.incrementAndGet();
          break;
        } catch (RuntimeException e) {
          errors.incrementAndGet();
          say("error item=" + item + " attempt=" + attempt + " " + e);
          if (attempt == 5) {
            failed.set(true);
            return;
          }
        }
      }
      if (processed.incrementAndGet() % 200 == 0) {
        say("progress " + counts());
      }
    }
  }

  private void dueWorkLoop(
      FeedbackLoop loop, AtomicBoolean submitting, Duration lease, Duration firstContact) {
    long quietFrom = Long.MAX_VALUE;
    // after the last submit, the SLA steps of the last cases come due within the first contact,
    // and an expired claim of a dead node within a lease
    long horizon = firstContact.plus(lease).plusMillis(500).toNanos();
    while (true) {
      boolean idle;
      try {
        long start = System.nanoTime();
        DueWorkReport r = loop.runDueWork();
        longestRun.accumulateAndGet(System.nanoTime() - start, Math::max);
        delivered.addAndGet(r.delivered());
        fired.addAndGet(r.stepsFired());
        escalations.accumulateAndGet(r.escalations(), EscalationReport::plus);
        deliveries.accumulateAndGet(r.deliveries(), WorkReport::plus);
        idle = r.escalations().claimed() == 0 && r.deliveries().claimed() == 0;
      } catch (RuntimeException e) {
        say("due-work error " + e);
        idle = false;
      }
      if (!submitting.get() && quietFrom == Long.MAX_VALUE) {
        quietFrom = System.nanoTime();
      }
      if (idle && System.nanoTime() - quietFrom > horizon) {
        return;
      }
      if (idle) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
      }
    }
  }

  private String counts() {
    return "accepted=" + accepted + " replays=" + replays + " conflicts=" + conflicts
        + " errors=" + errors + " delivered=" + delivered + " fired=" + fired;
  }

  private static synchronized void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
