package io.feedbackloop.routing.delivery.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.testing.MutableClock;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Config defaults and argument checks of the config and the channel builders. */
class HttpChannelConfigTest {

  @Test
  void defaults() {
    HttpChannelConfig c = HttpChannelConfig.ofDefaults();

    assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(c.urlPolicy()).isSameAs(UrlPolicy.ofDefaults());
    assertThat(c.clock()).isEqualTo(Clock.systemUTC());
    assertThat(c)
        .hasToString(
            "HttpChannelConfig[connectTimeout=PT5S, requestTimeout=PT10S, UrlPolicy[http=false,"
                + " loopback=false, privateNetworks=false, hosts=any]]");
  }

  @Test
  void settingsAreKeptAndChecked() {
    MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    HttpChannelConfig c =
        HttpChannelConfig.builder()
            .connectTimeout(Duration.ofMillis(1500))
            .requestTimeout(Duration.ofSeconds(3))
            .clock(clock)
            .build();

    assertThat(c.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(c.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(c.clock()).isSameAs(clock);
    assertThatThrownBy(() -> HttpChannelConfig.builder().connectTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connectTimeout must be > 0, but was PT0S");
    assertThatThrownBy(() -> HttpChannelConfig.builder().requestTimeout(Duration.ofSeconds(-3)))
        .hasMessage("requestTimeout must be > 0, but was PT-3S");
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullsAreRejectedWithTheirName() {
    assertThatThrownBy(() -> HttpChannelConfig.builder().clock(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("clock must not be null");
    assertThatThrownBy(() -> HttpChannelConfig.builder().urlPolicy(null))
        .hasMessage("urlPolicy must not be null");
    assertThatThrownBy(() -> SlackChannel.of(null)).hasMessage("url must not be null");
    assertThatThrownBy(() -> WebhookChannel.builder().secret(WebhookSecret.generate()).build())
        .hasMessage("url must not be null");
  }

  @Test
  void aWebhookNeedsASecret() {
    assertThatThrownBy(
            () -> WebhookChannel.builder().url(URI.create("https://93.184.216.34/in")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secrets must be non-empty, but was empty");
  }

  @Test
  void channelsShowOnlySchemeAndHost() {
    URI url = URI.create("https://93.184.216.34:8443/services/T0/B0/s3cret?token=abc");
    WebhookChannel webhook = WebhookChannel.of(url, WebhookSecret.generate());

    assertThat(webhook).hasToString("WebhookChannel[https://93.184.216.34:8443]");
    assertThat(webhook.endpoint(TestMessages.detractor("k"))).isEqualTo("93.184.216.34");
    assertThat(TeamsChannel.of(url)).hasToString("TeamsChannel[https://93.184.216.34:8443]");
  }
}
