package io.feedbackloop.examples.demo.shop;

import java.util.SplittableRandom;

/** Derives one random stream per (seed, purpose, entity id), independent of call order. */
final class Randoms {
  private Randoms() {}

  /** A fresh generator for {@code purpose} of the entity {@code id} under {@code seed}. */
  static SplittableRandom of(long seed, String purpose, String id) {
    long h = 0xcbf29ce484222325L;
    h = fnv(h, purpose);
    h ^= ':';
    h *= 0x100000001b3L;
    h = fnv(h, id);
    return new SplittableRandom(mix(seed ^ mix(h)));
  }

  /** Picks an index by weight; the weights need not sum to 1. */
  static int weighted(SplittableRandom random, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** True with probability {@code p}. */
  static boolean chance(SplittableRandom random, double p) {
    return random.nextDouble() < p;
  }

  private static long fnv(long start, String s) {
    long h = start;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  // the murmur3 finalizer: nearby seeds and ids give unrelated streams
  private static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
