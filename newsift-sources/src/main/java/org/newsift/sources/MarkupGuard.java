package org.newsift.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap scan of raw HTML that refuses markup bombs before jsoup builds a tree: pages with more than
 * {@link #MAX_ELEMENTS} start tags, or with elements nested deeper than {@link #MAX_DEPTH}. jsoup's tree builder
 * slows down with the square of the nesting depth (20,000 nested {@code <div>}s take seconds), and an extractor
 * that walks ancestors does too; real news pages nest a few dozen levels deep.
 *
 * <p>The depth is an estimate from the tags alone: void elements, self-closed tags and elements whose end tag
 * HTML lets one omit ({@code p}, {@code li}, {@code td}, ...) do not count, and an end tag closes everything
 * opened after its start tag, as a browser would.
 */
final class MarkupGuard {
    static final int MAX_ELEMENTS = 100_000;
    static final int MAX_DEPTH = 1_000;

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "isindex");
    private static final Set<String> OPTIONAL_END = Set.of("p", "li", "dt", "dd", "option", "optgroup", "tr", "td",
            "th", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rtc", "rp", "html", "head", "body");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes");

    private MarkupGuard() {
    }

    /** Null when the markup is acceptable, else a one-line reason. */
    static String check(String html) {
        List<String> open = new ArrayList<>();
        int elements = 0;
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i < n) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? -1 : html.indexOf('<', end + 3);
                continue;
            }
            boolean closing = i + 1 < n && html.charAt(i + 1) == '/';
            int start = closing ? i + 2 : i + 1;
            int j = start;
            while (j < n && isNameChar(html.charAt(j))) {
                j++;
            }
            int gt = html.indexOf('>', j);
            if (j == start || !isAsciiLetter(html.charAt(start)) || gt < 0) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            String name = html.substring(start, j).toLowerCase(Locale.ROOT);
            int next = gt + 1;
            if (closing) {
                int at = open.lastIndexOf(name);
                if (at >= 0) {
                    open.subList(at, open.size()).clear();
                }
            } else {
                if (++elements > MAX_ELEMENTS) {
                    return "markup has more than " + MAX_ELEMENTS + " elements (an HTML bomb or not an article page)";
                }
                if (RAW_TEXT.contains(name)) {
                    int end = indexOfIgnoreCase(html, "</" + name, next);
                    next = end < 0 ? n : end;
                } else if (!VOID.contains(name) && !OPTIONAL_END.contains(name) && html.charAt(gt - 1) != '/') {
                    open.add(name);
                    if (open.size() > MAX_DEPTH) {
                        return "markup is nested more than " + MAX_DEPTH + " elements deep (an HTML bomb)";
                    }
                }
            }
            i = html.indexOf('<', next);
        }
        return null;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':';
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int k = s.indexOf('<', from); k >= 0; k = s.indexOf('<', k + 1)) {
            if (s.regionMatches(true, k, what, 0, what.length())) {
                return k;
            }
        }
        return -1;
    }
}
