package org.newsift.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsift.lang.LanguageIdentifier;

/**
 * Extracts an article from an HTML page: headline, byline, publication date, language, canonical URL and
 * the body text without boilerplate. Immutable and thread-safe; build one and share it.
 *
 * <pre>{@code
 * ArticleExtractor extractor = new ArticleExtractor(new LanguageIdentifier());
 * ExtractedArticle a = extractor.extract(html, "https://example.org/news/1");
 * }</pre>
 *
 * Layers, most reliable first: the page's DOM with boilerplate removed, scored block by block for
 * prose ({@link ContentRoot}); the JSON-LD {@code articleBody} when the DOM yields much less text;
 * every prose-like block of the page when nothing else yields text. See {@code docs/extraction.md}.
 */
public final class ArticleExtractor {
    private final LanguageIdentifier languages;

    /** @param languages guesses the language when the markup declares none; null to leave it null then */
    public ArticleExtractor(LanguageIdentifier languages) {
        this.languages = languages;
    }

    /**
     * @param html the page's markup
     * @param url  where the page came from, or null: resolves relative links and is a source of the date
     */
    public ExtractedArticle extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        JsonLd jsonLd = JsonLd.of(doc); // before scripts go
        String title = Titles.find(doc, jsonLd);
        String byline = Bylines.find(doc, jsonLd);
        String canonical = canonical(doc, url);
        Boilerplate.removeInvisible(doc);
        String published = PublishedDates.find(doc, jsonLd, canonical == null ? url : canonical,
                doc.body().text());
        if (published == null && url != null && !url.equals(canonical)) {
            published = Dates.inUrl(url);
        }
        String text = body(doc, title);
        String language = Languages.find(doc, text.isEmpty() ? doc.body().text() : text, languages);
        return new ExtractedArticle(title, byline, published, language, text, canonical);
    }

    private static String body(Document doc, String title) {
        Element body = doc.body();
        Boilerplate.remove(body);
        Element root = ContentRoot.find(body, TextBlocks.of(body));
        return BodyText.of(root, title);
    }

    private static String canonical(Document doc, String url) {
        for (String[] source : new String[][] {{"link[rel=canonical]", "abs:href"}, {"meta[property=og:url]", "abs:content"}}) {
            Element e = doc.selectFirst(source[0]);
            String v = e == null ? null : Markup.clean(e.attr(source[1]));
            if (v != null && v.startsWith("http")) {
                return v;
            }
        }
        return url;
    }
}
