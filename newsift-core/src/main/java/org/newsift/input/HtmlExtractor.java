package org.newsift.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A baseline article extractor for HTML pages: title, body paragraphs, publication date and canonical URL.
 * The analysed text is the title line, a blank line, then the body blocks separated by blank lines.
 */
public final class HtmlExtractor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";
    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "button, figcaption, iframe, svg, [hidden], [aria-hidden=true]";
    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    /** What was extracted; any field but {@code body} may be null, {@code body} may be empty. */
    public record Extracted(String title, String body, String published, String url) {
        /** The text to analyse: title, blank line, body (or just the one that exists). */
        public String text() {
            if (title == null) {
                return body;
            }
            if (body.isEmpty()) {
                return title;
            }
            return body.startsWith(title) ? body : title + "\n\n" + body;
        }
    }

    private HtmlExtractor() {
    }

    public static Extracted extract(String html) {
        Document doc = Jsoup.parse(html);
        String published = published(doc); // before noise removal: JSON-LD lives in <script>
        String url = firstAttr(doc, "link[rel=canonical]", "href");
        if (url == null) {
            url = firstAttr(doc, "meta[property=og:url]", "content");
        }
        String title = title(doc);
        doc.select(NOISE).remove();
        String body = body(doc, title);
        return new Extracted(title, body, published, url);
    }

    private static String title(Document doc) {
        String t = firstAttr(doc, "meta[property=og:title]", "content");
        if (t == null) {
            Element h1 = doc.selectFirst("article h1");
            t = h1 == null ? null : clean(h1.text());
        }
        if (t == null) {
            t = clean(doc.title());
        }
        if (t == null) {
            Element h1 = doc.selectFirst("h1");
            t = h1 == null ? null : clean(h1.text());
        }
        return t;
    }

    private static String body(Document doc, String title) {
        Element root = bestArticle(doc);
        if (root == null) {
            root = bestParagraphParent(doc);
        }
        if (root == null) {
            root = doc.body();
        }
        List<String> blocks = new ArrayList<>();
        if (root != null) {
            for (Element e : root.select(BLOCKS)) {
                if (hasBlockAncestorWithin(e, root)) {
                    continue; // its text is already part of an enclosing block
                }
                String text = clean(e.text());
                if (text != null && !(blocks.isEmpty() && text.equals(title))) {
                    blocks.add(text);
                }
            }
            if (blocks.isEmpty()) {
                String text = clean(root.text());
                if (text != null) {
                    blocks.add(text);
                }
            }
        }
        return String.join("\n\n", blocks);
    }

    private static boolean hasBlockAncestorWithin(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code <article>} with the most paragraph text, if any has some. */
    private static Element bestArticle(Document doc) {
        Element best = null;
        int bestLen = 0;
        for (Element a : doc.select("article")) {
            int len = 0;
            for (Element p : a.select("p")) {
                len += p.text().length();
            }
            if (len > bestLen) {
                best = a;
                bestLen = len;
            }
        }
        return best;
    }

    /** The element whose direct {@code <p>} children hold the most text. */
    private static Element bestParagraphParent(Document doc) {
        Map<Element, Integer> score = new IdentityHashMap<>();
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return score.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static String published(Document doc) {
        String[] metas = {
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[itemprop=datePublished]", "meta[name=article:published_time]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=date]", "meta[name=DC.date.issued]", "meta[name=dc.date]",
        };
        for (String sel : metas) {
            String d = date(firstAttr(doc, sel, "content"));
            if (d != null) {
                return d;
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String d = jsonLdDate(script.data());
            if (d != null) {
                return d;
            }
        }
        Elements times = doc.select("time[itemprop=datePublished][datetime], time[pubdate][datetime], time[datetime]");
        for (Element t : times) {
            String d = date(t.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String jsonLdDate(String json) {
        try {
            return jsonLdDate(JSON.readTree(json), 0);
        } catch (Exception e) {
            return null; // unreadable JSON-LD: ignore it
        }
    }

    private static String jsonLdDate(JsonNode node, int depth) {
        if (node == null || depth > 3) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                String d = jsonLdDate(n, depth + 1);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (node.isObject()) {
            JsonNode dp = node.get("datePublished");
            if (dp != null && dp.isTextual()) {
                String d = date(dp.asText());
                if (d != null) {
                    return d;
                }
            }
            return jsonLdDate(node.get("@graph"), depth + 1);
        }
        return null;
    }

    /** An ISO date or date-time as given; else its leading yyyy-MM-dd when that is a valid date; else null. */
    static String date(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip();
        if (ReadOptions.isIsoDateOrDateTime(v)) {
            return v;
        }
        Matcher m = DATE_PREFIX.matcher(v);
        return m.find() && ReadOptions.isIsoDateOrDateTime(m.group(1)) ? m.group(1) : null;
    }

    private static String firstAttr(Document doc, String selector, String attr) {
        for (Element e : doc.select(selector)) {
            String v = clean(e.attr(attr));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00a0', ' ').strip();
        return t.isEmpty() ? null : t;
    }
}
