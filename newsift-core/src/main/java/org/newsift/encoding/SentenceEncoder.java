package org.newsift.encoding;

import java.util.ArrayList;
import java.util.List;

/** Turns a stretch of text into wordpiece states and a sentence embedding (see {@link SentenceEncoding}). */
public interface SentenceEncoder {

    /**
     * Encodes {@code text} from code point {@code start} to {@code end}; the offsets in the result are
     * code-point offsets into {@code text}, so they point into the analysed document directly.
     */
    SentenceEncoding encode(String text, int start, int end);

    /** Encodes a whole string, e.g. a training sentence. */
    default SentenceEncoding encode(String text) {
        return encode(text, 0, text.codePointCount(0, text.length()));
    }

    /** Encodes several strings; implementations may batch them. */
    default List<SentenceEncoding> encodeAll(List<String> texts) {
        List<SentenceEncoding> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(encode(t));
        }
        return out;
    }
}
