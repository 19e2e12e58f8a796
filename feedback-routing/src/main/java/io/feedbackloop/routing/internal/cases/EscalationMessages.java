package io.feedbackloop.routing.internal.cases;

import io.feedbackloop.routing.assign.Member;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.sla.EscalationStep;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The notices of escalation steps: idempotency keys and messages rendered from the step's template
 * with ids, statuses and instants only (never notes or other free text of the case).
 */
public final class EscalationMessages {
  /** The template used for a step whose template key has none registered. */
  public static final MessageTemplate DEFAULT_TEMPLATE =
      MessageTemplate.builder("sla.default")
          .subject(Locale.ENGLISH, "SLA {{step}}: case {{caseId}}")
          .text(
              Locale.ENGLISH,
              "Case {{caseId}} of team {{team}} (priority {{priority}}, owner {{owner}}) reached"
                  + " escalation step {{step}} of its {{milestone}} target, due {{due}}.")
          .build();

  private EscalationMessages() {}

  /** {@code case:<id>:step:<step>:<member>}, the key of one step's notice to one member. */
  public static String key(FollowUpCase c, EscalationStep step, Member member) {
    return "case:" + c.id().value() + ":step:" + step.id() + ":" + member.id();
  }

  /** The notice of {@code step} for {@code member}. */
  public static Message message(
      MessageTemplate template,
      FollowUpCase c,
      EscalationStep step,
      Member member,
      Recipient recipient,
      Instant due) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("caseId", c.id().value());
    values.put("step", step.id());
    values.put("milestone", step.milestone().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    values.put("audience", step.audience().toString());
    values.put("team", c.team());
    values.put("priority", c.priority().wireName());
    values.put("owner", c.owner().orElse("none"));
    values.put("member", member.id());
    values.put("due", due.toString());
    return template
        .render(Locale.ENGLISH, values)
        .tenant(c.tenant())
        .recipient(recipient)
        .idempotencyKey(key(c, step, member))
        .metadata("caseId", c.id().value())
        .metadata("step", step.id())
        .metadata("milestone", step.milestone().name())
        .metadata("due", due.toString())
        .build();
  }
}
