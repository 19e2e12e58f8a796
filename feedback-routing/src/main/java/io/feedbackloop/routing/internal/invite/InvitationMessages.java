package io.feedbackloop.routing.internal.invite;

import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.invite.Invitation;
import io.feedbackloop.routing.link.IssuedLink;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders invitation and reminder messages: template values, the respondent as recipient (the
 * address is resolved at send time), the idempotency key and the one-click unsubscribe headers
 * (RFC 2369 and RFC 8058).
 */
public final class InvitationMessages {
  /** The template value holding the survey's name. */
  public static final String SURVEY_NAME = "surveyName";
  /** The template value holding the personal survey link. */
  public static final String LINK = "link";
  /** The template value holding the unsubscribe link. */
  public static final String UNSUBSCRIBE_LINK = "unsubscribeLink";
  /** The template value holding the language tag of the rendered locale request. */
  public static final String LOCALE = "locale";

  private InvitationMessages() {}

  /** The unsubscribe URL agreed with the link handler: the personal link plus {@code /unsubscribe}. */
  public static String unsubscribeUrl(IssuedLink link) {
    String base = link.url().toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/unsubscribe";
  }

  /**
   * The message for {@code invitation}: its reminder if {@code reminder}, else the invitation
   * itself.
   */
  public static Message render(
      MessageTemplate template,
      Invitation invitation,
      String surveyName,
      Locale locale,
      IssuedLink link,
      @Nullable URI unsubscribeMailto,
      boolean reminder) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(SURVEY_NAME, surveyName);
    values.put(LINK, link.url().toString());
    String unsubscribe = unsubscribeUrl(link);
    values.put(UNSUBSCRIBE_LINK, unsubscribe);
    values.put(LOCALE, locale.toLanguageTag());
    String listUnsubscribe =
        unsubscribeMailto == null ? "<" + unsubscribe + ">" : "<" + unsubscribe + ">, <" + unsubscribeMailto + ">";
    return template
        .render(locale, values)
        .tenant(invitation.tenant())
        .recipient(new Recipient.Respondent(invitation.respondent()))
        .idempotencyKey(reminder ? invitation.reminderKey() : invitation.id())
        .header("List-Unsubscribe", listUnsubscribe)
        .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
        .metadata("invitationId", invitation.id())
        .metadata("surveyId", invitation.surveyId())
        .metadata("kind", reminder ? "reminder" : "invitation")
        .build();
  }
}
