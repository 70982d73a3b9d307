package org.newsift.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap scan of raw markup that refuses bombs before a parser builds a tree: documents with more than
 * {@link #MAX_ELEMENTS} start tags, or with elements nested deeper than {@link #MAX_DEPTH}. jsoup's tree builder
 * slows down with the square of the nesting depth (20,000 nested {@code <div>}s take seconds), an extractor
 * that walks ancestors does too, and the XML parsers behind Rome (JDOM) and its OPML reader recurse once per
 * level until the stack overflows. Real news pages nest a few dozen levels deep, feeds fewer.
 *
 * <p>The depth is an estimate from the tags alone. In HTML, void elements, self-closed tags and elements whose
 * end tag HTML lets one omit ({@code p}, {@code li}, {@code td}, ...) do not count, and an end tag closes
 * everything opened after its start tag, as a browser would. In XML every element counts; comments, CDATA
 * sections, processing instructions and declarations are skipped.
 */
public final class MarkupGuard {
    public static final int MAX_ELEMENTS = 100_000;
    public static final int MAX_DEPTH = 1_000;

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "isindex");
    private static final Set<String> OPTIONAL_END = Set.of("p", "li", "dt", "dd", "option", "optgroup", "tr", "td",
            "th", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rtc", "rp", "html", "head", "body");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes");

    private final boolean html;

    private MarkupGuard(boolean html) {
        this.html = html;
    }

    /** Null when the HTML is acceptable, else a one-line reason. */
    public static String checkHtml(String html) {
        return new MarkupGuard(true).check(html);
    }

    /** Null when the XML (a feed, an OPML list) is acceptable, else a one-line reason. */
    public static String checkXml(String xml) {
        return new MarkupGuard(false).check(xml);
    }

    private String check(String doc) {
        List<String> open = new ArrayList<>();
        int elements = 0;
        int n = doc.length();
        int i = doc.indexOf('<');
        while (i >= 0 && i < n) {
            int skipTo = skippedSection(doc, i);
            if (skipTo != i) {
                i = skipTo < 0 ? -1 : doc.indexOf('<', skipTo);
                continue;
            }
            boolean closing = i + 1 < n && doc.charAt(i + 1) == '/';
            int start = closing ? i + 2 : i + 1;
            int j = start;
            while (j < n && isNameChar(doc.charAt(j))) {
                j++;
            }
            int gt = doc.indexOf('>', j);
            if (j == start || !isNameStart(doc.charAt(start)) || gt < 0) {
                i = doc.indexOf('<', i + 1);
                continue;
            }
            String name = doc.substring(start, j);
            if (html) {
                name = name.toLowerCase(Locale.ROOT);
            }
            int next = gt + 1;
            if (closing) {
                int at = open.lastIndexOf(name);
                if (at >= 0) {
                    open.subList(at, open.size()).clear();
                }
            } else {
                if (++elements > MAX_ELEMENTS) {
                    return "markup has more than " + MAX_ELEMENTS + " elements (a markup bomb or not an article)";
                }
                if (html && RAW_TEXT.contains(name)) {
                    int end = indexOfIgnoreCase(doc, "</" + name, next);
                    next = end < 0 ? n : end;
                } else if (doc.charAt(gt - 1) != '/' && !(html && (VOID.contains(name) || OPTIONAL_END.contains(name)))) {
                    open.add(name);
                    if (open.size() > MAX_DEPTH) {
                        return "markup is nested more than " + MAX_DEPTH + " elements deep (a markup bomb)";
                    }
                }
            }
            i = doc.indexOf('<', next);
        }
        return null;
    }

    /** Where the comment (or, in XML, CDATA section, declaration or processing instruction) at {@code i} ends; i if none; -1 if unterminated. */
    private int skippedSection(String doc, int i) {
        if (doc.startsWith("<!--", i)) {
            return endOf(doc, "-->", i + 4);
        }
        if (html) {
            return i;
        }
        if (doc.startsWith("<![CDATA[", i)) {
            return endOf(doc, "]]>", i + 9);
        }
        if (doc.startsWith("<?", i)) {
            return endOf(doc, "?>", i + 2);
        }
        if (doc.startsWith("<!", i)) {
            return endOf(doc, ">", i + 2);
        }
        return i;
    }

    private static int endOf(String doc, String terminator, int from) {
        int end = doc.indexOf(terminator, from);
        return end < 0 ? -1 : end + terminator.length();
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '.';
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
