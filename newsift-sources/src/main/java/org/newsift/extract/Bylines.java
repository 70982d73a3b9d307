package org.newsift.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * Finds the author: {@code <meta name=author>}, JSON-LD {@code author}, {@code rel=author} or
 * {@code itemprop=author} links, then elements whose class names a byline.
 */
final class Bylines {
    private static final String ELEMENTS = "[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author], "
            + "[class*=byline], [class*=author-name], [class*=authorName], [class~=author]";
    private static final String IN_COMMENTS = "[class*=comment], [id*=comment]";
    private static final Pattern BY = Pattern.compile("^(?i)(by|written by|von|par|por|door)\\s+");
    /** Longer than this, a "byline" element holds a bio or a teaser, not names. */
    private static final int MAX_CHARS = 120;

    private Bylines() {
    }

    static String find(Document doc, JsonLd jsonLd) {
        String byline = usable(Markup.meta(doc, "author", "article:author", "parsely-author", "sailthru.author",
                "dc.creator"));
        if (byline == null) {
            byline = usable(jsonLd.authors());
        }
        for (Element e : doc.select(ELEMENTS)) {
            if (byline != null) {
                break;
            }
            if (e.closest(IN_COMMENTS) == null) { // a commenter is not the author
                byline = usable(e.text());
            }
        }
        return byline;
    }

    /** Strips a leading "By"; null for URLs (article:author often is one), empty or overlong values. */
    private static String usable(String raw) {
        String s = Markup.clean(raw);
        if (s == null || s.startsWith("http") || s.length() > MAX_CHARS) {
            return null;
        }
        s = BY.matcher(s).replaceFirst("");
        return s.isEmpty() ? null : s;
    }
}
