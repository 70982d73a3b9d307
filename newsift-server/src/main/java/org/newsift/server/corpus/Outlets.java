package org.newsift.server.corpus;

import org.newsift.model.Analysis;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which outlet published an article: the host of its URL without "www.", or "unknown". */
public final class Outlets {
    public static final String UNKNOWN = "unknown";

    private Outlets() {
    }

    public static String of(Analysis a) {
        if (a.url() == null) {
            return UNKNOWN;
        }
        try {
            String host = new URI(a.url().strip()).getHost();
            if (host == null) {
                return UNKNOWN;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return UNKNOWN;
        }
    }
}
