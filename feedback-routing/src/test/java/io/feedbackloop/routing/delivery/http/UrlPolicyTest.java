package io.feedbackloop.routing.delivery.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.routing.delivery.DeliveryResult;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SSRF protection: what the URL policy refuses, with which message, at build and at send time. */
class UrlPolicyTest {

  /** A resolver for tests: a fixed table, names not in it do not resolve. */
  private static HostResolver table(Map<String, String> names) {
    return host -> {
      String ip = names.get(host);
      if (ip == null) {
        throw new UnknownHostException(host);
      }
      return List.of(InetAddress.getByName(ip));
    };
  }

  private static final UrlPolicy DNS =
      UrlPolicy.builder()
          .resolver(
              table(
                  Map.of(
                      "hooks.example.com", "93.184.216.34",
                      "metadata.evil.test", "169.254.169.254",
                      "intranet.evil.test", "10.1.2.3",
                      "v6.evil.test", "fd00:ec2::254",
                      "cgnat.evil.test", "100.64.0.1")))
          .build();

  private static String refusal(UrlPolicy policy, String url) {
    try {
      policy.check(URI.create(url));
    } catch (IllegalArgumentException e) {
      return String.valueOf(e.getMessage());
    }
    return "accepted";
  }

  @Test
  void aPublicHttpsUrlIsAccepted() {
    assertThat(refusal(DNS, "https://hooks.example.com/services/T0/B0/s3cret"))
        .isEqualTo("accepted");
  }

  @Test
  void plainHttpIsRefusedUnlessAllowed() {
    assertThat(refusal(DNS, "http://hooks.example.com/x"))
        .isEqualTo(
            "URL http://hooks.example.com refused: scheme must be https (allow http with"
                + " UrlPolicy.builder().allowHttp()), but was http");
    assertThat(refusal(DNS, "ftp://hooks.example.com/x"))
        .isEqualTo("URL ftp://hooks.example.com refused: scheme must be https, but was ftp");
    UrlPolicy http =
        UrlPolicy.builder().allowHttp().resolver(table(Map.of("h.test", "93.184.216.34"))).build();
    assertThat(refusal(http, "http://h.test/x")).isEqualTo("accepted");
  }

  @Test
  void credentialsInTheUrlAreRefusedWithoutPrintingThem() {
    assertThat(refusal(DNS, "https://bob:hunter2@hooks.example.com/x"))
        .isEqualTo(
            "URL https://hooks.example.com refused: credentials in the URL (user-info) are not"
                + " allowed");
  }

