package io.feedbackloop.routing.internal.http;

import io.feedbackloop.routing.delivery.Message;
import java.net.URI;
import java.util.Optional;

/**
 * The facts that the Slack and Teams cards show, read from a message's metadata keys {@code score},
 * {@code comment}, {@code owner} and {@code caseUrl}. A case URL that is not an absolute http(s)
 * URL is shown as text, never as a link.
 *
 * @param score the score, if present
 * @param comment the respondent's comment, if present
 * @param owner the case owner, if present
 * @param caseLink the case URL as a link, if present and well-formed
 * @param caseText the case URL as text, if present but not a usable link
 */
public record CardFacts(
    Optional<String> score,
    Optional<String> comment,
    Optional<String> owner,
    Optional<URI> caseLink,
    Optional<String> caseText) {

  /** The metadata key of the score. */
  public static final String SCORE = "score";

  /** The metadata key of the comment. */
  public static final String COMMENT = "comment";

  /** The metadata key of the case link. */
  public static final String CASE_URL = "caseUrl";

  /** The metadata key of the case owner. */
  public static final String OWNER = "owner";

  /** The facts of {@code message}. */
  public static CardFacts of(Message message) {
    Optional<String> caseUrl = nonBlank(message, CASE_URL);
    Optional<URI> link = caseUrl.flatMap(Texts::link);
    return new CardFacts(
        nonBlank(message, SCORE),
        nonBlank(message, COMMENT),
        nonBlank(message, OWNER),
        link,
        link.isPresent() ? Optional.empty() : caseUrl);
  }

  /** Whether there is any fact to show. */
  public boolean isEmpty() {
    return score.isEmpty()
        && comment.isEmpty()
        && owner.isEmpty()
        && caseLink.isEmpty()
        && caseText.isEmpty();
  }

  private static Optional<String> nonBlank(Message message, String key) {
    return Optional.ofNullable(message.metadata().get(key)).filter(v -> !v.isBlank());
  }
}
