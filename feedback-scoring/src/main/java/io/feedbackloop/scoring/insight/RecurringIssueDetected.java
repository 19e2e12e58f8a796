package io.feedbackloop.scoring.insight;

import io.feedbackloop.scoring.internal.insight.IdList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A topic mentioned in one segment far more often than usual: a recurring issue.
 *
 * <p>One spike ("episode") has one {@link #issueId()}; while it lasts, every further mention emits
 * the event again with a higher {@link #sequence()} and the grown list of responses, so a handler
 * can open one problem case on the first event and link the new responses on later ones.
 *
 * @param issueId stable id of the episode: {@code <topic>:<segment>:<episode start, epoch
 *     seconds>}, usable as an idempotency key
 * @param sequence 1 for the first event of the episode, then 2, 3, ...
 * @param topic the topic id
 * @param segment the segment values (for example {@code region=north}); empty for all responses
 * @param windowStart the start of the window that was counted, inclusive
 * @param windowEnd the end of the window, exclusive
 * @param count the mentions in the window
 * @param baseline the expected mentions in a window of that length, from the preceding windows
 * @param zScore how far {@code count} lies above {@code baseline}, in standard deviations
 * @param responseIds the responses of the episode: those in the window when it started, then each
 *     further mention, in the order they were recorded (oldest first when mentions arrive in time
 *     order); at most the detector's {@code maxResponsesPerEpisode}
 * @param respondentIds their respondents where known (host ids), in the same order, without repeats
 * @param truncated true when the episode had more responses than {@code responseIds} lists (the list
 *     stopped growing at the detector's {@code maxResponsesPerEpisode})
 */
public record RecurringIssueDetected(
    String issueId,
    int sequence,
    String topic,
    Map<String, String> segment,
    Instant windowStart,
    Instant windowEnd,
    long count,
    double baseline,
    double zScore,
    List<String> responseIds,
    List<String> respondentIds,
    boolean truncated) {

  /**
   * Creates the event; collections are copied (except the detector's own immutable lists, which
   * the events of one episode share).
   */
  public RecurringIssueDetected {
    Objects.requireNonNull(issueId, "issueId");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(windowStart, "windowStart");
    Objects.requireNonNull(windowEnd, "windowEnd");
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be >= 1, but was " + sequence);
    }
    if (!windowEnd.isAfter(windowStart)) {
      throw new IllegalArgumentException(
          "windowEnd must be after windowStart (" + windowStart + "), but was " + windowEnd);
    }
    segment = Map.copyOf(segment);
    responseIds = IdList.isSnapshot(responseIds) ? responseIds : List.copyOf(responseIds);
    respondentIds = IdList.isSnapshot(respondentIds) ? respondentIds : List.copyOf(respondentIds);
  }

  /** Creates an event that lists every response of its episode ({@code truncated} false). */
  public RecurringIssueDetected(
      String issueId,
      int sequence,
      String topic,
      Map<String, String> segment,
      Instant windowStart,
      Instant windowEnd,
      long count,
      double baseline,
      double zScore,
      List<String> responseIds,
      List<String> respondentIds) {
    this(
        issueId,
        sequence,
        topic,
        segment,
        windowStart,
        windowEnd,
        count,
        baseline,
        zScore,
        responseIds,
        respondentIds,
        false);
  }

  /** The segment as {@code key=value} pairs joined by {@code ,} in key order, or {@code all}. */
  public String segmentLabel() {
    if (segment.isEmpty()) {
      return "all";
    }
    StringBuilder sb = new StringBuilder();
    segment.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(sb.length() == 0 ? "" : ",").append(e.getKey()).append('=').append(e.getValue()));
    return sb.toString();
  }
}
