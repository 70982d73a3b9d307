package org.newsift.server.alerts;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Checks a webhook URL before anything is sent to it (server-side request forgery): http or https only, and
 * unless private addresses are allowed, a host that resolves only to public addresses, not to loopback,
 * RFC 1918, unique-local (fc00::/7), link-local, multicast, unspecified or carrier-grade NAT (100.64/10) ones.
 */
public final class WebhookTarget {
    private WebhookTarget() {
    }

    /** The URL itself when it may be posted to; otherwise an IllegalArgumentException that says why. */
    public static URI check(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhook URL is not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("webhook URL must be http(s)://host/...: " + url);
        }
        if (allowPrivate) {
            return uri;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(address)) {
                    throw new IllegalArgumentException("webhook host " + uri.getHost() + " resolves to the private address "
                            + address.getHostAddress() + " (allow it with --webhook-allow-private)");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("webhook host cannot be resolved: " + uri.getHost());
        }
        return uri;
    }

    static boolean isPrivate(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocal = a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
        boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocal || carrierNat;
    }
}
