package org.newsift.sources;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a body is, by its declared media type and by its first bytes. */
final class Sniff {

    enum Kind { HTML, FEED, OPML, OTHER }

    private static final int HEAD = 1024;

    private Sniff() {
    }

    /**
     * The kind of a body: feeds and OPML by their own media types, else by content (servers also label them
     * text/xml, text/html...), else HTML by {@link #isHtml}.
     */
    static Kind kind(String contentType, byte[] body) {
        String type = baseType(contentType);
        if (type.equals("application/rss+xml") || type.equals("application/atom+xml")
                || type.equals("application/rdf+xml")) {
            return Kind.FEED;
        }
        if (type.equals("text/x-opml") || type.equals("application/x-opml+xml")) {
            return Kind.OPML;
        }
        String head = head(body);
        if (!looksBinary(body) && !head.contains("<html")) {
            if (head.contains("<opml")) {
                return Kind.OPML;
            }
            if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
                return Kind.FEED;
            }
        }
        return isHtml(contentType, body) ? Kind.HTML : Kind.OTHER;
    }

    /**
     * HTML when the declared type says so and the bytes are text, or when no useful type is declared
     * (none, text/plain, application/octet-stream) and the bytes start like an HTML document.
     */
    static boolean isHtml(String contentType, byte[] body) {
        if (isHtmlType(baseType(contentType))) {
            return !looksBinary(body);
        }
        return mayBeHtml(contentType) && !looksBinary(body) && startsLikeHtml(head(body));
    }

    /** False when the declared type rules HTML out (images, scripts, PDFs...); true for HTML and generic types. */
    static boolean mayBeHtml(String contentType) {
        String type = baseType(contentType);
        return isHtmlType(type) || type.isEmpty() || type.equals("text/plain")
                || type.equals("application/octet-stream") || type.equals("unknown/unknown");
    }

    private static boolean isHtmlType(String type) {
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsLikeHtml(String head) {
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
                || head.contains("<body");
    }

    /** A NUL byte near the start: images, archives, PDFs' binary parts. */
    private static boolean looksBinary(byte[] body) {
        for (int i = 0, n = Math.min(body.length, HEAD); i < n; i++) {
            if (body[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String head(byte[] body) {
        return new String(body, 0, Math.min(body.length, HEAD), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }
}
