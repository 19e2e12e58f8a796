package io.feedbackloop.routing.internal.insight;

import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.scoring.insight.RecurringIssueDetected;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The stock text of the team alert about a recurring issue, and the values every alert template
 * gets. Ids and numbers only: an alert never quotes a customer's words.
 */
public final class AlertTemplates {
  private static final MessageTemplate DEFAULT =
      MessageTemplate.builder("recurring-issue-alert")
          .subject(Locale.ENGLISH, "Recurring issue: {{topic}} ({{segment}})")
          .text(
              Locale.ENGLISH,
              """
                  The topic {{topic}} is mentioned far more often than usual in segment {{segment}}: \
                  {{count}} mentions in the window {{windowStart}} to {{windowEnd}} ({{window}}), \
                  against a baseline of {{baseline}} (z-score {{zScore}}).

                  Problem case {{caseId}} links the affected responses and respondents. \
                  Issue {{issueId}}.""")
          .fallbackLocale(Locale.ENGLISH)
          .build();

  private AlertTemplates() {}

  /** The default alert: English, subject and plain text. */
  public static MessageTemplate defaultTemplate() {
    return DEFAULT;
  }

  /**
   * The template values of an alert: {@code issueId, caseId, topic, segment, count, baseline,
   * zScore, windowStart, windowEnd, window} (numbers with two decimals, instants and the window
   * length in ISO-8601).
   */
  public static Map<String, String> values(RecurringIssueDetected e, String caseId) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("issueId", e.issueId());
    v.put("caseId", caseId);
    v.put("topic", e.topic());
    v.put("segment", e.segmentLabel());
    v.put("count", Long.toString(e.count()));
    v.put("baseline", String.format(Locale.ROOT, "%.2f", e.baseline()));
    v.put("zScore", String.format(Locale.ROOT, "%.2f", e.zScore()));
    v.put("windowStart", e.windowStart().toString());
    v.put("windowEnd", e.windowEnd().toString());
    v.put("window", Duration.between(e.windowStart(), e.windowEnd()).toString());
    return v;
  }
}
