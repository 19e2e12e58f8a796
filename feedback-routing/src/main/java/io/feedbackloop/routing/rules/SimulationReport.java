package io.feedbackloop.routing.rules;

import io.feedbackloop.core.response.Channel;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a rule set would have done over a stream of historical responses ({@link Simulation}).
 *
 * @param responses the number of responses evaluated
 * @param matchesPerRule how often each rule matched, for every rule in evaluation order (zero
 *     included)
 * @param rulesNeverFired the enabled rules that never matched, in evaluation order
 * @param actionsPerKind how many actions of each kind ({@code openCase}, {@code tag}...), by kind
 * @param casesPerTeamPerDay cases that would have been opened, per team and day of submission
 * @param customerMessagesPerChannel messages to customers, per channel the response came through
 *     (where the customer would be answered)
 * @param teamNotificationsPerChannel team notifications, per team channel
 */
public record SimulationReport(
    long responses,
    Map<String, Long> matchesPerRule,
    List<String> rulesNeverFired,
    Map<String, Long> actionsPerKind,
    Map<String, SortedMap<LocalDate, Long>> casesPerTeamPerDay,
    Map<Channel, Long> customerMessagesPerChannel,
    Map<String, Long> teamNotificationsPerChannel) {

  /** Creates the report; maps and lists are copied, keeping their order. */
  public SimulationReport {
    Checks.check(responses >= 0, "responses", ">= 0", responses);
    matchesPerRule = Collections.unmodifiableMap(new LinkedHashMap<>(matchesPerRule));
    rulesNeverFired = List.copyOf(rulesNeverFired);
    actionsPerKind = Collections.unmodifiableMap(new TreeMap<>(actionsPerKind));
    Map<String, SortedMap<LocalDate, Long>> cases = new TreeMap<>();
    casesPerTeamPerDay.forEach(
        (team, days) -> cases.put(team, Collections.unmodifiableSortedMap(new TreeMap<>(days))));
    casesPerTeamPerDay = Collections.unmodifiableMap(cases);
    customerMessagesPerChannel = Collections.unmodifiableMap(new TreeMap<>(customerMessagesPerChannel));
    teamNotificationsPerChannel = Collections.unmodifiableMap(new TreeMap<>(teamNotificationsPerChannel));
  }

  /** The total number of cases per team over the whole stream. */
  public Map<String, Long> casesPerTeam() {
    Map<String, Long> out = new TreeMap<>();
    casesPerTeamPerDay.forEach(
        (team, days) -> out.put(team, days.values().stream().mapToLong(Long::longValue).sum()));
    return out;
  }
}
