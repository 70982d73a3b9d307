package org.newsift.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsift.model.Article;
import org.newsift.text.ValidUnicode;
import org.newsift.text.VisibleText;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Internal: streams a JSON Lines input, one item per non-blank line, in input order. Only one line is held in
 * memory at a time. A bad line becomes an {@link InputError} and reading goes on with the next line.
 */
final class JsonlReader implements Iterator<InputItem>, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final InputStream in;
    private final String name;
    private final ReadOptions opts;
    private final long maxLineBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int lim;
    private byte[] line = new byte[1 << 12];
    private int lineLen;
    private boolean lineTooLong;
    private long offset;     // bytes consumed so far
    private long lineStart;  // byte offset of the current line
    private long lineNo;
    private boolean sawContent;
    private boolean finished;
    private InputItem next;

    JsonlReader(InputStream in, String name, ReadOptions opts) {
        this.in = in;
        this.name = name;
        this.opts = opts;
        // a JSON string may escape every character as \\uXXXX (6 bytes), plus room for the other fields
        this.maxLineBytes = Math.min(Integer.MAX_VALUE - 64L, opts.maxChars() * 6L + 65_536L);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputItem item = next;
        next = null;
        return item;
    }

    @Override
    public void close() throws IOException {
        finished = true;
        in.close();
    }

    /** The next item, or null for a skipped blank line or the end. */
    private InputItem advance() {
        boolean more;
        try {
            more = readLine();
        } catch (IOException e) {
            finished = true;
            String where = name + ":" + (lineNo + 1);
            return new InputError(where, where, "read error: " + e.getMessage());
        }
        if (!more) {
            finished = true;
            if (!sawContent) {
                return new InputError(name, name, "empty input (no JSON lines)");
            }
            return null;
        }
        lineNo++;
        String where = name + ":" + lineNo;
        if (lineTooLong) {
            sawContent = true;
            return new InputError(where, where, "line is longer than " + maxLineBytes + " bytes (the limit follows"
                    + " --max-chars " + opts.maxChars() + "; raise it with --max-chars)");
        }
        String text;
        try {
            text = Decoding.decode(line, lineLen, opts.charset(), lineStart);
        } catch (InputException e) {
            sawContent = true;
            return new InputError(where, where, e.getMessage());
        }
        if (lineNo == 1 && !text.isEmpty() && text.charAt(0) == Decoding.BOM) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return null;
        }
        sawContent = true;
        return parse(text, where);
    }

    private InputItem parse(String json, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return new InputError(where, where, "invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new InputError(where, where, "line is not a JSON object");
        }
        String id = where;
        JsonNode idNode = node.get("id");
        if (idNode != null && !idNode.isNull()) {
            if (idNode.isTextual() || idNode.isIntegralNumber()) {
                if (!idNode.asText().isBlank()) {
                    id = ValidUnicode.of(idNode.asText());
                }
            } else {
                return new InputError(where, where, "\"id\" must be a string");
            }
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) {
            return new InputError(id, where, "missing \"text\"");
        }
        if (!textNode.isTextual()) {
            return new InputError(id, where, "\"text\" must be a string");
        }
        ValidUnicode.Repaired repaired = ValidUnicode.repair(textNode.asText());
        String text = repaired.text();
        if (text.isEmpty()) {
            return new InputError(id, where, "empty text");
        }
        if (VisibleText.none(text)) {
            return new InputError(id, where, "text is only whitespace");
        }
        long codePoints = text.codePointCount(0, text.length());
        if (codePoints > opts.maxChars()) {
            return new InputError(id, where, Inputs.tooLongMessage(codePoints, opts.maxChars()));
        }
        String[] meta = new String[3];
        String[] fields = {"title", "url", "published"};
        for (int i = 0; i < fields.length; i++) {
            JsonNode f = node.get(fields[i]);
            if (f != null && !f.isNull()) {
                if (!f.isTextual()) {
                    return new InputError(id, where, "\"" + fields[i] + "\" must be a string");
                }
                meta[i] = f.asText().isBlank() ? null : ValidUnicode.of(f.asText().strip());
            }
        }
        if (meta[2] != null && !ReadOptions.isIsoDateOrDateTime(meta[2])) {
            return new InputError(id, where, "\"published\" must be an ISO date (yyyy-MM-dd) or date-time, got '"
                    + meta[2] + "'");
        }
        Article a = new Article(id, meta[0], meta[1], meta[2], text).withPublishedIfAbsent(opts.publishedFallback());
        return new InputItem.Read(a, where, repaired.replaced());
    }

    /** Reads the next line's bytes (without its \n or \r\n) into {@code line}; false at the end of input. */
    private boolean readLine() throws IOException {
        lineLen = 0;
        lineTooLong = false;
        lineStart = offset;
        boolean any = false;
        while (true) {
            if (pos == lim) {
                lim = in.read(chunk, 0, chunk.length);
                pos = 0;
                if (lim <= 0) {
                    lim = 0;
                    if (lineLen > 0 && line[lineLen - 1] == '\r') {
                        lineLen--;
                    }
                    return any;
                }
            }
            any = true;
            int start = pos;
            while (pos < lim && chunk[pos] != '\n') {
                pos++;
            }
            append(start, pos - start);
            offset += pos - start;
            if (pos < lim) { // found \n
                pos++;
                offset++;
                if (lineLen > 0 && line[lineLen - 1] == '\r') {
                    lineLen--;
                }
                return true;
            }
        }
    }

    private void append(int start, int n) {
        if (lineTooLong || n == 0) {
            return;
        }
        if (lineLen + (long) n > maxLineBytes) {
            lineTooLong = true;
            lineLen = 0;
            return;
        }
        if (lineLen + n > line.length) {
            long cap = Math.max((long) line.length * 2, lineLen + (long) n);
            line = java.util.Arrays.copyOf(line, (int) Math.min(cap, maxLineBytes + 1));
        }
        System.arraycopy(chunk, start, line, lineLen, n);
        lineLen += n;
    }
}
