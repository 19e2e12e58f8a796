package io.feedbackloop.examples.scale;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The deterministic responses of the multi-node run: item {@code i} of {@code total} is one
 * customer's answer with idempotency key {@code order-<i>}. Every node computes the same items, so
 * the parent and the child JVMs agree on what was meant to be stored without talking to each other.
 *
 * <ul>
 *   <li>Scores: about 12 % detractors (0-6), 20 % passives (7-8), 68 % promoters (9-10), from a hash
 *       of {@code i}; respondents repeat every {@link #RESPONDENTS} items, so a few detractors are
 *       repeat detractors.
 *   <li>Owner: node {@code i % nodes} submits every item. Items with {@code i % 10 == 3} are also
 *       submitted by the next node, items with {@code i % 50 == 0} by every node: the same key on
 *       several nodes at about the same moment, a client retry that hit another node.
 *   <li>Conflicts: when a second node submits item {@code i % 101 == 7}, it sends another score of
 *       the same category ({@link #variant}: 3 for 2, 8 for 7, 10 for 9): a key reused with other content, which the
 *       loop refuses on whichever node comes second. The category, and so what the rules ask for,
 *       does not depend on which one won.
 *   <li>Response ids name the submitting node ({@code r<i>-n<node>}): which one is stored tells who
 *       won, and the key, not the id, makes the second a replay.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class Workload {
  /** The tenant of every response. */
  static final TenantId TENANT = TenantId.of("webshop");

  /** The survey every response answers. */
  static final String SURVEY = "post-delivery";

  /** How many distinct respondents the items cycle through. */
  static final int RESPONDENTS = 12_000;

  /** The score categories, as the standard playbook sees them. */
  enum Category {
    DETRACTOR,
    PASSIVE,
    PROMOTER
  }

  private final int total;
  private final int nodes;

  Workload(int total, int nodes) {
    if (total <= 0 || nodes <= 0) {
      throw new IllegalArgumentException(
          "total and nodes must be > 0, but were " + total + " and " + nodes);
    }
    this.total = total;
    this.nodes = nodes;
  }

  int total() {
    return total;
  }

  int nodes() {
    return nodes;
  }

  /** The idempotency key of item {@code i}. */
  static String key(int i) {
    return "order-" + i;
  }

  /** The NPS score the owner of item {@code i} submits. */
  static int score(int i) {
    int h = Math.floorMod(mix(i), 100);
    if (h < 12) {
      return h % 7;
    }
    if (h < 32) {
      return 7 + h % 2;
    }
    return 9 + h % 2;
  }

  /** The category of item {@code i}, the same whichever submitter's score was stored. */
  static Category category(int i) {
    int s = score(i);
    return s <= 6 ? Category.DETRACTOR : s <= 8 ? Category.PASSIVE : Category.PROMOTER;
  }

  /** Whether a second submitter of item {@code i} sends other content under the same key. */
  static boolean conflicting(int i) {
    return i % 101 == 7;
  }

  /** The owner of item {@code i}. */
  int owner(int i) {
    return i % nodes;
  }

  /** The nodes that submit item {@code i}, owner first, each once. */
  List<Integer> submitters(int i) {
    List<Integer> who = new ArrayList<>(3);
    who.add(owner(i));
    if (i % 50 == 0) {
      for (int n = 0; n < nodes; n++) {
        if (!who.contains(n)) {
          who.add(n);
        }
      }
    } else if (i % 10 == 3 && nodes > 1) {
      who.add((owner(i) + 1) % nodes);
    }
    return who;
  }

  /** The items node {@code node} submits, in ascending order. */
  int[] slice(int node) {
    if (node < 0 || node >= nodes) {
      throw new IllegalArgumentException("node must be in [0, " + nodes + "), but was " + node);
    }
    return IntStream.range(0, total)
        .filter(i -> submitters(i).contains(node))
        .toArray();
  }

  /** How many submits all nodes together make. */
  int submits() {
    int n = 0;
    for (int i = 0; i < total; i++) {
      n += submitters(i).size();
    }
    return n;
  }

  /** The response node {@code node} submits for item {@code i}, submitted {@code at}. */
  Response response(int i, int node, Instant at) {
    int s = score(i);
    if (node != owner(i) && conflicting(i)) {
      s = variant(s);
    }
    return Response.builder(TENANT, SURVEY)
        .id("r" + i + "-n" + node)
        .idempotencyKey(key(i))
        .respondent("customer-" + i % RESPONDENTS)
        .answer("nps", s)
        .answer("comment", s <= 6 ? "Order " + i + " arrived late" : "Order " + i + " was fine")
        .locale(Locale.ENGLISH)
        .submittedAt(at)
        .build();
  }

  /** Another score of the same category: 0 and 1, 2 and 3, 4 and 5, 5 and 6, 7 and 8, 9 and 10 swap. */
  static int variant(int score) {
    if (score <= 6) {
      return score == 6 ? 5 : score ^ 1;
    }
    return score <= 8 ? 15 - score : 19 - score;
  }

  private static int mix(int i) {
    int h = i * 0x9E3779B9;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }
}
