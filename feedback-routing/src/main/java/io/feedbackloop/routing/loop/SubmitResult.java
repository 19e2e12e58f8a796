package io.feedbackloop.routing.loop;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.rules.Decision;
import io.feedbackloop.scoring.Category;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@link FeedbackLoop#submit} did with one response. Immutable.
 *
 * <p>A {@linkplain #replay() replay} (the same response submitted again) returns the stored
 * response and nothing else: rules are not evaluated again, so {@link #decision()} is empty and no
 * case or message is reported.
 *
 * @param response the stored response (for a replay: the one stored first)
 * @param replay true if the response was stored before and this call changed nothing
 * @param categories the category of each answered scaled question (NPS, CSAT, CES, ratings,
 *     thumbs), by question id; empty for a replay
 * @param decision the rules' decision, or null for a replay
 * @param openedCases the cases this submit opened, with the tags the rules added, in rule order
 * @param messagesQueued outbox messages this submit queued (team notifications, customer
 *     messages, escalations)
 * @param tags the tags the rules asked for
 * @param surveysSuppressed true if a rule suppressed further surveys for the respondent
 */
public record SubmitResult(
    Response response,
    boolean replay,
    Map<String, Category> categories,
    @Nullable Decision decision,
    List<FollowUpCase> openedCases,
    int messagesQueued,
    Set<String> tags,
    boolean surveysSuppressed) {

  /** Checks the parts and copies the collections. */
  public SubmitResult {
    Checks.notNull("response", response);
    categories = Map.copyOf(Checks.notNull("categories", categories));
    openedCases = List.copyOf(Checks.notNull("openedCases", openedCases));
    Checks.check(messagesQueued >= 0, "messagesQueued", ">= 0", messagesQueued);
    tags = Set.copyOf(Checks.notNull("tags", tags));
  }

  /** The result of a replay: the stored response and nothing else. */
  public static SubmitResult replayOf(Response stored) {
    return new SubmitResult(stored, true, Map.of(), null, List.of(), 0, Set.of(), false);
  }

  /** The rules' decision; empty for a replay. */
  public Optional<Decision> optionalDecision() {
    return Optional.ofNullable(decision);
  }

  /** The category of the answer to {@code questionId}, if it is a scaled question answered. */
  public Optional<Category> category(String questionId) {
    return Optional.ofNullable(categories.get(questionId));
  }
}
