package org.newsift.sources;

import org.newsift.extract.ArticleExtractor;
import org.newsift.extract.ExtractedArticle;
import org.newsift.extract.MarkupGuard;
import org.newsift.input.InputError;
import org.newsift.input.InputItem;
import org.newsift.input.ReadOptions;
import org.newsift.model.Article;
import org.newsift.text.VisibleText;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a fetched or archived HTML page into an article, within limits: the decoded page may have at most
 * {@code maxChars x HTML_FACTOR} characters, must pass the {@link MarkupGuard}, and its extracted text at most
 * {@code maxChars}. Web pages are decoded leniently (a stray invalid byte becomes U+FFFD rather than losing the
 * page), unlike local files, whose encoding the user controls with {@code --charset}.
 */
final class PageReader {
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    // no language guess here: the pipeline's language stage identifies it from the text anyway
    private final ArticleExtractor extractor = new ArticleExtractor(null);
    private final ReadOptions read;
    private final SourceStats stats;

    PageReader(ReadOptions read, SourceStats stats) {
        this.read = read;
        this.stats = stats;
    }

    /** What a page carries besides its HTML: where it came from and what a feed entry said about it. */
    record Origin(String id, String source, String url, String titleFallback, String publishedFallback) {
        static Origin of(String url, String source) {
            return new Origin(url, source, url, null, null);
        }
    }

    /** Decodes the body (charset from the Content-Type header, else the page's meta tag, else UTF-8 or windows-1252). */
    InputItem read(Origin o, byte[] body, String contentType) {
        return fromHtml(o, decode(body, contentType));
    }

    InputItem fromHtml(Origin o, String html) {
        long maxHtml = (long) read.maxChars() * ReadOptions.HTML_FACTOR;
        if (html.length() > maxHtml && html.codePointCount(0, html.length()) > maxHtml) {
            return tooLarge(o, "HTML is longer than the limit of " + maxHtml + " characters (" + ReadOptions.HTML_FACTOR
                    + " x --max-chars)");
        }
        String bomb = MarkupGuard.checkHtml(html);
        if (bomb != null) {
            return tooLarge(o, bomb);
        }
        ExtractedArticle x;
        try {
            x = extract(html, o.url());
        } catch (StackOverflowError e) {
            return tooLarge(o, "markup too deeply nested to extract");
        }
        String text = x.titledText();
        if (VisibleText.none(text)) {
            return new InputError(o.id(), o.source(), "no article text found in the HTML");
        }
        long cps = text.codePointCount(0, text.length());
        if (cps > read.maxChars()) {
            return tooLarge(o, "text is " + cps + " characters, above the limit of " + read.maxChars()
                    + " (raise it with --max-chars)");
        }
        String title = x.title() != null ? x.title() : o.titleFallback();
        Article a = new Article(o.id(), title, o.url(), x.published(), text)
                .withPublishedIfAbsent(o.publishedFallback())
                .withPublishedIfAbsent(read.publishedFallback());
        return new InputItem.Read(a, o.source());
    }

    /** The one call of the article extractor in this module: the same extractor as newsift extract and files. */
    private ExtractedArticle extract(String html, String url) {
        return extractor.extract(html, url);
    }

    private InputItem tooLarge(Origin o, String message) {
        stats.countTooLarge();
        return new InputError(o.id(), o.source(), message);
    }

    static String decode(byte[] body, String contentType) {
        Charset cs = charset(contentType == null ? null : HEADER_CHARSET.matcher(contentType));
        if (cs == null) {
            String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
            cs = charset(META_CHARSET.matcher(head));
        }
        if (cs != null) {
            return new String(body, cs);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return new String(body, WINDOWS_1252); // what browsers assume for undeclared legacy pages
        }
    }

    private static Charset charset(Matcher m) {
        if (m == null || !m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return null; // unknown or misspelt charset: fall back
        }
    }
}
