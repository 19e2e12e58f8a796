package io.feedbackloop.routing.internal.loop;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.routing.cases.CaseService;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.OpenCaseRequest;
import io.feedbackloop.routing.cases.OpenedCase;
import io.feedbackloop.routing.delivery.Contact;
import io.feedbackloop.routing.delivery.ContactDirectory;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.loop.CustomActionHandler;
import io.feedbackloop.routing.loop.LoopEvent;
import io.feedbackloop.routing.outbox.Outbox;
import io.feedbackloop.routing.rules.Action;
import io.feedbackloop.routing.rules.Decision;
import io.feedbackloop.routing.rules.KeyedAction;
import io.feedbackloop.routing.suppression.Suppression;
import io.feedbackloop.routing.suppression.SuppressionReason;
import io.feedbackloop.routing.suppression.SuppressionStore;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes a rule decision for a stored response, inside the submit's unit of work: cases, team
 * notifications, customer messages, tags, survey suppressions, escalations and custom actions.
 * Every message is keyed by its action's stable key, so executing a decision twice queues nothing
 * twice. Immutable and thread-safe; holds no lock.
 */
public final class ActionRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ActionRunner.class);

  /** The actor recorded on what the loop does by itself. */
  public static final String ACTOR = "system";

  private final CaseService cases;
  private final Outbox outbox;
  private final SuppressionStore suppressions;
  private final ContactDirectory contacts;
  private final Map<String, MessageTemplate> templates;
  private final Map<String, String> teamChannels;
  private final String staffChannel;
  private final String customerChannel;
  private final Map<String, CustomActionHandler> customHandlers;
  private final MessageTemplate escalation;

  /**
   * Creates the runner.
   *
   * @param templates host templates by id; they replace the stock ones of the same id
   * @param teamChannels outbox channel by the channel name a rule gives
   */
  @SuppressWarnings("TooManyParameters") // wiring, called once by the loop's builder
  public ActionRunner(
      CaseService cases,
      Outbox outbox,
      SuppressionStore suppressions,
      ContactDirectory contacts,
      Map<String, MessageTemplate> templates,
      Map<String, String> teamChannels,
      String staffChannel,
      String customerChannel,
      Map<String, CustomActionHandler> customHandlers) {
    this.cases = cases;
    this.outbox = outbox;
    this.suppressions = suppressions;
    this.contacts = contacts;
    this.templates = Map.copyOf(templates);
    this.teamChannels = Map.copyOf(teamChannels);
    this.staffChannel = staffChannel;
    this.customerChannel = customerChannel;
    this.customHandlers = Map.copyOf(customHandlers);
    MessageTemplate e = this.templates.get(LoopTemplates.ESCALATION);
    this.escalation = e != null ? e : LoopTemplates.escalation();
  }

  /** The outbox channel of team notifications that name {@code ruleChannel}. */
  public String teamChannel(String ruleChannel) {
    String mapped = teamChannels.get(ruleChannel);
    return mapped != null ? mapped : staffChannel;
  }

  /** What executing a decision did. */
  public static final class Outcome {
    /** The cases opened, with the tags added. */
    public final List<FollowUpCase> opened = new ArrayList<>(2);
    /** The tags asked for. */
    public final Set<String> tags = new LinkedHashSet<>(2);
    /** The events to publish after commit. */
    public final List<LoopEvent> events = new ArrayList<>(4);
    /** Messages queued. */
    public int messages;
    /** Whether surveys were suppressed. */
    public boolean suppressed;
  }

  /**
   * Executes {@code decision} for {@code response}; must run inside the unit of work.
   *
   * @param events whether to build events for the listeners
   */
  public Outcome run(
      Response response, Survey survey, Decision decision, Instant now, boolean events) {
    Outcome out = new Outcome();
    List<KeyedAction> actions = decision.actions();
    for (int i = 0; i < actions.size(); i++) {
      KeyedAction ka = actions.get(i);
      Action a = ka.action();
      if (a instanceof Action.OpenCase oc) {
        openCase(response, ka.ruleId(), oc, now, out, events);
      } else if (a instanceof Action.NotifyTeam nt) {
        notifyTeam(response, ka, nt, now, out);
      } else if (a instanceof Action.MessageCustomer mc) {
        messageCustomer(response, survey, ka, mc, now, out);
      } else if (a instanceof Action.Tag t) {
        out.tags.add(t.tag());
      } else if (a instanceof Action.SuppressSurveys ss) {
        suppress(response, ka, ss, now, out);
      } else if (a instanceof Action.Escalate e) {
        escalate(response, ka, e, now, out);
      } else if (a instanceof Action.Custom c) {
        CustomActionHandler h = customHandlers.get(c.type());
        if (h == null) {
          // the builder checks every custom type of the rule set; a reload could add one
          throw new IllegalStateException(
              "custom action type '" + c.type() + "' has no handler registered with the loop");
        }
        h.execute(response, c, ka.key());
      }
    }
    if (!out.tags.isEmpty() && !out.opened.isEmpty()) {
      tagCases(out);
    }
    return out;
  }

  private void openCase(
      Response response,
      String ruleId,
      Action.OpenCase action,
      Instant now,
      Outcome out,
      boolean events) {
    OpenedCase opened = cases.open(OpenCaseRequest.of(action, response, ruleId));
    if (!opened.created()) {
      return;
    }
    FollowUpCase c = opened.followUpCase();
    out.opened.add(c);
    if (events) {
      out.events.add(
          new LoopEvent.CaseOpened(
              c.tenant(), c.id(), response.id(), ruleId, c.team(), c.owner(), now));
    }
  }

  private void tagCases(Outcome out) {
    for (int i = 0; i < out.opened.size(); i++) {
      FollowUpCase c = out.opened.get(i);
      for (String tag : out.tags) {
        c = cases.tag(c.tenant(), c.id(), tag, ACTOR, c.version());
      }
      out.opened.set(i, c);
    }
  }

  private void notifyTeam(
      Response response, KeyedAction ka, Action.NotifyTeam action, Instant now, Outcome out) {
    MessageTemplate t = templates.get(action.template());
    if (t == null) {
      t = LoopTemplates.teamNotice(action.template());
    }
    Map<String, String> values = staffValues(response, ka.ruleId(), out);
    values.put("team", action.team());
    Message m =
        t.render(t.fallbackLocale(), values)
            .tenant(response.tenant())
            .recipient(Recipient.team(action.team()))
            .idempotencyKey(ka.key())
            .build();
    if (outbox.enqueue(teamChannel(action.channel()), m, now)) {
      out.messages++;
    }
  }

  private void escalate(
      Response response, KeyedAction ka, Action.Escalate action, Instant now, Outcome out) {
    Map<String, String> values = staffValues(response, ka.ruleId(), out);
    values.put("to", action.to());
    values.put("reason", action.reason());
    Message m =
        escalation
            .render(escalation.fallbackLocale(), values)
            .tenant(response.tenant())
            .recipient(Recipient.team(action.to()))
            .idempotencyKey(ka.key())
            .build();
    if (outbox.enqueue(staffChannel, m, now)) {
      out.messages++;
    }
  }

  private static Map<String, String> staffValues(Response response, String ruleId, Outcome out) {
    Map<String, String> values = new HashMap<>(8);
    values.put("ruleId", ruleId);
    values.put("responseId", response.id());
    values.put("surveyId", response.surveyId());
    values.put("caseId", out.opened.isEmpty() ? "none" : out.opened.get(0).id().value());
    return values;
  }

  private void messageCustomer(
      Response response,
      Survey survey,
      KeyedAction ka,
      Action.MessageCustomer action,
      Instant now,
      Outcome out) {
    Optional<RespondentId> who = response.respondent();
    if (who.isEmpty()) {
      LOG.debug("response {}: no respondent, customer message of rule {} skipped", response.id(),
          ka.ruleId());
      return;
    }
    TenantId tenant = response.tenant();
    if (suppressions.find(tenant, who.get(), customerChannel).isPresent()) {
      LOG.debug("response {}: respondent suppressed, customer message of rule {} skipped",
          response.id(), ka.ruleId());
      return;
    }
    String id = LoopTemplates.customerTemplateId(action.message());
    MessageTemplate t = templates.get(id);
    if (t == null) {
      t = LoopTemplates.customer(action.message());
    }
    URI link = action.link();
    Map<String, String> values = link == null ? Map.of() : Map.of("link", link.toString());
    Message m =
        t.render(locale(response, survey, tenant, who.get()), values)
            .tenant(tenant)
            .recipient(new Recipient.Respondent(who.get()))
            .idempotencyKey(ka.key())
            .build();
    if (outbox.enqueue(customerChannel, m, now)) {
      out.messages++;
    }
  }

  /** The response's locale, else the contact's, else the survey's default. */
  public Locale locale(Response response, Survey survey, TenantId tenant, RespondentId who) {
    Optional<Locale> l = response.locale();
    if (l.isPresent()) {
      return l.get();
    }
    Optional<Contact> c = contacts.find(tenant, who);
    if (c.isPresent() && c.get().locale().isPresent()) {
      return c.get().locale().get();
    }
    return survey.defaultLocale();
  }

  private void suppress(
      Response response, KeyedAction ka, Action.SuppressSurveys action, Instant now, Outcome out) {
    Optional<RespondentId> who = response.respondent();
    if (who.isEmpty()) {
      return;
    }
    Suppression entry =
        new Suppression(
            response.tenant(), who.get(), Suppression.ALL_CHANNELS, SuppressionReason.MANUAL, now);
    if (suppressions.add(entry)) {
      outbox.enqueue(
          SuppressionLift.CHANNEL, SuppressionLift.message(entry, ka.key()), now.plus(action.period()));
    }
    out.suppressed = true;
  }

  /** Used by the loop for logs: never the content. */
  @Override
  public String toString() {
    return "ActionRunner[staff=" + staffChannel + ", customer=" + customerChannel + "]";
  }
}
