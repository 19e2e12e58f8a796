package io.feedbackloop.routing.delivery.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Resolves a host name to the addresses a {@link UrlPolicy} checks. The {@linkplain #system()
 * system resolver} is the default; tests inject their own to simulate a name that resolves to a
 * private or cloud metadata address. Implementations must be thread-safe; they may block for DNS. A
 * resolver that throws an unchecked exception is treated like one that cannot resolve the name.
 */
@FunctionalInterface
public interface HostResolver {

  /**
   * The addresses of {@code host}, a host name without brackets or trailing dot.
   *
   * @return every address the name resolves to (an HTTP client may connect to any of them)
   * @throws UnknownHostException if the name does not resolve
   */
  List<InetAddress> resolve(String host) throws UnknownHostException;

  /** The JDK's resolver, {@link InetAddress#getAllByName}. */
  static HostResolver system() {
    return host -> List.of(InetAddress.getAllByName(host));
  }
}
