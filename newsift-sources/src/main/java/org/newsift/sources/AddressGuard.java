package org.newsift.sources;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The SSRF guard: a URL may be fetched only over http(s), and only when every address its host resolves to is
 * public. Loopback, private (RFC 1918, fc00::/7), link-local (cloud metadata at 169.254.169.254), multicast,
 * unspecified, "this network" (0/8), broadcast and carrier-grade NAT (100.64/10) addresses are refused unless
 * private addresses are allowed. Each redirect hop is checked again.
 */
public final class AddressGuard {

    /** Looks up a host's addresses; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public AddressGuard(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public AddressGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Throws when {@code uri} may not be fetched: wrong scheme, no host, unknown host, or a non-public address. */
    public void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Kind.REFUSED, "refused " + uri + ": only http and https URLs are fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException(FetchException.Kind.REFUSED, "refused " + uri + ": no host");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Kind.FAILED, "unknown host " + host);
        }
        if (allowPrivate) {
            return;
        }
        for (InetAddress a : addresses) {
            String why = nonPublic(a);
            if (why != null) {
                throw new FetchException(FetchException.Kind.REFUSED, "refused " + uri + ": " + host + " is "
                        + a.getHostAddress() + ", a " + why + " address (pass --allow-private to fetch it)");
            }
        }
    }

    /** Why an address is not public, e.g. {@code loopback}; null for a public address. */
    static String nonPublic(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xff;
            int b1 = b[1] & 0xff;
            if (b0 == 10 || (b0 == 172 && b1 >= 16 && b1 < 32) || (b0 == 192 && b1 == 168)) {
                return "private";
            }
            if (b0 == 100 && b1 >= 64 && b1 < 128) {
                return "carrier-grade NAT";
            }
            if (b0 == 0) {
                return "unspecified";
            }
            if (b0 == 255 && b1 == 255 && (b[2] & 0xff) == 255 && (b[3] & 0xff) == 255) {
                return "broadcast";
            }
            return null;
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "private";
            }
            if (a.isSiteLocalAddress()) {
                return "private"; // fec0::/10, deprecated site-local
            }
            if (isIpv4Mapped(b)) {
                try {
                    return nonPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return "unreadable";
                }
            }
        }
        return null;
    }

    /** ::ffff:a.b.c.d, which the JDK only sometimes turns into an Inet4Address itself. */
    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
