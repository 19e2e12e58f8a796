package io.feedbackloop.routing.delivery.http;

import io.feedbackloop.routing.internal.http.AddressRules;
import io.feedbackloop.routing.internal.http.HostPatterns;
import io.feedbackloop.routing.internal.http.Origin;
import io.feedbackloop.routing.internal.rules.Checks;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which URLs the HTTP channels may send to: the SDK's protection against server-side request
 * forgery (SSRF), where a tenant-supplied webhook URL would make the host's servers call their own
 * internal network or the cloud metadata service.
 *
 * <p>By {@linkplain #ofDefaults() default}: https only; no credentials (user-info) in the URL; the
 * host name is resolved and <em>every</em> address it resolves to must be public, so private
 * networks (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10), loopback,
 * link-local (169.254/16, fe80::/10), unspecified, multicast and reserved addresses are refused, as
 * are IPv6 forms that embed such an IPv4 address and numeric hosts in non-canonical forms such as
 * {@code 2130706433}. Cloud metadata addresses (169.254.169.254, 169.254.170.2, fd00:ec2::254,
 * 100.100.100.200, 168.63.129.16, 192.0.0.192) are refused always. The builder can allow plain
 * http, loopback, private networks, and restrict hosts to an allowlist. The channels never follow
 * redirects, so a receiver cannot bounce a request to a refused address.
 *
 * <p>The channels check their URL when they are built and again before every request, because DNS
 * answers change. A name that changes between the check and the HTTP client's own lookup (DNS
 * rebinding with a zero TTL) is not caught; hosts that need that guarantee send through an egress
 * proxy that enforces the same rules.
 *
 * <p>Immutable and thread-safe. Error messages name the URL as {@code scheme://host[:port]} only:
 * webhook URLs carry secrets in their path and query.
 */
public final class UrlPolicy {
  private static final UrlPolicy DEFAULTS = builder().build();

  /** Dotted parts in decimal, octal or hex: forms that some resolvers read as an IPv4 address. */
  private static final Pattern NUMERIC =
      Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?");

  private final boolean allowHttp;
  private final boolean allowLoopback;
  private final boolean allowPrivateNetworks;
  private final List<String> allowedHosts;
  private final HostResolver resolver;

  private UrlPolicy(Builder b) {
    this.allowHttp = b.allowHttp;
    this.allowLoopback = b.allowLoopback;
    this.allowPrivateNetworks = b.allowPrivateNetworks;
    this.allowedHosts = List.copyOf(b.allowedHosts);
    this.resolver = b.resolver;
  }

  /** The default policy: https, public addresses only, any host, the system resolver. */
  public static UrlPolicy ofDefaults() {
    return DEFAULTS;
  }

  /** Starts a policy with the {@linkplain #ofDefaults() defaults}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks {@code url}: its form, its host against the allowlist, and every address its host
   * resolves to. A resolver that throws an unchecked exception counts as a name that does not
   * resolve.
   *
   * @throws IllegalArgumentException if the URL is refused; the message says what, where and why
   * @throws UncheckedIOException if the host name does not resolve (a transient condition: the
   *     channels accept such a URL when built and retry it when sending)
   */
  public void check(URI url) {
    Checks.notNull("url", url);
    String host = checkForm(url);
    for (InetAddress address : addresses(url, host)) {
      Optional<String> why = AddressRules.refusal(address, allowLoopback, allowPrivateNetworks);
      if (why.isPresent()) {
        throw refused(
            url,
            "host "
                + host
                + " resolves to "
                + address.getHostAddress()
                + ", "
                + why.get()
                + hint(why.get()));
      }
    }
  }

  /** Whether plain http is allowed. */
  public boolean allowsHttp() {
    return allowHttp;
  }

  /** Whether loopback addresses are allowed. */
  public boolean allowsLoopback() {
    return allowLoopback;
  }

  /** Whether private networks and carrier-grade NAT addresses are allowed. */
  public boolean allowsPrivateNetworks() {
    return allowPrivateNetworks;
  }

  /** The host allowlist, normalized; empty when every host is allowed. */
  public List<String> allowedHosts() {
    return allowedHosts;
  }

  @Override
  public String toString() {
    return "UrlPolicy[http="
        + allowHttp
        + ", loopback="
        + allowLoopback
        + ", privateNetworks="
        + allowPrivateNetworks
        + ", hosts="
        + (allowedHosts.isEmpty() ? "any" : allowedHosts)
        + "]";
  }

  /** Checks everything that needs no DNS; returns the normalized host. */
  private String checkForm(URI url) {
    if (!url.isAbsolute() || url.isOpaque() || url.getHost() == null) {
      throw new IllegalArgumentException(
          "URL refused: it must be absolute with a host name (scheme://host/path)");
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(scheme.equals("http") && allowHttp)) {
      throw refused(
          url,
          "scheme must be https"
              + (scheme.equals("http") ? " (allow http with UrlPolicy.builder().allowHttp())" : "")
              + ", but was "
              + Checks.printable(scheme));
    }
    if (url.getRawUserInfo() != null) {
      throw refused(url, "credentials in the URL (user-info) are not allowed");
    }
    String host = Origin.host(url);
    if (!allowedHosts.isEmpty() && !HostPatterns.matches(allowedHosts, host)) {
      throw refused(url, "host " + host + " is not on the allowlist " + allowedHosts);
    }
    return host;
  }

  private List<InetAddress> addresses(URI url, String host) {
    if (host.indexOf(':') >= 0) {
      try {
        return List.of(InetAddress.getByName(host)); // an IPv6 literal: parsed, never looked up
      } catch (UnknownHostException e) {
        throw refused(url, "host " + host + " is not a valid IPv6 address");
      }
    }
    Optional<InetAddress> literal = AddressRules.parseIpv4(host);
    if (literal.isPresent()) {
      return List.of(literal.get());
    }
    if (isNumeric(host)) {
      // 2130706433, 127.1, 0177.0.0.1: InetAddress reads these as addresses, people do not.
      throw refused(url, "host " + host + " is a numeric address in a non-canonical form");
    }
    List<InetAddress> found;
    try {
      found = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw unresolved(host, e);
    } catch (RuntimeException e) {
      UnknownHostException u = new UnknownHostException("the resolver failed for host " + host);
      u.initCause(e);
      throw unresolved(host, u);
    }
    if (found == null || found.isEmpty()) {
      throw unresolved(host, new UnknownHostException("host " + host + " resolves to no address"));
    }
    return found;
  }

  private static boolean isNumeric(String host) {
    return NUMERIC.matcher(host).matches();
  }

  private static UncheckedIOException unresolved(String host, UnknownHostException e) {
    return new UncheckedIOException("host " + host + " does not resolve", e);
  }

  private static String hint(String why) {
    if (why.equals(AddressRules.LOOPBACK)) {
      return " (allow with UrlPolicy.builder().allowLoopback())";
    }
    if (why.equals(AddressRules.PRIVATE) || why.equals(AddressRules.CGNAT)) {
      return " (allow with UrlPolicy.builder().allowPrivateNetworks())";
    }
    return "";
  }

  private static IllegalArgumentException refused(URI url, String why) {
    return new IllegalArgumentException("URL " + Origin.of(url) + " refused: " + why);
  }

  /** Builds a {@link UrlPolicy}. Not thread-safe. */
  public static final class Builder {
    private boolean allowHttp;
    private boolean allowLoopback;
    private boolean allowPrivateNetworks;
    private final List<String> allowedHosts = new ArrayList<>();
    private HostResolver resolver = HostResolver.system();

    private Builder() {}

    /** Allows plain {@code http} URLs (default: https only); for local receivers and tests. */
    public Builder allowHttp() {
      this.allowHttp = true;
      return this;
    }

    /** Allows loopback addresses (127/8, ::1); for local receivers and tests. */
    public Builder allowLoopback() {
      this.allowLoopback = true;
      return this;
    }

    /**
     * Allows private networks (10/8, 172.16/12, 192.168/16, fc00::/7, fec0::/10) and carrier-grade
     * NAT (100.64/10), for receivers inside the host's own network. Cloud metadata, link-local and
     * loopback addresses stay refused.
     */
    public Builder allowPrivateNetworks() {
      this.allowPrivateNetworks = true;
      return this;
    }

    /**
     * Adds hosts to the allowlist; once it is not empty, only matching hosts are allowed (their
     * addresses are still checked). A pattern is a host name ({@code hooks.slack.com}) or {@code
     * *.} and a host name ({@code *.webhook.office.com}: any subdomain, not the name itself).
     *
     * @throws IllegalArgumentException if a pattern is malformed
     */
    public Builder allowHosts(String... patterns) {
      Checks.notNull("patterns", patterns);
      for (String p : patterns) {
        allowedHosts.add(HostPatterns.normalize(Checks.notNull("pattern", p)));
      }
      return this;
    }

    /** The resolver for host names (default {@link HostResolver#system()}). */
    public Builder resolver(HostResolver resolver) {
      this.resolver = Checks.notNull("resolver", resolver);
      return this;
    }

    /** Builds the policy. */
    public UrlPolicy build() {
      return new UrlPolicy(this);
    }
  }
}
