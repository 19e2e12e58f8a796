package io.feedbackloop.scoring;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.scoring.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What responses are grouped by: one named {@linkplain #attribute attribute}, the {@linkplain
 * #touchpoint touchpoint} or the {@linkplain #channel channel}. Several dimensions combine into one
 * segment (touchpoint × region).
 *
 * <p>A response without a value for a dimension (no such attribute, no touchpoint) falls into the
 * segment value {@link SegmentKey#ABSENT} (the empty string), together with responses whose
 * attribute value is empty: nothing is dropped.
 *
 * <p>Immutable and thread-safe; equal when of the same kind and name.
 */
public final class Dimension {
  private enum Kind {
    ATTRIBUTE,
    TOUCHPOINT,
    CHANNEL
  }

  private static final Dimension TOUCHPOINT = new Dimension(Kind.TOUCHPOINT, "touchpoint");
  private static final Dimension CHANNEL = new Dimension(Kind.CHANNEL, "channel");

  private final Kind kind;
  private final String name;

  private Dimension(Kind kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  /**
   * Groups by the response attribute {@code name} ({@link Response#attributes()}).
   *
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws NullPointerException if {@code name} is null
   */
  public static Dimension attribute(String name) {
    Checks.notNull("name", name);
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, but was '" + name + "'");
    }
    return new Dimension(Kind.ATTRIBUTE, name);
  }

  /** Groups by {@link Response#touchpoint()}; its name in a {@link SegmentKey} is "touchpoint". */
  public static Dimension touchpoint() {
    return TOUCHPOINT;
  }

  /**
   * Groups by {@link Response#channel()}, as its {@linkplain
   * io.feedbackloop.core.response.Channel#wireName() wire name} ("email", "sms", ...); its name in
   * a {@link SegmentKey} is "channel".
   */
  public static Dimension channel() {
    return CHANNEL;
  }

  /** The name used in a {@link SegmentKey}: the attribute name, "touchpoint" or "channel". */
  public String name() {
    return name;
  }

  /**
   * This dimension's value for {@code response}, {@link SegmentKey#ABSENT} when it has none.
   *
   * @throws NullPointerException if {@code response} is null
   */
  public String valueOf(Response response) {
    Checks.notNull("response", response);
    return switch (kind) {
      case ATTRIBUTE -> {
        String v = response.attributes().get(name);
        yield v == null ? SegmentKey.ABSENT : v;
      }
      case TOUCHPOINT -> response.touchpoint().orElse(SegmentKey.ABSENT);
      case CHANNEL -> response.channel().wireName();
    };
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Dimension other && kind == other.kind && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + name.hashCode();
  }

  @Override
  public String toString() {
    return kind == Kind.ATTRIBUTE ? "attribute(" + name + ")" : name + "()";
  }
}
