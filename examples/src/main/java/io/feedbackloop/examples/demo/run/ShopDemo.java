package io.feedbackloop.examples.demo.run;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.TextAnswer;
import io.feedbackloop.core.store.Page;
import io.feedbackloop.core.store.ResponseQuery;
import io.feedbackloop.examples.demo.report.ClosedLoop;
import io.feedbackloop.examples.demo.report.DetractorTopic;
import io.feedbackloop.examples.demo.report.IssueAlert;
import io.feedbackloop.examples.demo.report.ShopReport;
import io.feedbackloop.examples.demo.report.WeeklyNps;
import io.feedbackloop.examples.demo.shop.AnswerModel;
import io.feedbackloop.examples.demo.shop.CaseHandling;
import io.feedbackloop.examples.demo.shop.Order;
import io.feedbackloop.examples.demo.shop.ResurveyModel;
import io.feedbackloop.examples.demo.shop.ResurveyReply;
import io.feedbackloop.examples.demo.shop.ShopAnswer;
import io.feedbackloop.examples.demo.shop.ShopSimulation;
import io.feedbackloop.examples.demo.shop.ShopSurveys;
import io.feedbackloop.examples.demo.shop.StaffModel;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.CaseMetrics;
import io.feedbackloop.routing.cases.CaseMetricsPeriod;
import io.feedbackloop.routing.cases.CaseQuery;
import io.feedbackloop.routing.cases.CaseStatus;
import io.feedbackloop.routing.cases.CaseStore;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.RecoveryTracker;
import io.feedbackloop.routing.cases.Resurvey;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.delivery.http.HttpChannelConfig;
import io.feedbackloop.routing.delivery.http.SlackChannel;
import io.feedbackloop.routing.delivery.http.UrlPolicy;
import io.feedbackloop.routing.delivery.http.WebhookChannel;
import io.feedbackloop.routing.delivery.http.WebhookSecret;
import io.feedbackloop.routing.insight.RecurringIssueResponder;
import io.feedbackloop.routing.insight.RespondedIssue;
import io.feedbackloop.routing.invite.ContactPolicy;
import io.feedbackloop.routing.invite.FrequencyCap;
import io.feedbackloop.routing.invite.InvitationDecision;
import io.feedbackloop.routing.invite.InvitationPlan;
import io.feedbackloop.routing.invite.QuietHours;
import io.feedbackloop.routing.invite.Touchpoint;
import io.feedbackloop.routing.jdbc.JdbcResurveyStore;
import io.feedbackloop.routing.loop.DueWorkReport;
import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.routing.loop.LoopEvent;
import io.feedbackloop.routing.loop.LoopStorage;
import io.feedbackloop.routing.loop.SubmitResult;
import io.feedbackloop.routing.outbox.OutboxStore;
import io.feedbackloop.scoring.insight.RecurringIssueDetected;
import io.feedbackloop.scoring.insight.RecurringIssueDetector;
import io.feedbackloop.scoring.insight.TopicDrivers;
import io.feedbackloop.scoring.insight.RecordOutcome;
import io.feedbackloop.scoring.insight.TopicMention;
import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.scoring.text.TextAnalyzer;
import io.feedbackloop.scoring.text.TextInsight;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The web-shop demo: the whole closed loop of the {@link FeedbackLoop} facade, driven by the
 * simulated shop of {@code demo.shop} on a {@link SimClock} the runner moves forward.
 *
 * <p>Every delivered order becomes a touchpoint ({@link FeedbackLoop#invite}; the contact policy
 * caps invitations at 4 per customer in 30 days, 2 per channel and 1 per survey in 7 days, keeps a
 * day's quiet after an answer and defers invitations out of 21:00-08:00 in the customer's zone, so repeat buyers are
 * suppressed); the customers' answers ({@link AnswerModel}) are submitted in five languages; the
 * {@linkplain DemoRules demo rules} open cases for three teams, alert them and message customers;
 * a recurring-issue detector per region, fed with the complaints (detractors, unhappy support
 * contacts, negative comments), raises the week-6 north delivery incident and a {@link
 * RecurringIssueResponder} opens a problem case for it. The staff ({@link StaffModel}) make first
 * contact and resolve with a root cause and a customer message; closed detractor cases are
 * re-surveyed a week later ({@link ResurveyModel}) and the answers recorded with a {@link
 * RecoveryTracker}. {@code runDueWork()} runs every simulated hour: SLA reminders and
 * escalations, and deliveries through the outbox: survey invitations to an in-process mail sink,
 * customer messages (review requests, questions to passives, case outcomes) to a signed webhook and
 * team alerts and SLA notices to a Slack-format endpoint, both on a JDK HTTP server in this JVM.
 *
 * <p>In memory by default; with {@link Builder#database} the loop runs on JDBC storage in an H2
 * file database with explicit migrations, and a second run on the same directory finds the first
 * one's data and continues after its last week.
 *
 * <p>Deterministic for a seed: the same seed (and database state) gives the same report. Not
 * thread-safe: one run at a time per instance.
 */
public final class ShopDemo {
  /** The default seed of the demo, 42. */
  public static final long DEFAULT_SEED = 42;

  /** The default number of orders, 10,000. */
  public static final int DEFAULT_ORDERS = 10_000;

  /** The simulated weeks of orders. */
  public static final int WEEKS = 8;

  /** How long the clock runs on after the last week, for late answers, cases and re-surveys. */
  static final Duration TAIL = Duration.ofDays(21);

  /** How often {@code runDueWork()} runs, in simulated time. */
  static final Duration TICK = Duration.ofHours(1);

  /** When closed detractor cases are re-surveyed. */
  static final Duration RESURVEY_DELAY = Duration.ofDays(14);

  static final TenantId TENANT = ShopSurveys.TENANT;
  private static final Instant FIRST_START = ShopSimulation.builder().build().start();
  private static final String EMAIL = "email";
  private static final String TABLE_PREFIX = "shop_";
  private static final String WEBHOOK = "webhook";
  private static final String SLACK = "slack";

  private final long seed;
  private final int orders;
  private final @Nullable Path database;

  private ShopDemo(Builder b) {
    this.seed = b.seed;
    this.orders = b.orders;
    this.database = b.database;
  }

  /** A builder: seed {@value #DEFAULT_SEED}, {@value #DEFAULT_ORDERS} orders, in memory. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs the demo.
   *
   * @return the report and the figures of the run
   * @throws IOException if the local HTTP receiver cannot start
   * @throws io.feedbackloop.core.StoreException if the database fails
   */
  public DemoResult run() throws IOException {
    Path dir = database;
    try (LocalReceiver receiver = LocalReceiver.start()) {
      if (dir == null) {
        return new Run(receiver, LoopStorage.inMemory(), null).execute();
      }
      try (DemoDatabase db = DemoDatabase.open(dir)) {
        LoopStorage storage = LoopStorage.jdbc(db.dataSource()).tablePrefix(TABLE_PREFIX).migrate();
        return new Run(receiver, storage, db).execute();
      }
    }
  }

  /** One run's state. */
  private final class Run {
    private final LocalReceiver receiver;
    private final MailSink mail = new MailSink();
    private final @Nullable DemoDatabase db;
    private final SimClock clock = new SimClock(FIRST_START);
    private final Timeline timeline = new Timeline();
    private final TextAnalyzer analyzer = TextAnalyzer.ofDefaults();
    private final AtomicReference<@Nullable OutboxStore> outbox = new AtomicReference<>();
    private final FeedbackLoop loop;
    private final RecoveryTracker tracker;
    private final RecurringIssueResponder responder;
    // Fed with complaints only (see submit): praise about fast delivery is no incident.
    private final RecurringIssueDetector detector =
        RecurringIssueDetector.builder()
            .segmentBy("region")
            .includeOverall(false)
            .window(Duration.ofDays(7))
            .bucketsPerWindow(7)
            .baselineWindows(4)
            .minCount(10)
            .build();
    private final Map<String, RecurringIssueDetected> alerts = new LinkedHashMap<>();
    private final Map<CaseId, Integer> stepsFired = new HashMap<>();
    private final TopicDrivers drivers = TopicDrivers.ofDefaults();
    private final Map<String, Long> detractorTopics = new TreeMap<>();
    private final Map<String, Long> suppressed = new TreeMap<>();
    private long detractors;
    private long invitationsSent;
    private long invitationsDeferred;
    private long responsesSubmitted;
    private long casesOpened;
    private long problemCases;
    private long escalations;
    private long resurveysSent;
    private long resurveysAnswered;
    private long deadLetters;
    private long dueWorkRuns;
    private String idPrefix = "";
    private ShopSimulation shop = ShopSimulation.of(seed);
    private AnswerModel answers = AnswerModel.of(shop);
    private StaffModel staff = StaffModel.of(shop);
    private final ResurveyModel resurveys = ResurveyModel.of(seed);

    Run(LocalReceiver receiver, LoopStorage storage, @Nullable DemoDatabase db) {
      this.receiver = receiver;
      this.db = db;
      HttpChannelConfig http =
          HttpChannelConfig.builder()
              .urlPolicy(UrlPolicy.builder().allowHttp().allowLoopback().build())
              .requestTimeout(Duration.ofSeconds(10))
              .build();
      FeedbackLoop.Builder b =
          FeedbackLoop.builder()
              .surveys(io.feedbackloop.core.survey.SurveyCatalog.of(ShopSurveys.all()))
              .storage(storage.decorateOutbox(s -> {
                outbox.set(s);
                return s;
              }))
              .rules(DemoRules.rules())
              .slaPolicies(DemoRules.slaPolicies())
              .textAnalyzer(analyzer)
              .channel(EMAIL, mail)
              .channel(WEBHOOK, WebhookChannel.builder()
                  .url(receiver.url(LocalReceiver.WEBHOOK))
                  .secret(WebhookSecret.of("whsec_" + java.util.Base64.getEncoder().encodeToString(
                      "demo-webhook-secret-0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                  .config(http)
                  .build())
              .channel(SLACK, SlackChannel.of(receiver.url(LocalReceiver.SLACK), http))
              .customerChannel(WEBHOOK)
              .staffChannel(SLACK)
              .contactPolicy(
                  ContactPolicy.builder()
                      .perRespondent(FrequencyCap.of(4, Duration.ofDays(30)))
                      .perSurvey(FrequencyCap.of(1, Duration.ofDays(7)))
                      .perChannel(FrequencyCap.of(2, Duration.ofDays(7)))
                      .cooldownAfterAnswer(Duration.ofDays(1))
                      .quietHours(QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0)))
                      .build())
              .invitationPlan(
                  InvitationPlan.builder(ShopSurveys.POST_DELIVERY)
                      .eventTypes(Order.DELIVERED)
                      .delay(Duration.ofHours(2))
                      .defaultChannel(EMAIL)
                      .build(),
                  invitation("invitation.post-delivery", "How was your delivery?"))
              .invitationPlan(
                  InvitationPlan.builder(ShopSurveys.SUPPORT_CONTACT)
                      .eventTypes(Order.SUPPORT_CONTACT)
                      .delay(Duration.ofHours(1))
                      .defaultChannel(EMAIL)
                      .build(),
                  invitation("invitation.support-contact", "How did we help?"))
              .invitationPlan(
                  InvitationPlan.builder("case-follow-up")
                      .eventTypes(RecoveryTracker.DEFAULT_EVENT_TYPE)
                      .defaultChannel(EMAIL)
                      .build(),
                  invitation("invitation.case-follow-up", "Is everything fine now?"))
              .linkBaseUrl(java.net.URI.create("https://shop.example/feedback"))
              .listener(this::onEvent)
              .clock(clock);
      for (String team : StaffModel.TEAMS) {
        b.team(team(team));
      }
      this.loop = b.build();
      RecoveryTracker.Builder rt =
          RecoveryTracker.builder()
              .caseService(loop.cases())
              .invitations(loop.invitations().orElseThrow())
              .delay(RESURVEY_DELAY)
              .clock(clock);
      if (db != null) {
        // the same table as the loop's own re-survey store, on the loop's unit of work
        rt.store(
            JdbcResurveyStore.builder()
                .unitOfWork(loop.cases().store().unitOfWork())
                .tablePrefix(TABLE_PREFIX)
                .build());
      }
      this.tracker = rt.build();
      this.responder =
          RecurringIssueResponder.builder()
              .tenant(TENANT)
              .cases(loop.cases())
              .outbox(outboxStore())
              .team("delivery", StaffModel.LOGISTICS)
              .team("product_quality", StaffModel.PRODUCT)
              .team("returns_refunds", StaffModel.PRODUCT)
              .defaultTeam(StaffModel.SUPPORT)
              .alertChannel(SLACK)
              .clock(clock)
              .build();
    }

    DemoResult execute() {
      long previous = loop.responses().count(ResponseQuery.builder(TENANT).build());
      int firstWeek = 1;
      if (previous > 0) {
        Instant latest = latestSubmission();
        long days = Duration.between(FIRST_START, latest).toDays();
        int weeksDone = (int) (days / 7) + 1;
        firstWeek = weeksDone + 1;
        idPrefix = "w" + firstWeek + "-";
      }
      Instant start = FIRST_START.plus(Duration.ofDays(7L * (firstWeek - 1)));
      shop = ShopSimulation.builder().seed(seed).orders(orders).start(start).build();
      answers = AnswerModel.of(shop);
      staff = StaffModel.of(shop);
      clock.advanceTo(start);

      for (Order o : shop.orders()) {
        timeline.at(o.deliveredAt(), () -> invite(o, Order.DELIVERED, o.deliveredAt()));
        o.supportContactAt().ifPresent(at -> timeline.at(at, () -> invite(o, Order.SUPPORT_CONTACT, at)));
      }
      Instant end = start.plus(Duration.ofDays(7L * WEEKS)).plus(TAIL);
      Instant tick = start;
      while (tick.isBefore(end)) {
        Instant next = timeline.next();
        Instant nextTick = tick.plus(TICK);
        if (next != null && !next.isAfter(nextTick)) {
          clock.advanceTo(next);
          timeline.runNext();
          continue;
        }
        clock.advanceTo(nextTick);
        tick = nextTick;
        dueWork();
      }
      // let the outbox finish what is queued (retries included) before counting
      OutboxStore out = outboxStore();
      for (int i = 0; i < 50 && out.counts().pending() + out.counts().claimed() > 0; i++) {
        clock.advanceTo(clock.instant().plus(TICK));
        dueWork();
      }
      return result(start, firstWeek, previous);
    }

    private void dueWork() {
      DueWorkReport r = loop.runDueWork();
      dueWorkRuns++;
      deadLetters += r.deadLettered();
    }

    private Instant latestSubmission() {
      Instant latest = FIRST_START;
      try (Stream<Response> all = loop.responses().stream(ResponseQuery.builder(TENANT).build())) {
        for (Response r : (Iterable<Response>) all::iterator) {
          if (r.submittedAt().isAfter(latest)) {
            latest = r.submittedAt();
          }
        }
      }
      return latest;
    }

    // ------------------------------------------------------------ invitations and answers

    private void invite(Order order, String type, Instant at) {
      InvitationDecision d = loop.invite(touchpoint(order, type, at));
      Instant sendAt;
      if (d instanceof InvitationDecision.Scheduled s) {
        sendAt = s.sendAt();
      } else if (d instanceof InvitationDecision.Deferred def) {
        sendAt = def.until();
        invitationsDeferred++;
      } else if (d instanceof InvitationDecision.Suppressed s) {
        suppressed.merge(s.reason().name(), 1L, Long::sum);
        return;
      } else {
        throw new IllegalStateException("unknown invitation decision " + d);
      }
      invitationsSent++;
      Optional<ShopAnswer> answer =
          Order.DELIVERED.equals(type)
              ? answers.postDelivery(order, sendAt)
              : answers.supportContact(order, sendAt);
      answer.ifPresent(a -> timeline.at(a.response().submittedAt(), () -> submit(a, order)));
    }

    private Touchpoint touchpoint(Order order, String type, Instant at) {
      String eventId = idPrefix + order.id() + (Order.DELIVERED.equals(type) ? "" : "-support");
      Touchpoint.Builder b =
          Touchpoint.builder()
              .tenant(TENANT)
              .respondent(order.customer().respondent())
              .eventType(type)
              .eventId(eventId)
              .occurredAt(at)
              .locale(order.customer().locale())
              .zone(order.customer().zone());
      order.attributes().forEach(b::attribute);
      return b.build();
    }

    private void submit(ShopAnswer answer, Order order) {
      Response response = answer.response();
      if (!idPrefix.isEmpty()) {
        String id = idPrefix + response.id();
        response = response.toBuilder().id(id).idempotencyKey(id).build();
      }
      SubmitResult result = loop.submit(response);
      if (result.replay()) {
        return;
      }
      responsesSubmitted++;
      int score = score(response, "nps");
      TextInsight insight = analyzer.analyze(comment(response), response.locale().orElse(null));
      Set<String> topics = insight.topics();
      if (ShopSurveys.POST_DELIVERY.equals(response.surveyId()) && score >= 0) {
        drivers.add(score, topics);
        if (score <= 6) {
          detractors++;
          for (String t : topics) {
            detractorTopics.merge(t, 1L, Long::sum);
          }
        }
      }
      int csat = score(response, "csat");
      boolean complaint =
          (score >= 0 && score <= 6)
              || (csat >= 1 && csat <= 2)
              || insight.sentiment().sentiment() == Sentiment.NEGATIVE;
      if (complaint && !topics.isEmpty()) {
        RecordOutcome outcome =
            detector.record(
                new TopicMention(
                    response.id(),
                    order.customer().id(),
                    response.submittedAt(),
                    response.attributes(),
                    topics));
        outcome.events().forEach(this::onIssue);
      }
      for (FollowUpCase c : result.openedCases()) {
        casesOpened++;
        String key = response.id() + "/" + c.ruleId();
        handle(c, key, order.customer().locale(), response.attributes(), score);
      }
    }

    // ------------------------------------------------------------ staff

    private void handle(
        FollowUpCase c, String key, Locale locale, Map<String, String> attributes, int score) {
      CaseHandling h = staff.handle(key, c.team(), c.createdAt(), locale, attributes);
      CaseId id = c.id();
      timeline.at(h.firstContactAt(), () -> firstContact(id));
      timeline.at(h.resolvedAt(), () -> resolve(id, h, key, score, locale));
    }

    private void firstContact(CaseId id) {
      FollowUpCase c = find(id);
      if (c.status() == CaseStatus.ASSIGNED || c.status() == CaseStatus.REOPENED) {
        loop.cases().startProgress(TENANT, id, c.owner().orElse("staff"), c.version());
      }
    }

    private void resolve(CaseId id, CaseHandling h, String key, int score, Locale locale) {
      FollowUpCase c = find(id);
      if (c.status() != CaseStatus.IN_PROGRESS) {
        return;
      }
      boolean toCustomer = !c.respondents().isEmpty();
      loop.resolveCase(
          TENANT,
          id,
          List.of(h.rootCause()),
          "root cause " + h.rootCause(),
          toCustomer ? h.message() : null,
          c.owner().orElse("staff"),
          c.version());
      timeline.at(h.resolvedAt().plus(Duration.ofHours(1)), () -> close(id, h, key, score, locale));
    }

    private void close(CaseId id, CaseHandling h, String key, int score, Locale locale) {
      FollowUpCase c = find(id);
      if (c.status() != CaseStatus.RESOLVED) {
        return;
      }
      FollowUpCase closed = loop.cases().close(TENANT, id, c.owner().orElse("staff"), c.version());
      if (score < 0 || closed.respondents().isEmpty()) {
        return;
      }
      Optional<Resurvey> resurvey = tracker.schedule(closed, score, locale);
      if (resurvey.isEmpty() || resurvey.get().sendAt().isEmpty()) {
        return;
      }
      resurveysSent++;
      Optional<ResurveyReply> reply =
          resurveys.reply(key, score, h.withinSla(), resurvey.get().sendAt().get());
      reply.ifPresent(r -> timeline.at(r.at(), () -> {
        tracker.recordAnswer(TENANT, id, r.score());
        resurveysAnswered++;
      }));
    }

    private FollowUpCase find(CaseId id) {
      return loop.cases()
          .find(TENANT, id)
          .orElseThrow(() -> new IllegalStateException("case " + id + " vanished"));
    }

    // ------------------------------------------------------------ events

    private void onIssue(RecurringIssueDetected issue) {
      alerts.put(issue.issueId(), issue);
      RespondedIssue done = responder.respond(issue);
      if (done.caseCreated()) {
        problemCases++;
        casesOpened++;
        FollowUpCase c = find(done.caseId());
        Map<String, String> attributes =
            issue.responseIds().isEmpty()
                ? Map.of()
                : loop.responses()
                    .get(TENANT, issue.responseIds().get(0))
                    .map(Response::attributes)
                    .orElse(Map.of());
        handle(c, "problem/" + idPrefix + issue.topic() + "/" + issue.segmentLabel(),
            Locale.ENGLISH, attributes, -1);
      }
    }

    private void onEvent(LoopEvent event) {
      if (event instanceof LoopEvent.SlaBreached breached) {
        escalations++;
        if (!breached.stepId().endsWith("-75")) {
          stepsFired.merge(breached.caseId(), 1, Integer::sum);
        }
      }
    }

    // ------------------------------------------------------------ report

    private DemoResult result(Instant start, int firstWeek, long previous) {
      Instant end = start.plus(Duration.ofDays(7L * WEEKS));
      ShopReport.Builder r =
          ShopReport.builder()
              .title("Web shop feedback loop, " + WEEKS + " simulated weeks")
              .seed(seed)
              .period(
                  start.atOffset(ZoneOffset.UTC).toLocalDate(),
                  end.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC).toLocalDate());
      List<FollowUpCase> cases = cases(start);
      r.fact("Orders", count(shop.orders().size()))
          .fact("Invitations sent", count(invitationsSent))
          .fact("Responses", count(responsesSubmitted))
          .fact("Languages", "en, sv, de, nl, pl")
          .fact("Cases", count(cases.size()));
      for (int w = 0; w < WEEKS; w++) {
        Instant from = start.plus(Duration.ofDays(7L * w));
        r.week(new WeeklyNps(
            from.atOffset(ZoneOffset.UTC).toLocalDate(),
            loop.scores().nps(TENANT, ShopSurveys.POST_DELIVERY, from, from.plus(Duration.ofDays(7)))));
      }
      r.csat(loop.scores().csat(TENANT, ShopSurveys.SUPPORT_CONTACT, start, end));
      r.ces(loop.scores().ces(TENANT, ShopSurveys.SUPPORT_CONTACT, start, end));
      detractorTopics.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(8)
          .forEach(e -> r.detractorTopic(new DetractorTopic(
              e.getKey(), e.getValue(), detractors == 0 ? 0 : (double) e.getValue() / detractors)));
      r.drivers(drivers.report());
      alerts.values().forEach(a -> r.alert(IssueAlert.of(a)));
      Map<CaseId, FollowUpCase> byId = new HashMap<>();
      cases.forEach(c -> byId.put(c.id(), c));
      Map<String, Long> escalationsByTeam = new TreeMap<>();
      stepsFired.forEach((id, n) -> {
        FollowUpCase c = byId.get(id);
        if (c != null) {
          escalationsByTeam.merge(c.team(), (long) n, Long::sum);
        }
      });
      List<Resurvey> rs = new ArrayList<>();
      for (Resurvey s : tracker.store().list(TENANT)) {
        if (byId.containsKey(s.caseId())) {
          rs.add(s);
        }
      }
      CaseMetrics metrics =
          CaseMetrics.builder().period(CaseMetricsPeriod.WEEK).clock(clock).build();
      r.closedLoop(ClosedLoop.of(metrics.compute(cases, rs), escalationsByTeam));
      long stored = loop.responses().count(ResponseQuery.builder(TENANT).build());
      DemoDatabase d = db;
      return new DemoResult(
          r.build(),
          shop.orders().size(),
          firstWeek,
          previous,
          responsesSubmitted,
          stored,
          invitationsSent,
          invitationsDeferred,
          mail.messages(),
          new TreeMap<>(suppressed),
          casesOpened,
          problemCases,
          escalations,
          resurveysSent,
          resurveysAnswered,
          receiver.webhookMessages(),
          receiver.slackMessages(),
          deadLetters,
          dueWorkRuns,
          d == null ? Optional.empty() : Optional.of(d.file()));
    }

    private List<FollowUpCase> cases(Instant start) {
      CaseQuery query = CaseQuery.builder(TENANT).openedFrom(start).build();
      List<FollowUpCase> all = new ArrayList<>();
      String after = null;
      do {
        Page<FollowUpCase> page = loop.cases().store().query(query, CaseStore.MAX_PAGE_SIZE, after);
        all.addAll(page.items());
        after = page.next().orElse(null);
      } while (after != null);
      return all;
    }

    private OutboxStore outboxStore() {
      OutboxStore s = outbox.get();
      if (s == null) {
        throw new IllegalStateException("the loop has not created its outbox store");
      }
      return s;
    }
  }

  private static Team team(String name) {
    return switch (name) {
      case StaffModel.LOGISTICS ->
          Team.builder(name).member("lars").member("maja").member("nils").lead("lea").manager("max").build();
      case StaffModel.PRODUCT ->
          Team.builder(name).member("petra").member("quinn").lead("pia").manager("max").build();
      default ->
          Team.builder(name).member("ana").member("ben").member("cem").member("dana").lead("sam")
              .manager("max").build();
    };
  }

  private static MessageTemplate invitation(String id, String subject) {
    return MessageTemplate.builder(id)
        .subject(Locale.ENGLISH, subject)
        .text(Locale.ENGLISH, "Tell us in one click: {{link}}")
        .subject(Locale.forLanguageTag("sv"), "Berätta hur det gick")
        .text(Locale.forLanguageTag("sv"), "Berätta med ett klick: {{link}}")
        .build();
  }

  private static int score(Response response, String question) {
    Optional<Answer> a = response.answer(question);
    return a.isPresent() && a.get() instanceof ScoreAnswer s ? s.value() : -1;
  }

  private static String comment(Response response) {
    Optional<Answer> a = response.answer("comment");
    return a.isPresent() && a.get() instanceof TextAnswer t ? t.text() : "";
  }

  /** Formats a count with a comma every three digits, such as {@code 10,000}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Configures a {@link ShopDemo}. Not thread-safe. */
  public static final class Builder {
    private long seed = DEFAULT_SEED;
    private int orders = DEFAULT_ORDERS;
    private @Nullable Path database;

    private Builder() {}

    /** Sets the seed of the simulation; default {@value ShopDemo#DEFAULT_SEED}. */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * Sets the number of orders over the eight weeks; default {@value ShopDemo#DEFAULT_ORDERS}.
     *
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder orders(int value) {
      if (value <= 0) {
        throw new IllegalArgumentException("orders must be > 0, but was " + value);
      }
      this.orders = value;
      return this;
    }

    /**
     * Runs on JDBC storage in the H2 file database {@code feedback-demo-db} under {@code
     * directory} (created if missing; migrations applied explicitly); default in memory.
     */
    public Builder database(Path directory) {
      this.database = java.util.Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** Builds the demo. */
    public ShopDemo build() {
      return new ShopDemo(this);
    }
  }
}
