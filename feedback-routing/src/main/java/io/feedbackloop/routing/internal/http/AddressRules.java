package io.feedbackloop.routing.internal.http;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Classifies IP addresses that a webhook must not reach (SSRF protection): the answer is a reason
 * phrase such as {@code "a private network address"}, or empty when the address is public. IPv6
 * forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the embedded
 * address, because they reach it.
 */
public final class AddressRules {
  /** The reason given for cloud metadata addresses; never allowed. */
  public static final String METADATA = "a cloud metadata address";

  /** The reason given for loopback addresses; allowed by {@code allowLoopback()}. */
  public static final String LOOPBACK = "a loopback address";

  /** The reason given for private networks; allowed by {@code allowPrivateNetworks()}. */
  public static final String PRIVATE = "a private network address";

  /** The reason given for carrier-grade NAT; allowed by {@code allowPrivateNetworks()}. */
  public static final String CGNAT = "a carrier-grade NAT address";

  static final String LINK_LOCAL = "a link-local address";
  static final String UNSPECIFIED = "an unspecified address";
  static final String MULTICAST = "a multicast address";
  static final String RESERVED = "a reserved address";

  private AddressRules() {}

  /**
   * Why {@code address} is refused, or empty if it may be reached.
   *
   * @param allowLoopback whether loopback addresses may be reached
   * @param allowPrivate whether private networks and carrier-grade NAT may be reached
   */
  public static Optional<String> refusal(
      InetAddress address, boolean allowLoopback, boolean allowPrivate) {
    String kind = classify(address.getAddress());
    if (kind == null
        || (kind.equals(LOOPBACK) && allowLoopback)
        || ((kind.equals(PRIVATE) || kind.equals(CGNAT)) && allowPrivate)) {
      return Optional.empty();
    }
    return Optional.of(kind);
  }

  /** The kind of a 4- or 16-byte address, or null when it is public. */
  static @Nullable String classify(byte[] a) {
    return a.length == 4 ? classify4(a) : classify6(a);
  }

  private static @Nullable String classify4(byte[] a) {
    int b0 = a[0] & 0xff;
    int b1 = a[1] & 0xff;
    int b2 = a[2] & 0xff;
    int b3 = a[3] & 0xff;
    if (isMetadata4(b0, b1, b2, b3)) {
      return METADATA;
    }
    if (b0 == 0) {
      return UNSPECIFIED;
    }
    if (b0 == 127) {
      return LOOPBACK;
    }
    if (b0 == 10 || (b0 == 172 && (b1 & 0xf0) == 16) || (b0 == 192 && b1 == 168)) {
      return PRIVATE;
    }
    if (b0 == 100 && (b1 & 0xc0) == 64) {
      return CGNAT;
    }
    if (b0 == 169 && b1 == 254) {
      return LINK_LOCAL;
    }
    if ((b0 & 0xf0) == 224) {
      return MULTICAST;
    }
    if ((b0 & 0xf0) == 240) {
      return RESERVED;
    }
    return null;
  }

  // AWS/GCP/Azure IMDS, AWS ECS task metadata, Alibaba, Azure wire server, Oracle.
  private static boolean isMetadata4(int b0, int b1, int b2, int b3) {
    return (b0 == 169 && b1 == 254 && ((b2 == 169 && b3 == 254) || (b2 == 170 && b3 == 2)))
        || (b0 == 100 && b1 == 100 && b2 == 100 && b3 == 200)
        || (b0 == 168 && b1 == 63 && b2 == 129 && b3 == 16)
        || (b0 == 192 && b1 == 0 && b2 == 0 && b3 == 192);
  }

  private static @Nullable String classify6(byte[] a) {
    if (isEc2Metadata6(a)) {
      return METADATA;
    }
    if (zeros(a, 0, 10)) {
      boolean mapped = (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
      if (mapped) {
        return embedded(a, 12);
      }
      if (zeros(a, 10, 12)) {
        if (zeros(a, 12, 15) && (a[15] == 0 || a[15] == 1)) {
          return a[15] == 0 ? UNSPECIFIED : LOOPBACK;
        }
        return embedded(a, 12); // IPv4-compatible ::a.b.c.d
      }
    }
    int w0 = ((a[0] & 0xff) << 8) | (a[1] & 0xff);
    if (w0 == 0x0064 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b && zeros(a, 4, 12)) {
      return embedded(a, 12); // NAT64 64:ff9b::/96
    }
    if (w0 == 0x2002) {
      return embedded(a, 2); // 6to4 2002:a.b.c.d::/48
    }
    if ((a[0] & 0xfe) == 0xfc) {
      return PRIVATE;
    }
    if ((a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0x80) {
      return LINK_LOCAL;
    }
    if ((a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0xc0) {
      return PRIVATE; // deprecated site-local fec0::/10
    }
    if ((a[0] & 0xff) == 0xff) {
      return MULTICAST;
    }
    return null;
  }

  private static boolean isEc2Metadata6(byte[] a) {
    // fd00:ec2::254
    return (a[0] & 0xff) == 0xfd
        && a[1] == 0
        && a[2] == 0x0e
        && (a[3] & 0xff) == 0xc2
        && zeros(a, 4, 14)
        && a[14] == 0x02
        && a[15] == 0x54;
  }

  private static @Nullable String embedded(byte[] a, int from) {
    byte[] v4 = {a[from], a[from + 1], a[from + 2], a[from + 3]};
    return classify4(v4);
  }

  private static boolean zeros(byte[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      if (a[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** Parses a canonical dotted-quad IPv4 literal without DNS, or returns empty. */
  public static Optional<InetAddress> parseIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
        return Optional.empty();
      }
      for (int j = 0; j < p.length(); j++) {
        if (p.charAt(j) < '0' || p.charAt(j) > '9') {
          return Optional.empty();
        }
      }
      int v = Integer.parseInt(p);
      if (v > 255) {
        return Optional.empty();
      }
      bytes[i] = (byte) v;
    }
    try {
      return Optional.of(Inet4Address.getByAddress(host, bytes));
    } catch (UnknownHostException e) {
      throw new AssertionError("four bytes are always an address", e);
    }
  }
}
