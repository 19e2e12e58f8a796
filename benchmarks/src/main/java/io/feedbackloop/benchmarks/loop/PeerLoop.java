package io.feedbackloop.benchmarks.loop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a user writes instead of the SDK, in memory: Jackson data binding into {@link
 * PeerResponse}, a {@link ConcurrentHashMap} of responses by id ({@code putIfAbsent} for
 * idempotency), if/else on the NPS score, a case map for detractors (owner round robin) and a
 * synchronized list as the "outbox". No survey validation, no rules, no SLA, no undo on failure.
 * Thread-safe.
 */
final class PeerLoop {
  /** A follow-up case. */
  record PeerCase(String id, String responseId, String team, String owner) {}

  /** A queued message. */
  record PeerMessage(String channel, String recipient, String template, String key) {}

  private static final ObjectReader READER = new ObjectMapper().readerFor(PeerResponse.class);
  private static final String[] OWNERS = {"ana", "ben", "cara"};

  private final ConcurrentHashMap<String, PeerResponse> responses = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, PeerCase> cases = new ConcurrentHashMap<>();
  private final List<PeerMessage> outbox = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger nextOwner = new AtomicInteger();

  /**
   * Parses and routes one document.
   *
   * @return the messages queued, or -1 for a replay (the id was stored before)
   */
  int submit(String json) {
    PeerResponse r;
    try {
      r = READER.readValue(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (responses.putIfAbsent(r.tenant + '/' + r.id, r) != null) {
      return -1;
    }
    int score = r.npsScore();
    String who = r.respondent == null ? "anonymous" : r.respondent;
    if (score < 0) {
      return 0;
    } else if (score <= 6) {
      String caseId = "case-" + r.id;
      String owner = OWNERS[Math.floorMod(nextOwner.getAndIncrement(), OWNERS.length)];
      cases.put(caseId, new PeerCase(caseId, r.id, "support", owner));
      outbox.add(new PeerMessage("staff", "support", "detractor-alert", r.id + "/alert"));
      return 1;
    } else if (score <= 8) {
      outbox.add(new PeerMessage("email", who, "what-would-make-it-great", r.id + "/ask"));
      return 1;
    } else {
      outbox.add(new PeerMessage("email", who, "thank-you", r.id + "/thanks"));
      return 1;
    }
  }

  /** Responses stored. */
  int responses() {
    return responses.size();
  }

  /** Cases opened. */
  int cases() {
    return cases.size();
  }

  /** Messages queued. */
  int messages() {
    return outbox.size();
  }
}
