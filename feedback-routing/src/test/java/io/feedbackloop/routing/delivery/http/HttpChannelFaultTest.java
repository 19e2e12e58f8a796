package io.feedbackloop.routing.delivery.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP channels against a real local server that misbehaves: every failure maps to the result
 * the outbox worker needs, and the same channel recovers when the server does.
 */
class HttpChannelFaultTest {
  private static final WebhookSecret SECRET =
      WebhookSecret.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final CountDownLatch release = new CountDownLatch(1);
  private final ExecutorService caller = Executors.newSingleThreadExecutor();
  private LocalServer server;

  @BeforeEach
  void startServer() {
    server = LocalServer.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    caller.shutdownNow();
    server.close();
  }

  private HttpChannelConfig config(Duration requestTimeout) {
    return HttpChannelConfig.builder()
        .urlPolicy(UrlPolicy.builder().allowHttp().allowLoopback().build())
        .clock(clock)
        .connectTimeout(Duration.ofSeconds(2))
        .requestTimeout(requestTimeout)
        .build();
  }

  private WebhookChannel webhook(URI url, Duration requestTimeout) {
    return WebhookChannel.builder().url(url).secret(SECRET).config(config(requestTimeout)).build();
  }

  private WebhookChannel webhook() {
    return webhook(server.uri("/hooks/feedback?token=s3cret"), Duration.ofSeconds(5));
  }

