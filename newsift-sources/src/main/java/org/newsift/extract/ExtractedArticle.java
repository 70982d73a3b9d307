package org.newsift.extract;

/**
 * What {@link ArticleExtractor} found in one page. Every field but {@code text} may be null.
 *
 * @param title     the headline, with a site-name suffix such as " | The Herald" trimmed
 * @param byline    the author or authors as the page names them, e.g. "Jane Roe, John Doe"
 * @param published publication date, ISO-8601: {@code yyyy-MM-dd}, or a date-time with or without offset
 * @param language  ISO 639-1 code from the markup, else guessed from the text ({@code und} when unsure)
 * @param text      the article body without boilerplate; paragraphs separated by a blank line; may be empty
 * @param url       the canonical URL, else the URL the page was fetched from
 */
public record ExtractedArticle(String title, String byline, String published, String language, String text,
                               String url) {

    public ExtractedArticle {
        if (text == null) {
            throw new IllegalArgumentException("text is null");
        }
    }

    /** The text to analyse: the title, a blank line, then the body (or just the one that exists). */
    public String titledText() {
        if (title == null) {
            return text;
        }
        if (text.isEmpty()) {
            return title;
        }
        return text.startsWith(title) ? text : title + "\n\n" + text;
    }
}
