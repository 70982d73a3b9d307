package org.newsift.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the headline: {@code og:title}, JSON-LD {@code headline}, the main {@code <h1>}, then
 * {@code <title>}; the first one found loses a site-name part such as " | The Herald" or "Herald - ".
 */
final class Titles {
    /** Separators between a headline and the site's name in {@code <title>} and {@code og:title}. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s+::\\s+");
    /** A part this short (in words) next to a separator is a site or section name, not part of the headline. */
    private static final int MAX_SITE_WORDS = 4;

    private Titles() {
    }

    static String find(Document doc, JsonLd jsonLd) {
        String h1 = mainHeading(doc);
        String title = Markup.meta(doc, "og:title", "twitter:title");
        if (title == null) {
            title = jsonLd.text("headline");
        }
        if (title == null) {
            title = h1;
        }
        if (title == null) {
            title = Markup.clean(doc.title());
        }
        if (title == null) {
            return null;
        }
        if (h1 != null && !h1.equals(title) && title.startsWith(h1)) {
            return h1; // "Headline | Site" when the page's own heading says just "Headline"
        }
        return trimSiteName(title, Markup.meta(doc, "og:site_name", "application-name"));
    }

    private static String mainHeading(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1, [itemprop=headline], h1");
        return h1 == null ? null : Markup.clean(h1.text());
    }

    /** Drops a leading or trailing part that is the site name, or is short while the rest is long. */
    static String trimSiteName(String title, String siteName) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String site = siteName == null ? null : siteName.toLowerCase(Locale.ROOT);
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (isSite(last, site) || (site == null && words(last) <= MAX_SITE_WORDS && words(first) > MAX_SITE_WORDS)) {
            return title.substring(0, title.length() - last.length()).replaceFirst(SEPARATOR.pattern() + "$", "").strip();
        }
        if (isSite(first, site)) {
            return title.substring(first.length()).replaceFirst("^" + SEPARATOR.pattern(), "").strip();
        }
        return title;
    }

    private static boolean isSite(String part, String site) {
        return site != null && part.toLowerCase(Locale.ROOT).strip().equals(site);
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }
}
