package io.feedbackloop.examples.scenarios;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Surveys;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.loop.DueWorkReport;
import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.routing.loop.LoopEvent;
import io.feedbackloop.routing.outbox.RetryPolicy;
import io.feedbackloop.routing.rules.Playbook;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Custom delivery channels: the team alert of a detractor becomes a task in the host's CRM (here
 * an in-memory map) through a {@link DeliveryChannel} registered on the builder. While the CRM is
 * in maintenance the channel answers {@link DeliveryResult#retryAfter}, and the outbox tries again
 * no earlier than that; the task is keyed by the message's idempotency key, so an at-least-once
 * retry never creates a second task. A second plug-in, a pager that throws, shows the guard: the
 * exception is caught, counted as a failed attempt, and after the retry policy's last attempt the
 * message is dead-lettered and a {@link LoopEvent.MessageDead} event tells the host.
 */
public final class CustomChannel {
  static final TenantId TENANT = TenantId.of("webshop");

  private CustomChannel() {}

  /**
   * A task in the host's CRM.
   *
   * @param id the CRM's id
   * @param queue the team whose queue it is in
   * @param title the task's title
   */
  public record CrmTask(String id, String queue, String title) {}

  /** Creates a CRM task per team alert, idempotently; answers "retry after" while unavailable. */
  public static final class CrmTaskChannel implements DeliveryChannel {
    private final Map<String, CrmTask> tasksByKey = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile boolean available;

    /** Sets whether the CRM accepts tasks. */
    public void available(boolean value) {
      this.available = value;
    }

    @Override
    public DeliveryResult deliver(Message message) {
      calls.incrementAndGet();
      if (!available) {
        return DeliveryResult.retryAfter("crm in maintenance", Duration.ofMinutes(5));
      }
      String queue =
          message.recipient() instanceof Recipient.Team team ? team.name() : "unassigned";
      CrmTask task =
          tasksByKey.computeIfAbsent(
              message.idempotencyKey(),
              key -> new CrmTask("TASK-" + (tasksByKey.size() + 1), queue, message.subject()));
      return DeliveryResult.delivered(task.id());
    }

    /** One endpoint for the circuit breaker: the CRM. */
    @Override
    public String endpoint(Message message) {
      return "crm";
    }

    /** The tasks created. */
    public List<CrmTask> tasks() {
      return List.copyOf(tasksByKey.values());
    }

    /** How often the outbox called this channel. */
    public int calls() {
      return calls.get();
    }
  }

  /** A pager plug-in with a bug: it always throws. */
  public static final class BrokenPager implements DeliveryChannel {
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public DeliveryResult deliver(Message message) {
      calls.incrementAndGet();
      throw new IllegalStateException("pager gateway unreachable");
    }

    /** How often the outbox called this channel. */
    public int calls() {
      return calls.get();
    }
  }

  /**
   * What the channels did.
   *
   * @param crm the CRM channel, with its tasks
   * @param pager the pager, with its call count
   * @param runs the due-work reports, in order
   * @param dead the dead-letter events the listener got
   */
  public record Outcome(
      CrmTaskChannel crm, BrokenPager pager, List<DueWorkReport> runs, List<LoopEvent.MessageDead> dead) {}

  /** Runs the example and prints each due-work run and the CRM's tasks. */
  public static void main(String[] args) {
    Outcome outcome = run();
    for (int i = 0; i < outcome.runs().size(); i++) {
      DueWorkReport r = outcome.runs().get(i);
      System.out.println("run " + (i + 1) + " at " + r.at() + ": delivered " + r.delivered()
          + ", dead-lettered " + r.deadLettered());
    }
    System.out.println("CRM tasks: " + outcome.crm().tasks());
    System.out.println("pager calls: " + outcome.pager().calls() + ", dead letters: "
        + outcome.dead().stream().map(LoopEvent.MessageDead::reason).toList());
  }

  /**
   * A high-value detractor answers while the CRM is in maintenance: the alert waits for the CRM,
   * the escalation to the managers goes to the broken pager until it is dead-lettered.
   */
  public static Outcome run() {
    SettableClock clock = SettableClock.at("2026-03-02T09:00:00Z");
    CrmTaskChannel crm = new CrmTaskChannel();
    BrokenPager pager = new BrokenPager();
    List<LoopEvent.MessageDead> dead = new CopyOnWriteArrayList<>();
    FeedbackLoop loop =
        FeedbackLoop.builder()
            .survey(Surveys.nps("post-delivery", Locale.ENGLISH))
            .rules(Playbook.builder().cesQuestion(null).build())
            .team(Team.of("support", "ana", "ben"))
            .channel("crm", crm)
            .teamChannel("#customer-feedback", "crm") // the playbook's team alerts become CRM tasks
            .channel("pager", pager)
            .staffChannel("pager") // escalations page the managers
            .retryPolicy(
                RetryPolicy.builder()
                    .baseDelay(Duration.ofSeconds(1))
                    .maxDelay(Duration.ofSeconds(10))
                    .maxAttempts(3)
                    .build())
            .listener(event -> {
              if (event instanceof LoopEvent.MessageDead d) {
                dead.add(d);
              }
            })
            .clock(clock)
            .build();

    loop.submit(
        Response.builder(TENANT, "post-delivery")
            .id("response-7")
            .respondent("customer-7")
            .answer("nps", 1)
            .attribute("customer_tier", "gold") // high value: the playbook escalates to managers
            .clock(clock)
            .build());

    List<DueWorkReport> runs = new ArrayList<>();
    runs.add(loop.runDueWork()); // CRM: retry after 5 min; pager throws (attempt 1)
    clock.advance(Duration.ofMinutes(1));
    runs.add(loop.runDueWork()); // CRM not due yet; pager throws (attempt 2)
    crm.available(true);
    clock.advance(Duration.ofMinutes(5));
    runs.add(loop.runDueWork()); // CRM task created; pager throws (attempt 3): dead letter
    clock.advance(Duration.ofMinutes(5));
    runs.add(loop.runDueWork()); // nothing left to do
    return new Outcome(crm, pager, List.copyOf(runs), List.copyOf(dead));
  }
}
