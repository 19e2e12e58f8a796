package io.feedbackloop.routing.internal.invite;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Invitation ids derived from what makes an invitation unique (tenant, respondent, survey, event
 * id): every node computes the same id for a replayed event, so the id doubles as the idempotency
 * key of the message and of the stored row.
 */
public final class InvitationIds {
  private InvitationIds() {}

  /** {@code inv-} and 32 hex digits of the SHA-256 of the four parts. */
  public static String of(TenantId tenant, RespondentId respondent, String surveyId, String eventId) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    // NUL cannot occur in tenant, survey or event ids and is rejected in respondent ids (a control
    // character), so the joined text is unambiguous
    String joined = tenant.value() + '\u0000' + respondent.value() + '\u0000' + surveyId + '\u0000' + eventId;
    byte[] digest = sha.digest(joined.getBytes(StandardCharsets.UTF_8));
    return "inv-" + HexFormat.of().formatHex(digest, 0, 16);
  }
}
