package dev.newsdesk.retrieval.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which hosts Newsdesk may fetch pages from on a feed's say-so. A feed item's link, and every
 * redirect it leads to, is checked before it is fetched: by default addresses that reach the
 * machine itself or its private network are refused (server-side request forgery), so that a feed
 * cannot make Newsdesk read and then quote {@code http://127.0.0.1:…/admin} or a cloud metadata
 * service. The operator's own URLs ({@code ingest URL}, the feed itself) are not checked.
 *
 * <p>Refused: loopback, unspecified ({@code 0.0.0.0/8}, {@code ::}), private (RFC 1918), shared
 * address space ({@code 100.64.0.0/10}, RFC 6598), link-local ({@code 169.254.0.0/16}, which holds
 * the metadata address {@code 169.254.169.254}, and {@code fe80::/10}), IETF protocol assignments
 * ({@code 192.0.0.0/24}), benchmarking ({@code 198.18.0.0/15}), multicast, reserved
 * ({@code 240.0.0.0/4}), IPv6 unique-local ({@code fc00::/7}, RFC 4193) and site-local addresses.
 * A host is refused when any of its addresses is. The check resolves the name itself; the HTTP
 * client resolves it again when it connects, so a name whose answer changes in between (DNS
 * rebinding) is not caught here.
 */
public final class AddressPolicy {

  /** Every address allowed: {@code feeds.allow-private-addresses: true}, and the operator's own URLs. */
  public static final AddressPolicy ANY = new AddressPolicy(address -> false);

  /** Only public addresses (the default for feed items). */
  public static final AddressPolicy PUBLIC_ONLY = new AddressPolicy(AddressPolicy::isPrivate);

  private final Predicate<InetAddress> refused;

  /** A policy that refuses the addresses {@code refused} accepts (tests give their own). */
  public AddressPolicy(Predicate<InetAddress> refused) {
    this.refused = refused;
  }

  /** Why {@code uri} may not be fetched (written for the operator), or empty when it may. */
  public Optional<String> refusal(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("not a web address (" + (scheme.isEmpty() ? "no scheme" : scheme + ":") + ")");
    }
    if (uri.getHost() == null) {
      return Optional.of("no host in " + uri);
    }
    if (this == ANY) {
      return Optional.empty();
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (refused.test(address)) {
          return Optional.of("refused: " + uri.getHost() + " is a private address (" + address.getHostAddress()
              + "); set feeds.allow-private-addresses to fetch it");
        }
      }
      return Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.of("unknown host " + uri.getHost());
    }
  }

  /** True for the loopback, private, link-local and reserved ranges listed on the class. */
  public static boolean isPrivate(InetAddress address) {
    if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return true;
      }
      return embeddedIpv4(b).map(AddressPolicy::isPrivate).orElse(false);
    }
    if (address instanceof Inet4Address) {
      int b0 = b[0] & 0xff;
      int b1 = b[1] & 0xff;
      return b0 == 0 || b0 >= 240
          || (b0 == 100 && (b1 & 0xc0) == 64)
          || (b0 == 192 && b1 == 0 && (b[2] & 0xff) == 0)
          || (b0 == 198 && (b1 & 0xfe) == 18);
    }
    return true;
  }

  /** The IPv4 address inside an IPv4-compatible ({@code ::a.b.c.d}) or NAT64 ({@code 64:ff9b::/96}) address. */
  private static Optional<InetAddress> embeddedIpv4(byte[] b) {
    boolean compatible = true;
    for (int i = 0; i < 12; i++) {
      compatible &= b[i] == 0;
    }
    boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
    for (int i = 4; i < 12 && nat64; i++) {
      nat64 = b[i] == 0;
    }
    if (!compatible && !nat64) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