  @Test
  void relativeAndHostlessUrlsAreRefused() {
    assertThat(refusal(DNS, "/just/a/path"))
        .isEqualTo("URL refused: it must be absolute with a host name (scheme://host/path)");
    assertThat(refusal(DNS, "https://under_score.example.com/x"))
        .startsWith("URL refused: it must be absolute");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://metadata.evil.test/latest?token=abc | URL https://metadata.evil.test refused: host"
            + " metadata.evil.test resolves to 169.254.169.254, a cloud metadata address",
        "https://intranet.evil.test:8443/x | URL https://intranet.evil.test:8443 refused: host"
            + " intranet.evil.test resolves to 10.1.2.3, a private network address (allow with"
            + " UrlPolicy.builder().allowPrivateNetworks())",
        "https://v6.evil.test/x | URL https://v6.evil.test refused: host v6.evil.test resolves to"
            + " fd00:ec2:0:0:0:0:0:254, a cloud metadata address",
        "https://cgnat.evil.test/x | URL https://cgnat.evil.test refused: host cgnat.evil.test"
            + " resolves to 100.64.0.1, a carrier-grade NAT address (allow with"
            + " UrlPolicy.builder().allowPrivateNetworks())",
        "https://127.0.0.1/x | URL https://127.0.0.1 refused: host 127.0.0.1 resolves to"
            + " 127.0.0.1, a loopback address (allow with UrlPolicy.builder().allowLoopback())",
        "https://[::1]/x | URL https://[::1] refused: host ::1 resolves to 0:0:0:0:0:0:0:1, a"
            + " loopback address (allow with UrlPolicy.builder().allowLoopback())",
        "https://[::ffff:169.254.169.254]/ | URL https://[::ffff:169.254.169.254] refused: host"
            + " ::ffff:169.254.169.254 resolves to 169.254.169.254, a cloud metadata address",
        "https://0.0.0.0/ | URL https://0.0.0.0 refused: host 0.0.0.0 resolves to 0.0.0.0, an"
            + " unspecified address",
        "https://2130706433/ | URL https://2130706433 refused: host 2130706433 is a numeric"
            + " address in a non-canonical form",
        "https://127.1/ | URL refused: it must be absolute with a host name (scheme://host/path)",
        "https://0177.0.0.1/ | URL https://0177.0.0.1 refused: host 0177.0.0.1 is a numeric"
            + " address in a non-canonical form",
        "https://0x7f000001/ | URL https://0x7f000001 refused: host 0x7f000001 is a numeric"
            + " address in a non-canonical form",
      })
  void internalAddressesAreRefusedWithTheReasonAndWithoutPathOrQuery(String url, String message) {
    assertThat(refusal(DNS, url)).isEqualTo(message);
  }

  @Test
  void allowLoopbackAndAllowPrivateNetworksOpenOnlyTheirRanges() {
    UrlPolicy local =
        UrlPolicy.builder()
            .allowLoopback()
            .allowPrivateNetworks()
            .resolver(
                table(Map.of("metadata.evil.test", "169.254.169.254", "ll.test", "169.254.1.1")))
            .build();

    assertThat(refusal(local, "https://127.0.0.1/x")).isEqualTo("accepted");
    assertThat(refusal(local, "https://10.0.0.1/x")).isEqualTo("accepted");
    assertThat(refusal(local, "https://100.64.0.1/x")).isEqualTo("accepted");
    assertThat(refusal(local, "https://[fd12::1]/x")).isEqualTo("accepted");
    assertThat(refusal(local, "https://metadata.evil.test/x")).contains("a cloud metadata address");
    assertThat(refusal(local, "https://[fd00:ec2::254]/x")).contains("a cloud metadata address");
    assertThat(refusal(local, "https://ll.test/x")).contains("169.254.1.1, a link-local address");
    assertThat(refusal(UrlPolicy.builder().allowLoopback().build(), "https://10.0.0.1/"))
        .contains("a private network address");
  }

  @Test
  void everyResolvedAddressMustBeAllowed() {
    UrlPolicy policy =
        UrlPolicy.builder()
            .resolver(
                host ->
                    List.of(
                        InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")))
            .build();

    assertThat(refusal(policy, "https://mixed.test/x"))
        .isEqualTo(
            "URL https://mixed.test refused: host mixed.test resolves to 10.0.0.7, a private"
                + " network address (allow with UrlPolicy.builder().allowPrivateNetworks())");
  }

  @Test
  void theHostAllowlistTakesExactNamesAndSuffixPatterns() {
    UrlPolicy policy =
        UrlPolicy.builder()
            .allowHosts("hooks.slack.com", "*.Webhook.Office.com.")
            .resolver(host -> List.of(InetAddress.getByName("93.184.216.34")))
            .build();

    assertThat(policy.allowedHosts()).containsExactly("hooks.slack.com", "*.webhook.office.com");
    assertThat(refusal(policy, "https://hooks.slack.com/services/x")).isEqualTo("accepted");
    assertThat(refusal(policy, "https://HOOKS.SLACK.COM./services/x")).isEqualTo("accepted");
    assertThat(refusal(policy, "https://acme.webhook.office.com/x")).isEqualTo("accepted");
    assertThat(refusal(policy, "https://a.b.webhook.office.com/x")).isEqualTo("accepted");
    assertThat(refusal(policy, "https://webhook.office.com/x"))
        .isEqualTo(
            "URL https://webhook.office.com refused: host webhook.office.com is not on the"
                + " allowlist [hooks.slack.com, *.webhook.office.com]");
    assertThat(refusal(policy, "https://evilwebhook.office.com/x"))
        .contains("not on the allowlist");
    assertThat(refusal(policy, "https://hooks.slack.com.evil.test/x"))
        .contains("not on the allowlist");
  }

  @Test
  void malformedAllowlistPatternsAreRejected() {
    assertThatThrownBy(() -> UrlPolicy.builder().allowHosts("*"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "allowed host must be a host name or '*.' followed by a host name, but was '*'");
    assertThatThrownBy(() -> UrlPolicy.builder().allowHosts("a.*.example.com"))
        .hasMessageContaining("but was 'a.*.example.com'");
    assertThatThrownBy(() -> UrlPolicy.builder().allowHosts("https://x.com"))
        .hasMessageContaining("but was 'https://x.com'");
  }

  @Test
  void aNameThatDoesNotResolveIsATransientCondition() {
    assertThatThrownBy(() -> DNS.check(URI.create("https://nowhere.test/x")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("host nowhere.test does not resolve");
    UrlPolicy throwing =
        UrlPolicy.builder()
            .resolver(
                host -> {
                  throw new IllegalStateException("resolver bug");
                })
            .build();
    assertThatThrownBy(() -> throwing.check(URI.create("https://x.test/")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("host x.test does not resolve")
        .hasRootCauseMessage("resolver bug");
    UrlPolicy empty = UrlPolicy.builder().resolver(host -> List.of()).build();
    assertThatThrownBy(() -> empty.check(URI.create("https://x.test/")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void theDefaultsAreStrict() {
    UrlPolicy defaults = UrlPolicy.ofDefaults();
    assertThat(defaults.allowsHttp()).isFalse();
    assertThat(defaults.allowsLoopback()).isFalse();
    assertThat(defaults.allowsPrivateNetworks()).isFalse();
    assertThat(defaults.allowedHosts()).isEmpty();
    assertThat(defaults)
        .hasToString("UrlPolicy[http=false, loopback=false, privateNetworks=false, hosts=any]");
  }

  @Test
  void aChannelRefusesAnInternalUrlWhenBuilt() {
    HttpChannelConfig config = HttpChannelConfig.builder().urlPolicy(DNS).build();

    assertThatThrownBy(
            () -> SlackChannel.of(URI.create("https://metadata.evil.test/services/s3cret"), config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "URL https://metadata.evil.test refused: host metadata.evil.test resolves to"
                + " 169.254.169.254, a cloud metadata address")
        .hasMessageNotContaining("s3cret");
    assertThatThrownBy(
            () -> TeamsChannel.of(URI.create("http://hooks.example.com/workflows/x"), config))
        .hasMessageStartingWith("URL http://hooks.example.com refused: scheme must be https");
    assertThatThrownBy(
            () ->
                WebhookChannel.builder()
                    .url(URI.create("https://intranet.evil.test/x"))
                    .secret(WebhookSecret.generate())
                    .config(config)
                    .build())
        .hasMessageContaining("10.1.2.3, a private network address");
  }

  @Test
  void aNameThatMovesToAnInternalAddressIsRefusedAtSendTimeAsAPermanentFailure() {
    AtomicReference<String> answer = new AtomicReference<>("93.184.216.34");
    HttpChannelConfig config =
        HttpChannelConfig.builder()
            .urlPolicy(
                UrlPolicy.builder()
                    .resolver(host -> List.of(InetAddress.getByName(answer.get())))
                    .build())
            .build();
    SlackChannel channel =
        SlackChannel.of(URI.create("https://hooks.example.com/services/T0/B0/s3cret"), config);

    answer.set("169.254.169.254");
    DeliveryResult result = channel.deliver(TestMessages.detractor("k-rebind"));

    assertThat(result)
        .isEqualTo(
            DeliveryResult.permanent(
                "URL https://hooks.example.com refused: host hooks.example.com resolves to"
                    + " 169.254.169.254, a cloud metadata address"));
  }

  @Test
  void aNameThatStopsResolvingIsRetryableAtSendTimeAndAcceptedWhenBuilt() {
    AtomicBoolean up = new AtomicBoolean(false);
    HttpChannelConfig config =
        HttpChannelConfig.builder()
            .urlPolicy(
                UrlPolicy.builder()
                    .resolver(
                        host -> {
                          if (!up.get()) {
                            throw new UnknownHostException(host);
                          }
                          return List.of(InetAddress.getByName("10.9.9.9"));
                        })
                    .build())
            .build();
    URI url = URI.create("https://later.example.com/x");

    assertThatCode(() -> TeamsChannel.of(url, config)).doesNotThrowAnyException();
    TeamsChannel channel = TeamsChannel.of(url, config);
    DeliveryResult down = channel.deliver(TestMessages.detractor("k"));
    up.set(true);
    DeliveryResult privateNow = channel.deliver(TestMessages.detractor("k"));

    assertThat(down).isEqualTo(DeliveryResult.retryable("host later.example.com does not resolve"));
    assertThat(privateNow).isInstanceOf(DeliveryResult.Permanent.class);
    assertThat(privateNow.describe()).contains("10.9.9.9, a private network address");
  }
}
