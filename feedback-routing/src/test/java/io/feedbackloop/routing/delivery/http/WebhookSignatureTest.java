package io.feedbackloop.routing.delivery.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.delivery.http.WebhookVerificationException.Reason;
import io.feedbackloop.routing.internal.http.Signer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Webhook secrets, signatures and the receiver-side verifier. */
class WebhookSignatureTest {
  private static final String ENCODED = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final WebhookSecret SECRET = WebhookSecret.of(ENCODED);
  private static final WebhookSecret OTHER = WebhookSecret.generate();
  private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
  private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final long TS = 1614265330;

  private final MutableClock clock = MutableClock.at("2021-02-25T15:02:10Z"); // = TS

  private WebhookVerifier verifier(WebhookSecret... secrets) {
    WebhookVerifier.Builder b = WebhookVerifier.builder().clock(clock);
    for (WebhookSecret s : secrets) {
      b.secret(s);
    }
    return b.build();
  }

  private static Map<String, List<String>> headers(String id, String ts, String sig) {
    Map<String, List<String>> h = new HashMap<>();
    h.put("Webhook-Id", List.of(id));
    h.put("WEBHOOK-TIMESTAMP", List.of(ts));
    h.put("webhook-signature", List.of(sig));
    return h;
  }

  @Test
  void theSignatureMatchesTheSpecificationsExample() {
    // The example of the Standard Webhooks specification and its reference libraries.
    assertThat(Signer.sign(SECRET.key(), ID, TS, BODY))
        .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void secretsRoundTripAndNeverPrintTheirKey() {
    assertThat(SECRET.encoded()).isEqualTo(ENCODED);
    assertThat(SECRET).isEqualTo(WebhookSecret.of(ENCODED)).isNotEqualTo(OTHER);
    assertThat(SECRET.hashCode()).isEqualTo(WebhookSecret.of(ENCODED).hashCode());
    assertThat(SECRET.toString())
        .matches("WebhookSecret\\[fingerprint=[0-9a-f]{8}]")
        .doesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    assertThat(SECRET.fingerprint()).isNotEqualTo(OTHER.fingerprint());
    assertThat(WebhookSecret.of(OTHER.encoded())).isEqualTo(OTHER);
    assertThat(Base64.getDecoder().decode(OTHER.encoded().substring(6))).hasSize(32);
  }

  @Test
  void malformedSecretsAreRejectedWithoutEchoingThem() {
    assertThatThrownBy(() -> WebhookSecret.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("webhook secret must start with 'whsec_', but did not (value not shown)");
    assertThatThrownBy(() -> WebhookSecret.of("whsec_not base64!"))
        .hasMessage(
            "webhook secret must be 'whsec_' and standard base64, but was not (value not shown)");
    assertThatThrownBy(() -> WebhookSecret.of("whsec_c2hvcnQ="))
        .hasMessage("webhook secret key length must be 24-64 bytes, but was 5 bytes");
    String tooLong = "whsec_" + Base64.getEncoder().encodeToString(new byte[65]);
    assertThatThrownBy(() -> WebhookSecret.of(tooLong))
        .hasMessage("webhook secret key length must be 24-64 bytes, but was 65 bytes");
  }

  @Test
  void theVerifierAcceptsAValidSignatureAndReturnsTheId() {
    String sig = Signer.sign(SECRET.key(), ID, TS, BODY);

    assertThat(verifier(SECRET).verify(headers(ID, Long.toString(TS), sig), BODY)).isEqualTo(ID);
  }

  @Test
  void duringRotationAnyOfSeveralSignaturesAndSecretsMayMatch() {
    String both =
        "v1a,ignored "
            + Signer.sign(OTHER.key(), ID, TS, BODY)
            + "  v1,bm90LWEtbWF0Y2g= "
            + Signer.sign(SECRET.key(), ID, TS, BODY);

    assertThat(verifier(SECRET).verify(ID, Long.toString(TS), both, BODY)).isEqualTo(ID);
    assertThat(verifier(OTHER).verify(ID, Long.toString(TS), both, BODY)).isEqualTo(ID);
    String onlyNew = Signer.sign(OTHER.key(), ID, TS, BODY);
    assertThat(verifier(SECRET, OTHER).verify(ID, Long.toString(TS), onlyNew, BODY)).isEqualTo(ID);
  }

  @Test
  void rejectionsSayWhy() {
    String sig = Signer.sign(SECRET.key(), ID, TS, BODY);
    WebhookVerifier v = verifier(SECRET);

    assertRejected(
        () -> v.verify(ID, null, sig, BODY),
        Reason.MISSING_HEADER,
        "webhook rejected: header webhook-timestamp is missing");
    assertRejected(
        () -> v.verify(null, "1", sig, BODY),
        Reason.MISSING_HEADER,
        "webhook rejected: header webhook-id is missing");
    assertRejected(
        () -> v.verify(Map.of("webhook-id", List.of(ID)), BODY),
        Reason.MISSING_HEADER,
        "webhook rejected: header webhook-timestamp is missing");
    assertRejected(
        () -> v.verify(ID, String.valueOf(TS), null, BODY),
        Reason.MISSING_HEADER,
        "webhook rejected: header webhook-signature is missing");
    assertRejected(
        () -> v.verify(ID, "yesterday", sig, BODY),
        Reason.INVALID_TIMESTAMP,
        "webhook rejected: webhook-timestamp must be epoch seconds, but was 'yesterday'");
    assertRejected(
        () -> v.verify(ID, String.valueOf(TS), "v2,abc", BODY),
        Reason.NO_SUPPORTED_SIGNATURE,
        "webhook rejected: header webhook-signature holds no v1 signature");
    byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
    assertRejected(
        () -> v.verify(ID, String.valueOf(TS), sig, tampered),
        Reason.SIGNATURE_MISMATCH,
        "webhook rejected: no signature matches under any of 1 secret(s) (wrong secret, or the"
            + " body was changed)");
    assertRejected(
        () -> v.verify("msg_other", String.valueOf(TS), sig, BODY),
        Reason.SIGNATURE_MISMATCH,
        null);
    assertRejected(
        () -> verifier(OTHER).verify(ID, String.valueOf(TS), sig, BODY),
        Reason.SIGNATURE_MISMATCH,
        null);
  }

  @Test
  void theTimestampToleranceIsFiveMinutesEitherWayByDefault() {
    WebhookVerifier v = verifier(SECRET);
    String sig = Signer.sign(SECRET.key(), ID, TS, BODY);

    clock.advance(Duration.ofMinutes(5));
    assertThat(v.verify(ID, String.valueOf(TS), sig, BODY)).isEqualTo(ID);
    clock.advance(Duration.ofSeconds(1));
    assertRejected(
        () -> v.verify(ID, String.valueOf(TS), sig, BODY),
        Reason.TIMESTAMP_TOO_OLD,
        "webhook rejected: webhook-timestamp is 301 s old, more than the tolerance of 300 s");
    clock.advance(Duration.ofSeconds(-601));
    assertThat(v.verify(ID, String.valueOf(TS), sig, BODY)).isEqualTo(ID);
    clock.advance(Duration.ofSeconds(-1));
    assertRejected(
        () -> v.verify(ID, String.valueOf(TS), sig, BODY),
        Reason.TIMESTAMP_TOO_NEW,
        "webhook rejected: webhook-timestamp is 301 s in the future, more than the tolerance of"
            + " 300 s");
  }

  @Test
  void aCustomToleranceApplies() {
    WebhookVerifier strict =
        WebhookVerifier.builder()
            .secret(SECRET)
            .clock(clock)
            .tolerance(Duration.ofSeconds(10))
            .build();
    String sig = Signer.sign(SECRET.key(), ID, TS, BODY);
    clock.advance(Duration.ofSeconds(11));

    assertRejected(
        () -> strict.verify(ID, String.valueOf(TS), sig, BODY),
        Reason.TIMESTAMP_TOO_OLD,
        "webhook rejected: webhook-timestamp is 11 s old, more than the tolerance of 10 s");
    assertThatThrownBy(() -> WebhookVerifier.builder().tolerance(Duration.ofSeconds(-1)))
        .hasMessage("tolerance must be >= 0, but was PT-1S");
    assertThatThrownBy(() -> WebhookVerifier.builder().build())
        .hasMessage("secrets must be non-empty, but was empty");
    assertThat(strict.toString()).doesNotContain(ENCODED.substring(6)).contains("fingerprint=");
  }

  private static void assertRejected(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
      Reason reason,
      @org.jspecify.annotations.Nullable String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .satisfies(
            e -> {
              if (message != null) {
                assertThat(e).hasMessage(message);
              }
            });
  }
}
