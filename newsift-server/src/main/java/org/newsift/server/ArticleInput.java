package org.newsift.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.newsift.extract.ArticleExtractor;
import org.newsift.extract.ExtractedArticle;
import org.newsift.extract.MarkupGuard;
import org.newsift.input.ReadOptions;
import org.newsift.model.Article;
import org.newsift.text.ValidUnicode;
import org.newsift.text.VisibleText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads the article of an analyze or store request: a JSON object {@code {"text"|"html", "title"?, "published"?,
 * "url"?, "id"?}}, or a raw body with Content-Type text/plain or text/html. Anything else is a 400 with a reason.
 */
final class ArticleInput {
    // no language guess: the pipeline identifies the language from the text
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(null);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleInput() {
    }

    /**
     * Reads the request's body, of any transfer encoding, and stops with 413 as soon as it passes {@code limit}: a
     * chunked body declares no length for the guard to check, and the rest of it is never read.
     */
    static Article read(Context ctx, long limit) throws IOException {
        byte[] body = ctx.req().getInputStream().readNBytes(Math.toIntExact(limit + 1));
        if (body.length > limit) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "the body is larger than the limit of " + limit
                    + " bytes (--max-body)");
        }
        return read(ctx.contentType(), body);
    }

    static Article read(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String raw = new String(body, StandardCharsets.UTF_8);
        if (type.startsWith("text/html")) {
            return fromHtml(null, raw, null, null);
        }
        if (type.startsWith("text/plain")) {
            return article(null, null, null, null, raw);
        }
        if (!type.startsWith("application/json")) {
            throw new IllegalArgumentException("send application/json, text/plain or text/html, not '" + contentType + "'");
        }
        JsonNode node;
        try {
            node = JSON.readTree(raw);
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object with \"text\" or \"html\"");
        }
        String text = string(node, "text");
        String html = string(node, "html");
        if ((text == null) == (html == null)) {
            throw new IllegalArgumentException("give exactly one of \"text\" and \"html\"");
        }
        String id = string(node, "id");
        String published = string(node, "published");
        return html != null ? fromHtml(id, html, published, string(node, "url"))
                : article(id, string(node, "title"), string(node, "url"), published, text);
    }

    private static Article fromHtml(String id, String html, String published, String url) {
        String bomb = MarkupGuard.checkHtml(html);
        if (bomb != null) {
            throw new IllegalArgumentException(bomb);
        }
        ExtractedArticle page;
        try {
            page = EXTRACTOR.extract(html, url);
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("markup too deeply nested to extract");
        }
        return article(id, page.title(), url != null ? url : page.url(), published != null ? published : page.published(),
                page.titledText());
    }

    /** The article, its text valid Unicode: a JSON escape such as {@code \ud800} is a lone surrogate, now U+FFFD. */
    private static Article article(String id, String title, String url, String published, String text) {
        if (text == null || VisibleText.none(text)) {
            throw new IllegalArgumentException("the article has no text");
        }
        String date = published == null ? null : validDate(published);
        return new Article(id == null || id.isBlank() ? "api-" + UUID.randomUUID() : ValidUnicode.of(id.strip()),
                ValidUnicode.of(title), ValidUnicode.of(url), date, ValidUnicode.of(text));
    }

    private static String validDate(String published) {
        try {
            return ReadOptions.validatePublished(published);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"published\" must be an ISO date (yyyy-MM-dd) or date-time, got '"
                    + published + "'");
        }
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return v.asText();
    }
}
