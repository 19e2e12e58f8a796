package io.feedbackloop.routing.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.link.InMemoryLinkStore;
import io.feedbackloop.routing.link.IssuedLink;
import io.feedbackloop.routing.link.SurveyLinks;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InboundSignalsTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final RespondentId ANA = RespondentId.of("customer-42");

  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final InMemorySuppressionStore store = InMemorySuppressionStore.create();
  private final SurveyLinks links =
      SurveyLinks.builder()
          .baseUrl(URI.create("https://feedback.example.com"))
          .store(InMemoryLinkStore.create())
          .clock(clock)
          .build();
  private final InboundSignals signals =
      InboundSignals.builder().store(store).clock(clock).links(links).build();

  private Suppression entry(String channel, SuppressionReason reason, Instant since) {
    return new Suppression(TENANT, ANA, channel, reason, since);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "STOP", "stop", "  Stop \n", "STOPALL", "stop all", "UNSUBSCRIBE", "cancel", "END", "quit",
        "revoke", "opt out", "Opt-Out", "STOP.", "stop!", "STOPP", "avsluta", "avanmäl",
        "AVREGISTRERA", "stoppen", "afmelden", "uitschrijven", "Ende", "abmelden", "ABBESTELLEN",
        "wypisz", "rezygnacja", "rezygnuję"
      })
  void optOutKeywordsStopSms(String text) {
    assertThat(signals.smsReply(TENANT, ANA, text)).isEqualTo(SmsKeyword.STOP);
    assertThat(store.list(TENANT, ANA))
        .containsExactly(entry("sms", SuppressionReason.SMS_STOP, clock.instant()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"please stop", "stop it", "no", "nie", "yes", "", "   ", "STOPSTOP", "thanks!", "ST OP?"})
  void otherRepliesRecordNothing(String text) {
    assertThat(signals.smsReply(TENANT, ANA, text)).isEqualTo(SmsKeyword.NONE);
    assertThat(store.list(TENANT, ANA)).isEmpty();
  }

  @Test
  void stopIsIdempotentAndStartLiftsOnlyAnSmsStop() {
    signals.smsReply(TENANT, ANA, "STOP");
    Instant first = clock.instant();
    clock.advance(Duration.ofMinutes(5));
    assertThat(signals.smsReply(TENANT, ANA, "stop")).isEqualTo(SmsKeyword.STOP);
    assertThat(store.list(TENANT, ANA)).containsExactly(entry("sms", SuppressionReason.SMS_STOP, first));

    assertThat(signals.smsReply(TENANT, ANA, " unstop ")).isEqualTo(SmsKeyword.START);
    assertThat(store.list(TENANT, ANA)).isEmpty();
    assertThat(signals.smsReply(TENANT, ANA, "START")).isEqualTo(SmsKeyword.START);

    store.add(entry("sms", SuppressionReason.MANUAL, first));
    signals.unsubscribe(TENANT, ANA, Suppression.ALL_CHANNELS, "preference-center");
    signals.smsReply(TENANT, ANA, "start");
    assertThat(store.list(TENANT, ANA)).as("a manual hold and an unsubscribe stay").hasSize(2);
  }

  @Test
  void aHardBounceSuppressesEmailOnceWithItsReasonAndTime() {
    assertThat(signals.hardBounce(TENANT, ANA)).isTrue();
    Instant at = clock.instant();
    clock.advance(Duration.ofHours(1));
    assertThat(signals.hardBounce(TENANT, ANA)).isFalse();
    assertThat(store.find(TENANT, ANA, "email")).contains(entry("email", SuppressionReason.HARD_BOUNCE, at));
    assertThat(store.find(TENANT, ANA, "sms")).isEmpty();
  }

  @Test
  void channelNamesAreConfigurable() {
    InboundSignals custom =
        InboundSignals.builder().store(store).clock(clock).emailChannel("mail").smsChannel("text").build();
    custom.hardBounce(TENANT, ANA);
    custom.smsReply(TENANT, ANA, "STOP");
    assertThat(store.list(TENANT, ANA)).extracting(Suppression::channel).containsExactly("mail", "text");
  }

  @Test
  void anUnsubscribeIsRecordedPerChannelOrForAll() {
    assertThat(signals.unsubscribe(TENANT, ANA, "email", "preference-center")).isTrue();
    assertThat(signals.unsubscribe(TENANT, ANA, "email", "preference-center")).isFalse();
    assertThat(signals.unsubscribe(TENANT, ANA, Suppression.ALL_CHANNELS, "support")).isTrue();
    assertThat(store.find(TENANT, ANA, "sms").orElseThrow().reason()).isEqualTo(SuppressionReason.UNSUBSCRIBED);
    assertThatThrownBy(() -> signals.unsubscribe(TENANT, ANA, "email", "a b"))
        .hasMessageStartingWith("source must be 1-64 characters");
  }

  @Test
  void oneClickActsOnlyOnAPostWithTheRfc8058Body() {
    IssuedLink link = links.issue(TENANT, "nps", ANA, "inv-1", clock.instant().plus(Duration.ofDays(7)));
    String body = "List-Unsubscribe=One-Click";
    assertThat(signals.oneClickUnsubscribe("GET", link.token(), null)).isEqualTo(OneClickResult.METHOD_NOT_ALLOWED);
    assertThat(signals.oneClickUnsubscribe("HEAD", link.token(), body)).isEqualTo(OneClickResult.METHOD_NOT_ALLOWED);
    assertThat(signals.oneClickUnsubscribe("POST", link.token(), "List-Unsubscribe=Maybe"))
        .isEqualTo(OneClickResult.NOT_ONE_CLICK);
    assertThat(signals.oneClickUnsubscribe("POST", link.token(), null)).isEqualTo(OneClickResult.NOT_ONE_CLICK);
    assertThat(store.list(TENANT, ANA)).isEmpty();
    assertThat(signals.oneClickUnsubscribe("POST", "D".repeat(43), body)).isEqualTo(OneClickResult.INVALID_LINK);

    // after the survey was answered and the link expired
    links.redeem(link.token(), clock.instant());
    clock.advance(Duration.ofDays(30));
    assertThat(signals.oneClickUnsubscribe("POST", link.token(), body)).isEqualTo(OneClickResult.UNSUBSCRIBED);
    assertThat(signals.oneClickUnsubscribe("POST", link.token(), body))
        .isEqualTo(OneClickResult.ALREADY_UNSUBSCRIBED);
    assertThat(store.list(TENANT, ANA))
        .containsExactly(entry(Suppression.ALL_CHANNELS, SuppressionReason.UNSUBSCRIBED, clock.instant()));
    assertThat(OneClickResult.METHOD_NOT_ALLOWED.httpStatus()).isEqualTo(405);
  }

  @Test
  void oneClickAcceptsAMultipartBody() {
    IssuedLink link = links.issue(TENANT, "nps", ANA, "inv-1", clock.instant().plusSeconds(60));
    String multipart =
        "--b1\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--b1--\r\n";
    assertThat(signals.oneClickUnsubscribe("POST", link.token(), multipart)).isEqualTo(OneClickResult.UNSUBSCRIBED);
  }

  @Test
  void oneClickNeedsLinks() {
    InboundSignals noLinks = InboundSignals.builder().store(store).build();
    assertThatThrownBy(() -> noLinks.oneClickUnsubscribe("POST", "t", "List-Unsubscribe=One-Click"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("one-click unsubscribe needs InboundSignals.builder().links(...)");
  }

  /** What a mail provider does: POST to the List-Unsubscribe URL over real HTTP. */
  @Test
  void anRfc8058PostOverHttpUnsubscribesAndAGetDoesNot() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    SurveyLinks local =
        SurveyLinks.builder()
            .baseUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
            .store(InMemoryLinkStore.create())
            .clock(clock)
            .build();
    InboundSignals viaHttp = InboundSignals.builder().store(store).clock(clock).links(local).build();
    server.createContext(
        "/s/",
        exchange -> {
          String body;
          try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          int status =
              SurveyLinks.tokenFromPath(exchange.getRequestURI().getPath())
                  .map(t -> viaHttp.oneClickUnsubscribe(exchange.getRequestMethod(), t, body).httpStatus())
                  .orElse(404);
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
    try {
      IssuedLink link = local.issue(TENANT, "nps", ANA, "inv-1", clock.instant().plusSeconds(3600));
      URI unsubscribe = SurveyLinks.unsubscribeUrl(link);
      HttpClient http = HttpClient.newHttpClient();
      assertThat(http.send(HttpRequest.newBuilder(unsubscribe).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode())
          .isEqualTo(405);
      assertThat(store.list(TENANT, ANA)).isEmpty();
      HttpRequest post =
          HttpRequest.newBuilder(unsubscribe)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
              .build();
      assertThat(http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
      assertThat(store.list(TENANT, ANA)).extracting(Suppression::channel).isEqualTo(List.of("*"));
    } finally {
      server.stop(0);
    }
  }
}
