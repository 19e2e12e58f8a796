package io.feedbackloop.routing.link;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.routing.internal.link.LinkChecks;
import io.feedbackloop.routing.internal.link.SignedTokens;
import io.feedbackloop.routing.internal.link.Tokens;
import io.feedbackloop.routing.internal.rules.Checks;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Personal one-time survey links: issues them ({@link LinkIssuer}), opens them for the survey page
 * and redeems them exactly once when the answer is posted.
 *
 * <p><b>Tokens.</b> By default ({@link TokenMode#OPAQUE}) a token is 256 random bits from a {@link
 * SecureRandom} in base64url without padding (43 characters); the {@link LinkStore} keeps only its
 * SHA-256 hash, with tenant, survey, respondent, invitation, expiry and use time. In {@link
 * TokenMode#SIGNED} mode the token carries those fields and an HMAC-SHA256 made with the current
 * key of the {@link SigningKeys}; any listed key verifies. Either kind of token is accepted whatever
 * the mode, so switching mode does not break links already sent (signed ones need the key ring).
 *
 * <p><b>Open versus redeem.</b> Mail scanners fetch links before people click them, so {@link
 * #open} (for the GET that shows the page) only reads: it never consumes the link or records
 * anything. {@link #redeem} (for the POST that submits the answer) consumes it atomically in the
 * store; of two racing requests, one wins. Call it in the unit of work that stores the answer, so
 * that a failed answer leaves the link usable.
 *
 * <p><b>Refusals.</b> Unknown, malformed, expired, used, tampered and wrongly signed tokens all
 * raise {@link InvalidLinkException} with one message. The reason goes only to the {@link
 * LinkRejectionListener}, the {@linkplain #rejections() counters} and a DEBUG log line (the reason,
 * never the token).
 *
 * <p><b>URLs.</b> A link is {@code <baseUrl>/s/<token>}; {@link #oneClickUrl} adds {@code
 * ?score=n}, {@link #unsubscribeUrl} appends {@code /unsubscribe}.
 *
 * <p>Thread-safe.
 */
public final class SurveyLinks implements LinkIssuer {
  private static final Logger LOG = LoggerFactory.getLogger(SurveyLinks.class);
  private static final Pattern PATH = Pattern.compile("(?:^|.*/)s/([A-Za-z0-9_.-]{1,1024})(?:/unsubscribe)?/?");
  private static final int NONCE_BYTES = 16;

  private final String baseUrl;
  private final LinkStore store;
  private final Clock clock;
  private final TokenMode mode;
  private final @Nullable SigningKeys keys;
  private final SecureRandom random;
  private final LinkRejectionListener listener;
  private final Map<LinkRejection, LongAdder> rejected = new EnumMap<>(LinkRejection.class);

  private enum Purpose {
    OPEN,
    REDEEM,
    UNSUBSCRIBE
  }

  private SurveyLinks(Builder b, String baseUrl, LinkStore store) {
    this.baseUrl = baseUrl;
    this.store = store;
    this.clock = b.clock;
    this.mode = b.mode;
    this.keys = b.keys;
    this.random = b.random != null ? b.random : new SecureRandom();
    this.listener = b.listener;
    for (LinkRejection r : LinkRejection.values()) {
      rejected.put(r, new LongAdder());
    }
  }

  /** Starts a builder; base URL and store are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Runs in the store's unit of work (joining the caller's transaction). A signed link's expiry
   * is rounded down to the second. The survey id must be an identifier; the invitation id 1-128
   * characters without control characters.
   */
  @Override
  public IssuedLink issue(
      TenantId tenant, String surveyId, RespondentId respondent, String invitationId, Instant expiresAt) {
    Checks.notNull("tenant", tenant);
    Checks.identifier("surveyId", surveyId);
    Checks.notNull("respondent", respondent);
    LinkChecks.invitationId(invitationId);
    Checks.notNull("expiresAt", expiresAt);
    Instant now = clock.instant();
    Instant expiry = mode == TokenMode.SIGNED ? expiresAt.truncatedTo(ChronoUnit.SECONDS) : expiresAt;
    Checks.check(expiry.isAfter(now), "expiresAt", "after now (" + now + ")", expiry);
    String token;
    if (mode == TokenMode.SIGNED) {
      SigningKeys ring = Checks.notNull("signingKeys", keys);
      SignedTokens.Claims claims =
          new SignedTokens.Claims(
              ring.currentKeyId(),
              tenant,
              surveyId,
              respondent,
              invitationId,
              expiry,
              Tokens.random(random, NONCE_BYTES));
      token = SignedTokens.sign(claims, ring.currentKey());
    } else {
      token = Tokens.random(random, Tokens.OPAQUE_BYTES);
      LinkRecord record =
          new LinkRecord(
              tenant, Tokens.sha256Hex(token), surveyId, respondent, invitationId, expiry, null);
      if (!store.add(record)) {
        // 2^-256: a broken random source, not bad luck
        throw new IllegalStateException("a fresh random link token collided: check the SecureRandom");
      }
    }
    return new IssuedLink(token, URI.create(baseUrl + "/s/" + token), expiry);
  }

  /**
   * Opens a link for the survey page (a GET), without a pre-filled score. Records nothing.
   *
   * @throws InvalidLinkException if the link is unknown, malformed, expired, used or not authentic
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  public OpenedLink open(String token) {
    return open(token, null, Scale.nps());
  }

  /**
   * Opens a one-click link ({@code ?score=n}) on the NPS scale 0-10. Records nothing.
   *
   * @param score the raw {@code score} query parameter, or null; ignored unless it is a whole
   *     number on the scale
   * @throws InvalidLinkException if the link is unknown, malformed, expired, used or not authentic
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  public OpenedLink open(String token, @Nullable String score) {
    return open(token, score, Scale.nps());
  }

  /**
   * Opens a one-click link for a survey on {@code scale}. Opening never consumes the link or
   * records anything, so a mail scanner fetching it is harmless; an invalid score is ignored (the
   * page just pre-selects nothing).
   *
   * @param score the raw {@code score} query parameter, or null
   * @param scale the scale of the survey's question
   * @throws InvalidLinkException if the link is unknown, malformed, expired, used or not authentic
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  public OpenedLink open(String token, @Nullable String score, Scale scale) {
    Checks.notNull("scale", scale);
    LinkSubject subject = check(token, clock.instant(), Purpose.OPEN);
    return new OpenedLink(subject, parseScore(score, scale));
  }

  /**
   * Redeems a link at {@code at} (the POST of the answer): exactly once, atomically in the store,
   * also when requests race on several nodes. Runs in the store's unit of work, joining the
   * caller's transaction: if that rolls back, the link is usable again.
   *
   * @return who and what the answer is for
   * @throws InvalidLinkException if the link is unknown, malformed, expired at {@code at}, already
   *     used or not authentic
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  public LinkSubject redeem(String token, Instant at) {
    Checks.notNull("at", at);
    return check(token, at, Purpose.REDEEM);
  }

  /**
   * Validates a token for an unsubscribe (the {@code List-Unsubscribe} URL is the link plus {@code
   * /unsubscribe}): accepts a known, authentic token even if it was redeemed or has expired, since
   * people unsubscribe after answering. Records nothing.
   *
   * @throws InvalidLinkException if the token is unknown, malformed or not authentic
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  public LinkSubject unsubscribeSubject(String token) {
    return check(token, clock.instant(), Purpose.UNSUBSCRIBE);
  }

  /**
   * The number of refused tokens per reason since this instance was built, for metrics. Every
   * reason is present.
   */
  public Map<LinkRejection, Long> rejections() {
    Map<LinkRejection, Long> out = new EnumMap<>(LinkRejection.class);
    for (LinkRejection r : LinkRejection.values()) {
      out.put(r, counter(r).sum());
    }
    return out;
  }

  /**
   * The one-click variant of a link, {@code <url>?score=<score>}, for a 0-10 scale in an e-mail.
   *
   * @throws IllegalArgumentException if the score is not 0-10
   */
  public static URI oneClickUrl(IssuedLink link, int score) {
    return oneClickUrl(link, score, Scale.nps());
  }

  /**
   * The one-click variant of a link for a score on {@code scale}.
   *
   * @throws IllegalArgumentException if the score is not on the scale
   */
  public static URI oneClickUrl(IssuedLink link, int score, Scale scale) {
    Checks.notNull("link", link);
    Checks.notNull("scale", scale);
    Checks.check(scale.contains(score), "score", "on the scale " + scale.min() + ".." + scale.max(), score);
    return URI.create(link.url() + "?score=" + score);
  }

  /** The RFC 8058 unsubscribe URL of a link: {@code <url>/unsubscribe}. */
  public static URI unsubscribeUrl(IssuedLink link) {
    Checks.notNull("link", link);
    return URI.create(link.url() + "/unsubscribe");
  }

  /**
   * The token in a request path such as {@code /s/<token>} or {@code /s/<token>/unsubscribe}
   * (anything may precede {@code s/}), if the path has that form. Does not validate the token.
   */
  public static Optional<String> tokenFromPath(String path) {
    Checks.notNull("path", path);
    Matcher m = PATH.matcher(path);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private LinkSubject check(String token, Instant now, Purpose purpose) {
    Checks.notNull("token", token);
    if (token.indexOf('.') >= 0) {
      return checkSigned(token, now, purpose);
    }
    if (!Tokens.looksOpaque(token)) {
      throw refuse(LinkRejection.MALFORMED);
    }
    String hash = Tokens.sha256Hex(token);
    if (purpose == Purpose.REDEEM) {
      return store
          .unitOfWork()
          .inTransaction(
              tx -> {
                boolean won = store.markUsed(hash, now);
                Optional<LinkRecord> found = store.find(hash);
                if (won && found.isPresent()) {
                  return found.get().subject();
                }
                throw refuse(reason(found, now));
              });
    }
    Optional<LinkRecord> found = store.find(hash);
    if (found.isEmpty()) {
      throw refuse(LinkRejection.UNKNOWN);
    }
    if (purpose == Purpose.OPEN) {
      LinkRejection why = reason(found, now);
      if (why != null) {
        throw refuse(why);
      }
    }
    return found.get().subject();
  }

  /** Why a stored link cannot be used at {@code now}, or null if it can. */
  private static @Nullable LinkRejection reason(Optional<LinkRecord> found, Instant now) {
    if (found.isEmpty()) {
      return LinkRejection.UNKNOWN;
    }
    LinkRecord r = found.get();
    if (r.used()) {
      return LinkRejection.USED;
    }
    return r.expiresAt().isAfter(now) ? null : LinkRejection.EXPIRED;
  }

  private LinkSubject checkSigned(String token, Instant now, Purpose purpose) {
    SigningKeys ring = keys;
    if (ring == null) {
      throw refuse(LinkRejection.UNKNOWN_KEY);
    }
    SignedTokens.Verified v = SignedTokens.verify(token, ring.verifying());
    SignedTokens.Claims c = v.claims();
    if (c == null) {
      throw refuse(Checks.notNull("rejection", v.rejection()));
    }
    LinkSubject subject =
        new LinkSubject(c.tenant(), c.surveyId(), c.respondent(), c.invitationId(), c.expiresAt());
    if (purpose == Purpose.UNSUBSCRIBE) {
      return subject;
    }
    if (!c.expiresAt().isAfter(now)) {
      throw refuse(LinkRejection.EXPIRED);
    }
    String hash = Tokens.sha256Hex(token);
    if (purpose == Purpose.OPEN) {
      if (store.find(hash).isPresent()) {
        throw refuse(LinkRejection.USED);
      }
      return subject;
    }
    LinkRecord use =
        new LinkRecord(
            c.tenant(), hash, c.surveyId(), c.respondent(), c.invitationId(), c.expiresAt(), now);
    if (!store.add(use)) {
      throw refuse(LinkRejection.USED);
    }
    return subject;
  }

  private InvalidLinkException refuse(@Nullable LinkRejection reason) {
    LinkRejection why = reason == null ? LinkRejection.UNKNOWN : reason;
    counter(why).increment();
    LOG.debug("survey link refused: {}", why);
    try {
      listener.rejected(why);
    } catch (RuntimeException e) {
      LOG.warn("link rejection listener {} failed", listener.getClass().getName(), e);
    }
    return new InvalidLinkException();
  }

  private LongAdder counter(LinkRejection r) {
    return Checks.notNull("counter", rejected.get(r));
  }

  static OptionalInt parseScore(@Nullable String score, Scale scale) {
    if (score == null || score.isEmpty() || score.length() > 3) {
      return OptionalInt.empty();
    }
    for (int i = 0; i < score.length(); i++) {
      char c = score.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalInt.empty();
      }
    }
    int value = Integer.parseInt(score);
    return scale.contains(value) ? OptionalInt.of(value) : OptionalInt.empty();
  }

  @Override
  public String toString() {
    return "SurveyLinks[" + baseUrl + ", " + mode + ", " + store + "]";
  }

  /** Builds {@link SurveyLinks}. Not thread-safe. */
  public static final class Builder {
    private @Nullable URI baseUrl;
    private @Nullable LinkStore store;
    private Clock clock = Clock.systemUTC();
    private TokenMode mode = TokenMode.OPAQUE;
    private @Nullable SigningKeys keys;
    private @Nullable SecureRandom random;
    private LinkRejectionListener listener = LinkRejectionListener.noop();

    private Builder() {}

    /**
     * Sets the base URL the links start with, e.g. {@code https://feedback.example.com}; links are
     * {@code <baseUrl>/s/<token>}. Required.
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) URL without query or
     *     fragment
     */
    public Builder baseUrl(URI baseUrl) {
      LinkChecks.baseUrl(baseUrl);
      this.baseUrl = baseUrl;
      return this;
    }

    /** Sets the store of link hashes. Required. */
    public Builder store(LinkStore store) {
      this.store = Checks.notNull("store", store);
      return this;
    }

    /** Sets the clock for issue-time checks and {@link SurveyLinks#open}; default system UTC. */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /** Sets how new tokens are made; default {@link TokenMode#OPAQUE}. */
    public Builder tokenMode(TokenMode mode) {
      this.mode = Checks.notNull("mode", mode);
      return this;
    }

    /**
     * Sets the key ring for signed tokens: required in {@link TokenMode#SIGNED} mode, optional
     * otherwise (then signed links sent earlier still verify).
     */
    public Builder signingKeys(SigningKeys keys) {
      this.keys = Checks.notNull("keys", keys);
      return this;
    }

    /** Sets the random source for tokens; default a new {@link SecureRandom}. */
    public Builder secureRandom(SecureRandom random) {
      this.random = Checks.notNull("random", random);
      return this;
    }

    /** Sets who hears the reason for each refused token; default none. */
    public Builder rejectionListener(LinkRejectionListener listener) {
      this.listener = Checks.notNull("listener", listener);
      return this;
    }

    /**
     * Builds the service.
     *
     * @throws IllegalStateException if the base URL or store is missing, or signed mode has no key
     *     ring
     */
    public SurveyLinks build() {
      URI url = baseUrl;
      LinkStore s = store;
      if (url == null || s == null) {
        throw new IllegalStateException(
            "SurveyLinks needs baseUrl(...) and store(...), but "
                + (url == null ? "baseUrl" : "store")
                + " is missing");
      }
      if (mode == TokenMode.SIGNED && keys == null) {
        throw new IllegalStateException("TokenMode.SIGNED needs signingKeys(...)");
      }
      return new SurveyLinks(this, LinkChecks.baseUrl(url), s);
    }
  }
}
