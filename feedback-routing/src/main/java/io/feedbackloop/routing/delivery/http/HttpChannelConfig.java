package io.feedbackloop.routing.delivery.http;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Clock;
import java.time.Duration;

/**
 * Settings shared by the HTTP channels: timeouts, the {@link UrlPolicy} and the clock. Immutable
 * and thread-safe; one config may serve many channels.
 *
 * <p>Defaults: connect timeout 5 s, request timeout 10 s (from sending the request to the end of a
 * response; a request that times out after it was sent is reported as {@linkplain
 * io.feedbackloop.routing.delivery.DeliveryResult#ambiguous ambiguous}), {@link
 * UrlPolicy#ofDefaults()}, {@link Clock#systemUTC()}.
 */
public final class HttpChannelConfig {
  private static final HttpChannelConfig DEFAULTS = builder().build();

  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final UrlPolicy urlPolicy;
  private final Clock clock;

  private HttpChannelConfig(Builder b) {
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
    this.urlPolicy = b.urlPolicy;
    this.clock = b.clock;
  }

  /** The default settings. */
  public static HttpChannelConfig ofDefaults() {
    return DEFAULTS;
  }

  /** Starts a config with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** How long to wait for a TCP (and TLS) connection. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** How long to wait for the response once the request is being sent. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** The policy every URL is checked against. */
  public UrlPolicy urlPolicy() {
    return urlPolicy;
  }

  /** The clock for webhook timestamps and {@code Retry-After} dates. */
  public Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "HttpChannelConfig[connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", "
        + urlPolicy
        + "]";
  }

  /** Builds an {@link HttpChannelConfig}. Not thread-safe. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(10);
    private UrlPolicy urlPolicy = UrlPolicy.ofDefaults();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The connect timeout (default 5 s).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /**
     * The request timeout (default 10 s).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive("requestTimeout", timeout);
      return this;
    }

    /** The URL policy (default {@link UrlPolicy#ofDefaults()}). */
    public Builder urlPolicy(UrlPolicy policy) {
      this.urlPolicy = Checks.notNull("urlPolicy", policy);
      return this;
    }

    /** The clock (default {@link Clock#systemUTC()}). */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /** Builds the config. */
    public HttpChannelConfig build() {
      return new HttpChannelConfig(this);
    }

    private static Duration positive(String name, Duration d) {
      Checks.notNull(name, d);
      Checks.check(!d.isNegative() && !d.isZero(), name, "> 0", d);
      return d;
    }
  }
}
