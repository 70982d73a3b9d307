package org.newsift.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Internal: byte-level checks and strict, bounded decoding shared by the readers. */
final class Decoding {
    /** How many leading bytes are sniffed for the format and checked for binary content. */
    static final int SNIFF_BYTES = 8192;
    static final char BOM = '\uFEFF';

    private Decoding() {
    }

    /** True when the stream starts with the gzip magic bytes 1f 8b; the stream is left where it was. */
    static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b;
    }

    static BufferedInputStream gunzip(BufferedInputStream in) throws IOException, InputException {
        try {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        } catch (ZipException | java.io.EOFException e) {
            throw new InputException("corrupt gzip data: " + e.getMessage());
        }
    }

    /**
     * A stream ready to decode: buffered, gunzipped when it starts with the gzip magic bytes, and checked
     * to be neither empty nor binary.
     *
     * @param in   the stream to read
     * @param gzip whether it was compressed (its size on disk then says nothing about the text's length)
     * @param head its first {@link #SNIFF_BYTES} bytes, for format detection
     */
    record Opened(BufferedInputStream in, boolean gzip, byte[] head) {
    }

    static Opened open(InputStream raw) throws IOException, InputException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        boolean gzip = isGzip(in);
        if (gzip) {
            in = gunzip(in);
        }
        byte[] head = peek(in);
        if (head.length == 0) {
            throw new InputException("empty input");
        }
        String document = documentFormat(head);
        if (document != null) {
            throw new InputException("a " + document + " document, not text (convert it to text or HTML first)");
        }
        if (looksBinary(head)) {
            throw new InputException("binary file, not text");
        }
        return new Opened(in, gzip, head);
    }

    /** The first {@link #SNIFF_BYTES} bytes, leaving the stream where it was. */
    static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES + 1);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        return head;
    }

    /**
     * The name of a document format that starts with printable magic bytes, or null. A PDF or PostScript file
     * written in 7-bit ASCII passes the binary test, but its text is page-description code, not prose.
     */
    static String documentFormat(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 16), StandardCharsets.ISO_8859_1);
        if (start.startsWith("%PDF-")) {
            return "PDF";
        }
        if (start.startsWith("%!PS")) {
            return "PostScript";
        }
        if (start.startsWith("{\\rtf")) {
            return "RTF";
        }
        return null;
    }

    /**
     * True for content that is not text: any NUL byte, or more than 10% control characters other than
     * tab, line feed, carriage return, form feed and escape.
     */
    static boolean looksBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) || c == 0x7f) {
                control++;
            }
        }
        return head.length > 0 && control * 10 > head.length;
    }

    static CharsetDecoder strictDecoder(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static String invalidBytesMessage(Charset cs, long byteOffset) {
        String name = cs.equals(StandardCharsets.UTF_8) ? "UTF-8" : cs.name();
        String hint = cs.equals(StandardCharsets.UTF_8)
                ? " (if the file uses another encoding, pass it with --charset, e.g. --charset ISO-8859-1)"
                : " (pass the file's encoding with --charset)";
        return "invalid " + name + " at byte " + byteOffset + hint;
    }

    /** Thrown by {@link #decode} when the text has more code points than allowed. */
    static final class TooLong extends Exception {
        TooLong() {
            super(null, null, false, false);
        }
    }

    /**
     * Decodes the whole stream strictly, stopping as soon as it holds more than {@code maxCodePoints} code
     * points, so a huge input is rejected after reading about {@code maxCodePoints} characters.
     *
     * @throws InputException on invalid bytes, naming the byte offset
     * @throws TooLong        when the limit is passed
     */
    static String decode(InputStream in, Charset cs, long maxCodePoints) throws IOException, InputException, TooLong {
        CharsetDecoder dec = strictDecoder(cs);
        ByteBuffer bb = ByteBuffer.allocate(1 << 16);
        CharBuffer cb = CharBuffer.allocate(1 << 16);
        StringBuilder sb = new StringBuilder();
        long consumed = 0; // bytes before bb's position 0
        long codePoints = 0;
        boolean eof = false;
        while (true) {
            if (!eof) {
                int n = in.read(bb.array(), bb.arrayOffset() + bb.position(), bb.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bb.position(bb.position() + n);
                }
            }
            bb.flip();
            CoderResult r = dec.decode(bb, cb, eof);
            if (r.isError()) {
                throw new InputException(invalidBytesMessage(cs, consumed + bb.position()));
            }
            boolean done = eof && r.isUnderflow();
            consumed += bb.position();
            bb.compact();
            codePoints += drain(cb, sb);
            if (done) {
                r = dec.flush(cb);
                if (r.isError()) {
                    throw new InputException(invalidBytesMessage(cs, consumed));
                }
                codePoints += drain(cb, sb);
            }
            if (codePoints > maxCodePoints) {
                throw new TooLong();
            }
            if (done) {
                return sb.toString();
            }
        }
    }

    private static long drain(CharBuffer cb, StringBuilder sb) {
        cb.flip();
        long n = 0;
        for (int i = cb.position(); i < cb.limit(); i++) {
            if (!Character.isLowSurrogate(cb.get(i))) {
                n++;
            }
        }
        sb.append(cb);
        cb.clear();
        return n;
    }

    /** Decodes one whole byte array strictly; {@code base} is added to the byte offset in the error message. */
    static String decode(byte[] bytes, int length, Charset cs, long base) throws InputException {
        CharsetDecoder dec = strictDecoder(cs);
        ByteBuffer bb = ByteBuffer.wrap(bytes, 0, length);
        try {
            return dec.decode(bb).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(invalidBytesMessage(cs, base + bb.position()));
        }
    }

    /** Lenient decoding of the sniffed head, for format detection only. */
    static String headText(byte[] head, Charset cs) {
        String s = new String(head, cs);
        return !s.isEmpty() && s.charAt(0) == BOM ? s.substring(1) : s;
    }
}
