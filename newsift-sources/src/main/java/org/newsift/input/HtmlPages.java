package org.newsift.input;

import org.newsift.extract.MarkupGuard;
import org.newsift.text.VisibleText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the markup of one HTML page with the reading layer's rules: gzip by magic bytes, binary content
 * rejected, strict decoding in {@link ReadOptions#charset()} (else the charset the page declares), and at
 * most {@link ReadOptions#HTML_FACTOR} × {@code maxChars} characters, no markup bomb ({@link MarkupGuard}). {@link Inputs} reads its HTML
 * inputs through it; {@code newsift extract} and the network sources read single pages with {@link #read}.
 */
public final class HtmlPages {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlPages() {
    }

    /**
     * Reads a whole page from {@code raw} (not closed here).
     *
     * @throws InputException with a one-line reason: empty, binary, corrupt gzip, invalid bytes, too long
     */
    public static String read(InputStream raw, ReadOptions opts) throws IOException, InputException {
        Decoding.Opened opened = Decoding.open(raw);
        return decode(opened.in(), -1, opts);
    }

    /**
     * Decodes a page from a stream already past gzip and binary checks.
     *
     * @param sizeBytes the size of the input when known (a plain file), else -1
     */
    static String decode(InputStream in, long sizeBytes, ReadOptions opts) throws IOException, InputException {
        long maxHtml = (long) opts.maxChars() * ReadOptions.HTML_FACTOR;
        String tooLong = "HTML is longer than the limit of " + maxHtml + " characters (" + ReadOptions.HTML_FACTOR
                + " x --max-chars; raise it with --max-chars)";
        long maxBytes = maxHtml * Inputs.maxBytesPerCodePoint(opts.charset());
        if (sizeBytes > maxBytes) {
            throw new InputException(tooLong);
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new InputException(tooLong);
        }
        String html;
        try {
            html = decodeWithFallback(bytes, opts.charset(), maxHtml);
        } catch (Decoding.TooLong e) {
            throw new InputException(tooLong);
        }
        if (VisibleText.none(html)) {
            throw new InputException("input is only whitespace");
        }
        String bomb = MarkupGuard.checkHtml(html);
        if (bomb != null) {
            throw new InputException(bomb);
        }
        return html;
    }

    /** A page may declare its own encoding; it is used when the requested one does not fit the bytes. */
    private static String decodeWithFallback(byte[] bytes, Charset cs, long maxHtml)
            throws IOException, InputException, Decoding.TooLong {
        try {
            return Decoding.decode(new ByteArrayInputStream(bytes), cs, maxHtml);
        } catch (InputException e) {
            Charset declared = declaredCharset(bytes);
            if (declared == null || declared.equals(cs)) {
                throw e;
            }
            try {
                return Decoding.decode(new ByteArrayInputStream(bytes), declared, maxHtml);
            } catch (InputException e2) {
                throw e;
            }
        }
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
