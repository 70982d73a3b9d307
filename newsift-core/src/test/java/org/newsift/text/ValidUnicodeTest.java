package org.newsift.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidUnicodeTest {

    @Test
    void loneHalvesAreReplacedOneCharForOneAndPairsAreKept() throws CharacterCodingException {
        String text = "a\ud800b\udc00c\ud83d\ude00d\ud800\ud800\udc00";
        ValidUnicode.Repaired r = ValidUnicode.repair(text);

        assertEquals("a\ufffdb\ufffdc\ud83d\ude00d\ufffd\ud800\udc00", r.text());
        assertEquals(3, r.replaced());
        assertEquals(text.length(), r.text().length(), "offsets must not move");
        StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(r.text())); // throws if still invalid
    }

    @Test
    void validTextIsReturnedAsIs() {
        String text = "Talks resumed in Istanbul \ud83d\ude00.";
        assertSame(text, ValidUnicode.of(text));
        assertEquals(0, ValidUnicode.repair(text).replaced());
        assertEquals("\ufffd", ValidUnicode.of("\udc00"));
    }

    @Test
    void invisibleTextHasNothingToRead() {
        assertTrue(VisibleText.none("\u00a0\u202f\u2007 \t\n"));
        assertTrue(VisibleText.none("\u200b\u200c\u200d\u2060\ufeff\u200e"));
        assertFalse(VisibleText.none("\u00a0x\u00a0"));
        assertFalse(VisibleText.none("\u00a0\ufffd"));
    }
}
