package io.feedbackloop.routing.rules;

import io.feedbackloop.routing.internal.rules.Checks;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a matched rule asks for. Actions are data: evaluation returns them in a {@link Decision}
 * with a stable idempotency key; opening cases and sending messages belongs to the case and
 * delivery parts of this module.
 *
 * <p>Kinds: {@link OpenCase}, {@link NotifyTeam}, {@link MessageCustomer}, {@link Tag}, {@link
 * SuppressSurveys}, {@link Escalate}, and {@link Custom} for anything else (its type must be
 * registered as a {@link CustomActionType} with the engine).
 */
public sealed interface Action {

  /** The stable JSON name of this kind of action, e.g. {@code openCase}. */
  String kind();

  /** The priority of a case. */
  enum CasePriority {
    /** Handle when convenient. */
    LOW,
    /** The usual priority. */
    NORMAL,
    /** Ahead of normal work. */
    HIGH,
    /** Drop everything. */
    URGENT;

    /** The stable JSON name, lower case. */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The priority with this JSON name, if there is one. */
    public static Optional<CasePriority> fromWireName(String name) {
      for (CasePriority p : values()) {
        if (p.wireName().equals(name)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
  }

  /** The kind of message to the customer, with its stable JSON name. */
  enum MessageKind {
    /** Thanks for the feedback. */
    THANK_YOU("thank_you", false),
    /** An apology for a bad experience. */
    APOLOGY("apology", false),
    /** A request to write a public review; needs a link to the review page. */
    REVIEW_REQUEST("review_request", true),
    /** A referral offer (bring a friend). */
    REFERRAL_OFFER("referral_offer", false),
    /** An invitation to an early-access or beta programme. */
    EARLY_ACCESS_INVITATION("early_access_invitation", false),
    /** A question to a passive: what would have made it great? */
    WHAT_WOULD_MAKE_IT_GREAT("what_would_make_it_great", false);

    private final String wireName;
    private final boolean needsLink;

    MessageKind(String wireName, boolean needsLink) {
      this.wireName = wireName;
      this.needsLink = needsLink;
    }

    /** The stable JSON name. */
    public String wireName() {
      return wireName;
    }

    /** Whether a message of this kind needs a link. */
    public boolean needsLink() {
      return needsLink;
    }

    /** The kind with this JSON name, if there is one. */
    public static Optional<MessageKind> fromWireName(String name) {
      for (MessageKind k : values()) {
        if (k.wireName.equals(name)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Open a case (ticket) for {@code team}, to be first contacted within {@code sla}.
   *
   * @param team the owning team
   * @param priority the case priority
   * @param sla time to first contact, positive
   */
  record OpenCase(String team, CasePriority priority, Duration sla) implements Action {
    /** Creates the action. */
    public OpenCase {
      Checks.identifier("team", team);
      Checks.notNull("priority", priority);
      positive("sla", sla);
    }

    @Override
    public String kind() {
      return "openCase";
    }
  }

  /**
   * Notify a team channel (Slack, Teams, e-mail list) with a message template.
   *
   * @param team the team notified
   * @param channel the team's channel, as the host names it ({@code #cx-alerts})
   * @param template the id of the message template
   */
  record NotifyTeam(String team, String channel, String template) implements Action {
    /** Creates the action. */
    public NotifyTeam {
      Checks.identifier("team", team);
      Checks.notBlank("channel", channel);
      Checks.check(channel.length() <= 200, "channel length", "<= 200", channel.length());
      Checks.identifier("template", template);
    }

    @Override
    public String kind() {
      return "notifyTeam";
    }
  }

  /**
   * Send the customer a message.
   *
   * @param message what kind of message
   * @param link a link for the customer (the review page, the referral page), or null; required
   *     when {@link MessageKind#needsLink()}; absolute http or https
   */
  record MessageCustomer(MessageKind message, @Nullable URI link) implements Action {
    /** Creates the action. */
    public MessageCustomer {
      Checks.notNull("message", message);
      if (link == null) {
        Checks.check(!message.needsLink(), "link of a " + message.wireName(), "set", "null");
      } else {
        String scheme = link.getScheme();
        Checks.check(
            "https".equals(scheme) || "http".equals(scheme),
            "link",
            "an absolute http or https URI",
            "'" + Checks.printable(link.toString()) + "'");
      }
    }

    /** A message of {@code kind} without link. */
    public static MessageCustomer of(MessageKind kind) {
      return new MessageCustomer(kind, null);
    }

    /** The link, if any. */
    public Optional<URI> optionalLink() {
      return Optional.ofNullable(link);
    }

    @Override
    public String kind() {
      return "messageCustomer";
    }
  }

  /**
   * Tag the response ({@code process-improvement}, {@code late-delivery}).
   *
   * @param tag the tag
   */
  record Tag(String tag) implements Action {
    /** Creates the action. */
    public Tag {
      Checks.identifier("tag", tag);
    }

    @Override
    public String kind() {
      return "tag";
    }
  }

  /**
   * Send this respondent no further surveys for {@code period}.
   *
   * @param period how long, positive
   */
  record SuppressSurveys(Duration period) implements Action {
    /** Creates the action. */
    public SuppressSurveys {
      positive("period", period);
    }

    @Override
    public String kind() {
      return "suppressSurveys";
    }
  }

  /**
   * Escalate to {@code to} (a manager role or team).
   *
   * @param to who is escalated to
   * @param reason why, for the people involved (no personal data)
   */
  record Escalate(String to, String reason) implements Action {
    /** Creates the action. */
    public Escalate {
      Checks.identifier("to", to);
      Checks.notBlank("reason", reason);
      Checks.check(reason.length() <= 500, "reason length", "<= 500", reason.length());
    }

    @Override
    public String kind() {
      return "escalate";
    }
  }

  /**
   * An action of a type the host defines and executes, with string parameters. Its type must be
   * registered with the engine as a {@link CustomActionType}, which validates the parameters.
   *
   * @param type the custom type name
   * @param parameters the parameters, sorted by name
   */
  record Custom(String type, Map<String, String> parameters) implements Action {
    /** Creates the action; parameters are copied and sorted. */
    public Custom {
      Checks.identifier("type", type);
      Map<String, String> copy = new TreeMap<>();
      Checks.notNull("parameters", parameters)
          .forEach((k, v) -> copy.put(Checks.identifier("parameter name", k), Checks.notNull(k, v)));
      parameters = java.util.Collections.unmodifiableMap(copy);
    }

    @Override
    public String kind() {
      return "custom";
    }
  }

  private static void positive(String name, @Nullable Duration value) {
    Duration d = Checks.notNull(name, value);
    Checks.check(!d.isNegative() && !d.isZero(), name, "> 0", d);
  }
}
