package io.feedbackloop.routing.internal.outbox;

import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/** A thread-safe random source that draws from the calling thread's {@link ThreadLocalRandom}. */
public final class ThreadLocalRandomSource implements RandomGenerator {
  /** The one instance. */
  public static final ThreadLocalRandomSource INSTANCE = new ThreadLocalRandomSource();

  private ThreadLocalRandomSource() {}

  @Override
  public long nextLong() {
    return ThreadLocalRandom.current().nextLong();
  }

  @Override
  public long nextLong(long bound) {
    return ThreadLocalRandom.current().nextLong(bound);
  }

  @Override
  public String toString() {
    return "ThreadLocalRandom";
  }
}