  @Test
  void successPostsTheSignedJsonWithTheStandardWebhookHeaders() {
    WebhookChannel channel = webhook();

    DeliveryResult result = channel.deliver(TestMessages.detractor("case-42-notify"));

    assertThat(result).isEqualTo(DeliveryResult.delivered());
    LocalServer.Received r = server.last();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/hooks/feedback");
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.header("webhook-id")).isEqualTo("case-42-notify");
    assertThat(r.header("webhook-timestamp")).isEqualTo("1772442000");
    assertThat(r.header("webhook-signature")).startsWith("v1,");
    Map<String, Object> body = Json.object(r.body());
    assertThat(body).containsEntry("type", "feedback.message");
    assertThat(body).containsEntry("timestamp", "2026-03-02T09:00:00Z");
    Map<String, Object> data = Json.asMap(body.get("data"));
    assertThat(data)
        .containsEntry("tenant", "acme")
        .containsEntry("idempotencyKey", "case-42-notify")
        .containsEntry("subject", "Detractor: customer-42 scored 3")
        .containsEntry("text", "Paketet kom för sent 📦")
        .containsEntry("locale", "sv-SE")
        .containsEntry("recipient", Map.of("type", "team", "name", "support"));
    assertThat(Json.asMap(data.get("metadata")))
        .containsExactly(
            Map.entry("score", "3"),
            Map.entry("comment", "Late & broken <again>"),
            Map.entry("caseUrl", "https://cases.example.com/c/42?tab=notes&x=1"),
            Map.entry("owner", "ana"));
    assertThat(
            WebhookVerifier.builder()
                .secret(SECRET)
                .clock(clock)
                .build()
                .verify(r.headers(), r.body()))
        .isEqualTo("case-42-notify");
  }

  @Test
  void theBodyNeverCarriesTheRecipientsAddress() {
    webhook().deliver(TestMessages.plain("k-1", "Thanks", "How did we do?"));

    String body = new String(server.last().body(), StandardCharsets.UTF_8);
    assertThat(body).doesNotContain("customer@example.com").contains("\"type\":\"email\"");
  }

  @Test
  void aRetriedMessageKeepsItsWebhookIdWhileTheTimestampMoves() {
    WebhookChannel channel = webhook();
    Message message = TestMessages.detractor("case-7-notify");
    server.behave(LocalServer.respond(500));

    DeliveryResult first = channel.deliver(message);
    clock.advance(Duration.ofSeconds(30));
    server.behave(LocalServer.respond(200));
    DeliveryResult second = channel.deliver(message);

    assertThat(first).isInstanceOf(DeliveryResult.Retryable.class);
    assertThat(second).isEqualTo(DeliveryResult.delivered());
    assertThat(server.received()).hasSize(2);
    assertThat(server.received())
        .extracting(r -> r.header("webhook-id"))
        .containsExactly("case-7-notify", "case-7-notify");
    assertThat(server.received())
        .extracting(r -> r.header("webhook-timestamp"))
        .containsExactly("1772442000", "1772442030");
  }

  @Test
  void tooManyRequestsWithRetryAfterSecondsRetriesAfterThem() {
    server.behave(LocalServer.respond(429, "Retry-After", "7"));

    DeliveryResult result = webhook().deliver(TestMessages.detractor("k-429"));

    assertThat(result)
        .isEqualTo(
            new DeliveryResult.Retryable(
                "HTTP 429 from http://127.0.0.1:" + server.uri("/").getPort() + " (ok)",
                Optional.of(Duration.ofSeconds(7))));
  }

  @Test
  void serviceUnavailableWithAnHttpDateRetriesAfterItOnTheInjectedClock() {
    String in90s =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            clock.instant().plusSeconds(90).atOffset(ZoneOffset.UTC));
    server.behave(LocalServer.respond(503, "Retry-After", in90s));

    DeliveryResult result = webhook().deliver(TestMessages.detractor("k-503"));

    assertThat(((DeliveryResult.Retryable) result).retryAfter()).contains(Duration.ofSeconds(90));
  }

  @Test
  void serverErrorsAreRetryableAndClientErrorsPermanent() {
    WebhookChannel channel = webhook();
    String origin = "http://127.0.0.1:" + server.uri("/").getPort();

    server.behave(LocalServer.respond(500));
    DeliveryResult on500 = channel.deliver(TestMessages.detractor("k-500"));
    server.behave(LocalServer.respond(503));
    DeliveryResult on503 = channel.deliver(TestMessages.detractor("k-503"));
    server.behave(LocalServer.respond(400));
    DeliveryResult on400 = channel.deliver(TestMessages.detractor("k-400"));

    assertThat(on500).isEqualTo(DeliveryResult.retryable("HTTP 500 from " + origin + " (ok)"));
    assertThat(on503).isEqualTo(DeliveryResult.retryable("HTTP 503 from " + origin + " (ok)"));
    assertThat(on400).isEqualTo(DeliveryResult.permanent("HTTP 400 from " + origin + " (ok)"));
  }

  @Test
  void redirectsAreRefusedAndNotFollowed() {
    server.behave(LocalServer.respond(301, "Location", server.uri("/elsewhere").toString()));

    DeliveryResult result = webhook().deliver(TestMessages.detractor("k-301"));

    assertThat(result).isInstanceOf(DeliveryResult.Permanent.class);
    assertThat(result.describe()).endsWith(": redirects are refused").contains("HTTP 301");
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void aConnectionClosedWithoutAnswerIsRetryableAndTheChannelRecovers() {
    WebhookChannel channel = webhook();
    server.behave(HttpExchange::close);

    DeliveryResult broken = channel.deliver(TestMessages.detractor("k-reset"));
    server.behave(LocalServer.respond(204));
    DeliveryResult recovered = channel.deliver(TestMessages.detractor("k-reset"));

    assertThat(broken).isInstanceOf(DeliveryResult.Retryable.class);
    assertThat(broken.describe()).contains("connection to http://127.0.0.1:").contains("failed");
    assertThat(recovered).isEqualTo(DeliveryResult.delivered());
  }

  @Test
  void aRefusedConnectionIsRetryable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    URI url = URI.create("http://127.0.0.1:" + closedPort + "/gone?token=s3cret");

    DeliveryResult result =
        webhook(url, Duration.ofSeconds(5)).deliver(TestMessages.detractor("k"));

    assertThat(result)
        .isEqualTo(
            DeliveryResult.retryable(
                "connection to http://127.0.0.1:" + url.getPort() + " refused"));
  }

  @Test
  void aTimeoutAfterSendingIsAmbiguousAndTheChannelRecovers() {
    WebhookChannel channel = webhook(server.uri("/slow"), Duration.ofMillis(200));
    server.behave(exchange -> block());

    DeliveryResult timedOut = channel.deliver(TestMessages.detractor("k-timeout"));
    server.behave(LocalServer.respond(200));
    DeliveryResult recovered = channel.deliver(TestMessages.detractor("k-timeout"));

    assertThat(timedOut)
        .isEqualTo(
            DeliveryResult.ambiguous(
                "no response from http://127.0.0.1:"
                    + server.uri("/").getPort()
                    + " within 200 ms"));
    assertThat(recovered).isEqualTo(DeliveryResult.delivered());
    assertThat(server.received())
        .extracting(r -> r.header("webhook-id"))
        .containsExactly("k-timeout", "k-timeout");
  }

  @Test
  void aSlowResponseWithinTheTimeoutIsDelivered() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    server.behave(
        exchange -> {
          arrived.countDown();
          block();
          LocalServer.respond(200).handle(exchange);
        });
    SlackChannel channel =
        SlackChannel.of(server.uri("/services/T0/B0/xyz"), config(Duration.ofSeconds(20)));

    CompletableFuture<DeliveryResult> pending =
        CompletableFuture.supplyAsync(() -> channel.deliver(TestMessages.detractor("k")), caller);
    assertThat(arrived.await(10, TimeUnit.SECONDS)).as("request arrived").isTrue();
    assertThat(pending).isNotDone();
    release.countDown();

    assertThat(pending.get(10, TimeUnit.SECONDS)).isEqualTo(DeliveryResult.delivered());
  }

  @Test
  void slackAndTeamsPostTheirCardsAndNameTheHostAsEndpoint() {
    Message message = TestMessages.detractor("k-cards");
    SlackChannel slack =
        SlackChannel.of(server.uri("/services/T0/B0/secret"), config(Duration.ofSeconds(5)));
    TeamsChannel teams =
        TeamsChannel.of(server.uri("/workflows/secret?sig=abc"), config(Duration.ofSeconds(5)));

    assertThat(slack.deliver(message)).isEqualTo(DeliveryResult.delivered());
    Map<String, Object> slackBody = Json.object(server.last().body());
    assertThat(teams.deliver(message)).isEqualTo(DeliveryResult.delivered());
    Map<String, Object> teamsBody = Json.object(server.last().body());

    assertThat(slackBody).containsEntry("text", "Paketet kom för sent 📦").containsKey("blocks");
    assertThat(teamsBody).containsEntry("type", "message");
    assertThat(Json.at(teamsBody, "attachments", 0, "contentType"))
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(slack.endpoint(message)).isEqualTo("127.0.0.1");
    assertThat(teams.endpoint(message)).isEqualTo("127.0.0.1");
    assertThat(slack.toString())
        .isEqualTo("SlackChannel[http://127.0.0.1:" + server.uri("/").getPort() + "]");
    assertThat(teams.toString()).doesNotContain("secret").doesNotContain("sig");
  }

  private void block() throws IOException {
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
