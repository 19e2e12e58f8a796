package io.feedbackloop.routing.internal.invite;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;

/**
 * Deterministic sampling values: a uniform number in [0, 1) from a seed and a touchpoint's tenant,
 * respondent and event id, the same on every node and every replay.
 */
public final class Sampling {
  private Sampling() {}

  /** The sampling value of one touchpoint under {@code seed}. */
  public static double value(long seed, TenantId tenant, RespondentId respondent, String eventId) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    h = feed(h, tenant.value());
    h = feed(h, respondent.value());
    h = feed(h, eventId);
    return (mix(h) >>> 11) * 0x1.0p-53;
  }

  private static long feed(long h, String s) {
    long out = h;
    for (int i = 0; i < s.length(); i++) {
      out = mix(out ^ s.charAt(i));
    }
    // a separator after each part, so that ("ab", "c") and ("a", "bc") differ
    return mix(out ^ 0x1_0000L);
  }

  /** The finalizer of SplittableRandom (Stafford's variant 13): good avalanche on 64 bits. */
  static long mix(long z) {
    long x = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
    return x ^ (x >>> 31);
  }
}
