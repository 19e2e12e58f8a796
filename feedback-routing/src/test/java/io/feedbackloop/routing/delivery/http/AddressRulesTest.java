package io.feedbackloop.routing.delivery.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.routing.internal.http.AddressRules;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Address classification: every range the policy refuses, its edges, and IPv6 embeddings. */
class AddressRulesTest {

  private static String kind(String ip) throws UnknownHostException {
    return AddressRules.refusal(InetAddress.getByName(ip), false, false).orElse("public");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "169.254.169.254, a cloud metadata address",
    "169.254.170.2, a cloud metadata address",
    "100.100.100.200, a cloud metadata address",
    "168.63.129.16, a cloud metadata address",
    "192.0.0.192, a cloud metadata address",
    "fd00:ec2::254, a cloud metadata address",
    "0.0.0.0, an unspecified address",
    "0.255.255.255, an unspecified address",
    "::, an unspecified address",
    "127.0.0.1, a loopback address",
    "127.255.255.254, a loopback address",
    "::1, a loopback address",
    "10.0.0.0, a private network address",
    "10.255.255.255, a private network address",
    "172.16.0.1, a private network address",
    "172.31.255.255, a private network address",
    "192.168.1.1, a private network address",
    "fc00::1, a private network address",
    "fdff:ffff::1, a private network address",
    "fec0::1, a private network address",
    "100.64.0.0, a carrier-grade NAT address",
    "100.127.255.255, a carrier-grade NAT address",
    "169.254.0.1, a link-local address",
    "fe80::1, a link-local address",
    "febf::1, a link-local address",
    "224.0.0.1, a multicast address",
    "239.255.255.255, a multicast address",
    "ff02::1, a multicast address",
    "240.0.0.1, a reserved address",
    "255.255.255.255, a reserved address",
    "::a9fe:a9fe, a cloud metadata address",
    "::7f00:1, a loopback address",
    "64:ff9b::a00:1, a private network address",
    "2002:a9fe:a9fe::1, a cloud metadata address",
    "2002:c0a8:0101::1, a private network address",
    "1.1.1.1, public",
    "9.255.255.255, public",
    "11.0.0.0, public",
    "172.15.255.255, public",
    "172.32.0.0, public",
    "192.167.255.255, public",
    "192.169.0.0, public",
    "100.63.255.255, public",
    "100.128.0.0, public",
    "169.253.255.255, public",
    "223.255.255.255, public",
    "2606:4700::1111, public",
    "64:ff9b::101:101, public",
    "2002:0101:0101::1, public",
    "fbff::1, public",
    "fe00::1, public"
  })
  void classifies(String ip, String expected) throws UnknownHostException {
    assertThat(kind(ip)).isEqualTo(expected);
  }

  @Test
  void theAllowFlagsOpenOnlyTheirKinds() throws UnknownHostException {
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    InetAddress privateNet = InetAddress.getByName("192.168.0.10");
    InetAddress cgnat = InetAddress.getByName("100.64.1.1");
    InetAddress metadata = InetAddress.getByName("169.254.169.254");
    InetAddress ula = InetAddress.getByName("fd00:ec2::254");

    assertThat(AddressRules.refusal(loopback, true, false)).isEmpty();
    assertThat(AddressRules.refusal(loopback, false, true)).contains("a loopback address");
    assertThat(AddressRules.refusal(privateNet, false, true)).isEmpty();
    assertThat(AddressRules.refusal(privateNet, true, false)).contains("a private network address");
    assertThat(AddressRules.refusal(cgnat, false, true)).isEmpty();
    assertThat(AddressRules.refusal(metadata, true, true)).contains("a cloud metadata address");
    assertThat(AddressRules.refusal(ula, true, true)).contains("a cloud metadata address");
  }

  @Test
  void onlyCanonicalDottedQuadsAreIpv4Literals() {
    assertThat(AddressRules.parseIpv4("10.0.0.1"))
        .map(InetAddress::getHostAddress)
        .contains("10.0.0.1");
    assertThat(AddressRules.parseIpv4("255.255.255.255")).isPresent();
    assertThat(AddressRules.parseIpv4("256.0.0.1")).isEmpty();
    assertThat(AddressRules.parseIpv4("010.0.0.1")).isEmpty();
    assertThat(AddressRules.parseIpv4("1.2.3")).isEmpty();
    assertThat(AddressRules.parseIpv4("1.2.3.4.5")).isEmpty();
    assertThat(AddressRules.parseIpv4("1..3.4")).isEmpty();
    assertThat(AddressRules.parseIpv4("1.2.3.a")).isEmpty();
    assertThat(AddressRules.parseIpv4("1000.2.3.4")).isEmpty();
    assertThat(AddressRules.parseIpv4("example.com")).isEmpty();
  }
}
