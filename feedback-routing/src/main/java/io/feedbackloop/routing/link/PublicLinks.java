package io.feedbackloop.routing.link;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.internal.link.LinkChecks;
import io.feedbackloop.routing.internal.link.TokenBucket;
import io.feedbackloop.routing.internal.link.Tokens;
import io.feedbackloop.routing.internal.rules.Checks;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Public multi-use survey links, for QR codes on receipts and in stores. Anyone with the link may
 * answer, so each link is guarded twice:
 *
 * <ul>
 *   <li>a <b>rate limit</b> per link: a token bucket refilled at {@link Builder#ratePerMinute}
 *       answers a minute (default {@value #DEFAULT_RATE_PER_MINUTE}) holding up to {@link
 *       Builder#burst} (default: the rate);
 *   <li><b>duplicate detection</b> within {@link Builder#duplicateWindow} (default 24 hours): a
 *       device id is hashed and remembered in memory (bounded by {@link Builder#maxTrackedDevices},
 *       least recently used forgotten first); a respondent id is hashed and recorded in the {@link
 *       LinkStore}, so that it holds across nodes and restarts.
 * </ul>
 *
 * <p>The rate limit and the device memory are per instance (per node): with N nodes behind a load
 * balancer a link admits up to N times the rate. A duplicate does not use up the rate.
 *
 * <p>Thread-safe.
 */
public final class PublicLinks {
  /** The default rate limit per link. */
  public static final int DEFAULT_RATE_PER_MINUTE = 60;

  /** The default duplicate window. */
  public static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofHours(24);

  private final String baseUrl;
  private final LinkStore store;
  private final Clock clock;
  private final SecureRandom random;
  private final int ratePerMinute;
  private final int burst;
  private final Duration window;
  private final Cache<String, TokenBucket> buckets;
  private final Cache<String, Instant> devices;

  private PublicLinks(Builder b, String baseUrl, LinkStore store) {
    this.baseUrl = baseUrl;
    this.store = store;
    this.clock = b.clock;
    this.random = b.random != null ? b.random : new SecureRandom();
    this.ratePerMinute = b.ratePerMinute;
    this.burst = b.burst > 0 ? b.burst : b.ratePerMinute;
    this.window = b.window;
    this.buckets = Caffeine.newBuilder().maximumSize(b.maxTrackedLinks).build();
    this.devices = Caffeine.newBuilder().maximumSize(b.maxTrackedDevices).build();
  }

  /** Starts a builder; base URL and store are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a public link to {@code surveyId}, with a fresh 256-bit token, in the store's unit of
   * work.
   *
   * @throws IllegalArgumentException if the survey id is not an identifier
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  public PublicLink create(TenantId tenant, String surveyId) {
    Checks.notNull("tenant", tenant);
    Checks.identifier("surveyId", surveyId);
    String token = Tokens.random(random, Tokens.OPAQUE_BYTES);
    PublicLinkRecord record =
        new PublicLinkRecord(tenant, Tokens.sha256Hex(token), surveyId, clock.instant());
    if (!store.addPublic(record)) {
      throw new IllegalStateException("a fresh random link token collided: check the SecureRandom");
    }
    return new PublicLink(tenant, surveyId, token, URI.create(baseUrl + "/p/" + token));
  }

  /**
   * Decides whether the device {@code deviceId} (a cookie or app-install id; hashed, never kept as
   * given) may answer through the link at {@code now}. The device is remembered in this instance's
   * memory only.
   *
   * @throws IllegalArgumentException if the device id is blank
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  public Admission admit(String token, String deviceId, Instant now) {
    Checks.notNull("token", token);
    Checks.notBlank("deviceId", deviceId);
    Checks.notNull("now", now);
    Optional<PublicLinkRecord> found = find(token);
    if (found.isEmpty()) {
      return Admission.unknownLink();
    }
    PublicLinkRecord link = found.get();
    TokenBucket bucket = bucket(link, now);
    String key =
        Tokens.sha256Hex(
            "device\n" + link.tenant().value() + "\n" + link.tokenHash() + "\n" + deviceId);
    Admission.Outcome[] outcome = {Admission.Outcome.ADMITTED};
    devices
        .asMap()
        .compute(
            key,
            (k, last) -> {
              if (last != null && now.isBefore(last.plus(window))) {
                outcome[0] = Admission.Outcome.DUPLICATE;
                return last;
              }
              if (!bucket.tryTake(now)) {
                outcome[0] = Admission.Outcome.RATE_LIMITED;
                return last;
              }
              return now;
            });
    return Admission.of(outcome[0], link);
  }

  /**
   * Decides whether {@code respondent} may answer through the link at {@code now}; the visit is
   * recorded (hashed) in the store, in its unit of work, so duplicates are found across nodes.
   *
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  public Admission admit(String token, RespondentId respondent, Instant now) {
    Checks.notNull("token", token);
    Checks.notNull("respondent", respondent);
    Checks.notNull("now", now);
    Optional<PublicLinkRecord> found = find(token);
    if (found.isEmpty()) {
      return Admission.unknownLink();
    }
    PublicLinkRecord link = found.get();
    TokenBucket bucket = bucket(link, now);
    if (!bucket.tryTake(now)) {
      return Admission.of(Admission.Outcome.RATE_LIMITED, link);
    }
    String visitor =
        Tokens.sha256Hex("respondent\n" + link.tenant().value() + "\n" + respondent.value());
    boolean first;
    try {
      first = store.recordVisit(link.tenant(), link.tokenHash(), visitor, now, window);
    } catch (RuntimeException e) {
      bucket.giveBack();
      throw e;
    }
    if (!first) {
      bucket.giveBack();
      return Admission.of(Admission.Outcome.DUPLICATE, link);
    }
    return Admission.of(Admission.Outcome.ADMITTED, link);
  }

  private Optional<PublicLinkRecord> find(String token) {
    if (!Tokens.looksOpaque(token)) {
      return Optional.empty();
    }
    return store.findPublic(Tokens.sha256Hex(token));
  }

  private TokenBucket bucket(PublicLinkRecord link, Instant now) {
    return buckets.get(
        link.tenant().value() + "\n" + link.tokenHash(),
        k -> new TokenBucket(ratePerMinute, burst, now));
  }

  @Override
  public String toString() {
    return "PublicLinks["
        + baseUrl
        + ", "
        + ratePerMinute
        + "/min, window "
        + window
        + ", "
        + store
        + "]";
  }

  /** Builds {@link PublicLinks}. Not thread-safe. */
  public static final class Builder {
    private @Nullable URI baseUrl;
    private @Nullable LinkStore store;
    private Clock clock = Clock.systemUTC();
    private @Nullable SecureRandom random;
    private int ratePerMinute = DEFAULT_RATE_PER_MINUTE;
    private int burst;
    private Duration window = DEFAULT_DUPLICATE_WINDOW;
    private long maxTrackedDevices = 100_000;
    private long maxTrackedLinks = 10_000;

    private Builder() {}

    /**
     * Sets the base URL; links are {@code <baseUrl>/p/<token>}. Required.
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) URL without query or
     *     fragment
     */
    public Builder baseUrl(URI baseUrl) {
      LinkChecks.baseUrl(baseUrl);
      this.baseUrl = baseUrl;
      return this;
    }

    /** Sets the store. Required. */
    public Builder store(LinkStore store) {
      this.store = Checks.notNull("store", store);
      return this;
    }

    /** Sets the clock that stamps created links; default system UTC. */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /** Sets the random source for tokens; default a new {@link SecureRandom}. */
    public Builder secureRandom(SecureRandom random) {
      this.random = Checks.notNull("random", random);
      return this;
    }

    /**
     * Sets the answers per minute a link admits; default {@value #DEFAULT_RATE_PER_MINUTE}.
     *
     * @throws IllegalArgumentException if not > 0
     */
    public Builder ratePerMinute(int ratePerMinute) {
      this.ratePerMinute = Checks.positive("ratePerMinute", ratePerMinute);
      return this;
    }

    /**
     * Sets how many answers a link admits at once after a quiet spell; default the rate per
     * minute.
     *
     * @throws IllegalArgumentException if not > 0
     */
    public Builder burst(int burst) {
      this.burst = Checks.positive("burst", burst);
      return this;
    }

    /**
     * Sets the window in which a second answer from the same device or respondent is a duplicate;
     * default 24 hours.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder duplicateWindow(Duration window) {
      Checks.notNull("duplicateWindow", window);
      Checks.check(!window.isNegative() && !window.isZero(), "duplicateWindow", "> 0", window);
      this.window = window;
      return this;
    }

    /**
     * Sets how many devices are remembered (per link and device), default 100,000; beyond that the
     * least recently used are forgotten.
     *
     * @throws IllegalArgumentException if not > 0
     */
    public Builder maxTrackedDevices(int max) {
      this.maxTrackedDevices = Checks.positive("maxTrackedDevices", max);
      return this;
    }

    /**
     * Sets for how many links a rate-limit bucket is kept, default 10,000.
     *
     * @throws IllegalArgumentException if not > 0
     */
    public Builder maxTrackedLinks(int max) {
      this.maxTrackedLinks = Checks.positive("maxTrackedLinks", max);
      return this;
    }

    /**
     * Builds the service.
     *
     * @throws IllegalStateException if the base URL or store is missing
     */
    public PublicLinks build() {
      URI url = baseUrl;
      LinkStore s = store;
      if (url == null || s == null) {
        throw new IllegalStateException(
            "PublicLinks needs baseUrl(...) and store(...), but "
                + (url == null ? "baseUrl" : "store")
                + " is missing");
      }
      return new PublicLinks(this, LinkChecks.baseUrl(url), s);
    }
  }
}
