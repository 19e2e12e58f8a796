package io.feedbackloop.examples.demo.run;

import io.feedbackloop.examples.demo.report.ShopReport;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one {@link ShopDemo} run did: the report model and the figures around it. Immutable.
 *
 * @param report the report of this run's weeks (rendered by TextReport and HtmlReport)
 * @param orders orders delivered in this run
 * @param firstWeek the 1-based week this run started at (1, or later when it continued an earlier
 *     run's database)
 * @param previousResponses responses found in the database before this run (0 in memory)
 * @param responsesSubmitted responses this run submitted that the loop stored as new
 * @param responsesStored responses in the store at the end (all runs)
 * @param invitationsSent invitations scheduled or deferred (quiet hours) by the contact policy
 * @param invitationsDeferred of those, moved out of quiet hours
 * @param suppressedByReason invitations the contact policy suppressed, by reason code
 * @param casesOpened cases this run's rules opened, plus problem cases
 * @param problemCases problem cases opened for recurring issues
 * @param escalations SLA steps fired (reminders, breaches, escalations)
 * @param resurveysSent re-surveys scheduled after closed detractor cases
 * @param resurveysAnswered re-survey answers recorded
 * @param mailMessages distinct invitations the in-process mail sink got
 * @param webhookMessages distinct messages the local webhook receiver got (customer messages)
 * @param slackMessages distinct messages the local Slack endpoint got (team alerts, SLA notices)
 * @param deadLetters messages the outbox gave up on
 * @param dueWorkRuns calls of {@code runDueWork()}
 * @param database the H2 database file, for {@code --jdbc}
 */
public record DemoResult(
    ShopReport report,
    int orders,
    int firstWeek,
    long previousResponses,
    long responsesSubmitted,
    long responsesStored,
    long invitationsSent,
    long invitationsDeferred,
    long mailMessages,
    SortedMap<String, Long> suppressedByReason,
    long casesOpened,
    long problemCases,
    long escalations,
    long resurveysSent,
    long resurveysAnswered,
    long webhookMessages,
    long slackMessages,
    long deadLetters,
    long dueWorkRuns,
    Optional<Path> database) {

  /**
   * Checks the parts and copies the map.
   *
   * @throws NullPointerException if a part is null
   */
  public DemoResult {
    Objects.requireNonNull(report, "report");
    suppressedByReason =
        java.util.Collections.unmodifiableSortedMap(
            new TreeMap<>(Objects.requireNonNull(suppressedByReason, "suppressedByReason")));
    Objects.requireNonNull(database, "database");
  }

  /** All suppressed invitations. */
  public long invitationsSuppressed() {
    return suppressedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The suppressed invitations of one reason code (0 if none). */
  public long suppressed(String reason) {
    return suppressedByReason.getOrDefault(reason, 0L);
  }

  /** The suppression counts, largest first. */
  public Map<String, Long> suppressedLargestFirst() {
    Map<String, Long> sorted = new java.util.LinkedHashMap<>();
    suppressedByReason.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
