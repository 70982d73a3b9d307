package org.newsift.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small helpers over jsoup elements shared by the metadata readers and the body extractor. */
final class Markup {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b\\u2009\\u202f]+");

    private Markup() {
    }

    /** Whitespace (including no-break and thin spaces) collapsed to one space and stripped; null when empty. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = SPACES.matcher(s).replaceAll(" ").strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * The first non-empty {@code content} of a {@code <meta>} whose name, property or itemprop is one of
     * {@code keys} (case-insensitive), trying the keys in order.
     */
    static String meta(Document doc, String... keys) {
        for (Element scope : List.of(doc.head(), doc.body())) { // some pages put their meta tags in the body
            Elements metas = scope.select("meta[content]");
            for (String key : keys) {
                for (Element m : metas) {
                    if (key.equalsIgnoreCase(m.attr("name")) || key.equalsIgnoreCase(m.attr("property"))
                            || key.equalsIgnoreCase(m.attr("itemprop"))) {
                        String v = clean(m.attr("content"));
                        if (v != null) {
                            return v;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Class and id of an element, lower-cased, for matching boilerplate and content hints. */
    static String classAndId(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }
}
