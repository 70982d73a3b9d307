package org.newsift.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.function.Supplier;

/**
 * Finds when an article was published, from the most to the least reliable source: meta tags, JSON-LD
 * {@code datePublished}, {@code <time>} elements, a date in the URL path, a date written near the top of
 * the text.
 */
final class PublishedDates {
    private static final String[] META = {"article:published_time", "og:article:published_time",
        "og:published_time", "datePublished", "article.published", "published_time", "pubdate", "publishdate",
        "publish-date", "publish_date", "sailthru.date", "parsely-pub-date", "dcterms.created", "dcterms.date",
        "DC.date.issued", "dc.date", "date"};
    private static final String TIME = "time[itemprop=datePublished], time[pubdate], time[class*=publish], "
            + "[itemprop=datePublished][datetime], [itemprop=datePublished][content], time[datetime]";
    /** How far into the text a written date still counts as the article's own. */
    private static final int TEXT_WINDOW = 1500;

    private PublishedDates() {
    }

    /**
     * @param doc     the page, before boilerplate is removed (dates sit in headers and scripts)
     * @param pageText the page's visible text, where a date written near the top is most likely the article's;
     *                 asked for only when no other source has a date
     */
    static String find(Document doc, JsonLd jsonLd, String url, Supplier<String> pageText) {
        String published = Dates.normalise(Markup.meta(doc, META));
        if (published == null) {
            published = Dates.normalise(jsonLd.text("datePublished"));
        }
        for (Element t : doc.select(TIME)) {
            if (published != null) {
                break;
            }
            published = Dates.normalise(t.hasAttr("datetime") ? t.attr("datetime")
                    : t.hasAttr("content") ? t.attr("content") : t.text());
        }
        if (published == null) {
            published = Dates.inUrl(url);
        }
        if (published == null) {
            String text = pageText.get();
            published = Dates.inText(text.length() > TEXT_WINDOW ? text.substring(0, TEXT_WINDOW) : text);
        }
        return published;
    }
}
