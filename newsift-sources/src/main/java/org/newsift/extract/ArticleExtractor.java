package org.newsift.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsift.lang.LanguageIdentifier;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

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
    /** The JSON-LD body replaces the DOM's when the DOM yields less than this share of its length. */
    private static final double JSON_LD_SHORTFALL = 0.5;
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
                () -> doc.body().text());
        if (published == null && url != null && !url.equals(canonical)) {
            published = Dates.inUrl(url);
        }
        String text = body(doc, title, jsonLd);
        String language = Languages.find(doc, text.isEmpty() ? doc.body().text() : text, languages);
        return new ExtractedArticle(title, byline, published, language, text, canonical);
    }

    /** The DOM layer; the JSON-LD body when the DOM yields much less; every prose block when the root has none. */
    private static String body(Document doc, String title, JsonLd jsonLd) {
        Element body = doc.body();
        Boilerplate.remove(body);
        List<TextBlocks.Block> blocks = TextBlocks.of(body);
        String text = BodyText.of(ContentRoot.withSiblings(ContentRoot.find(body, blocks)), title);
        String declared = jsonLd.articleBody();
        if (declared != null) {
            String plain = paragraphs(declared);
            if (text.length() < JSON_LD_SHORTFALL * plain.length()) {
                return plain;
            }
        }
        if (text.isEmpty()) {
            text = blocks.stream().filter(ContentRoot::isProse).map(TextBlocks.Block::text)
                    .collect(Collectors.joining("\n\n"));
        }
        return text;
    }

    /** JSON-LD bodies may hold markup and entities; their line breaks separate paragraphs. */
    private static String paragraphs(String declared) {
        return Arrays.stream(declared.split("\\R\\s*\\R|\\R"))
                .map(p -> Markup.clean(Jsoup.parse(p).text()))
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n\n"));
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
