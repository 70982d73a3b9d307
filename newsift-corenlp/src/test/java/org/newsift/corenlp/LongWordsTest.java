package org.newsift.corenlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Runs without a space longer than a word are broken up for the tokenizer, keeping every offset. */
class LongWordsTest {

    @Test
    void aRunBeyondTheLimitGetsASpaceAfterEachLimitOfCharacters() {
        String broken = LongWords.breakUp("ab " + "&".repeat(13), 5);
        assertEquals("ab &&&&& &&&&& &", broken);
    }

    @Test
    void aSurrogatePairBecomesTwoSpacesSoTheLengthStays() {
        String emoji = "\uD83D\uDE00";
        String broken = LongWords.breakUp(emoji.repeat(4), 3);
        assertEquals(emoji.repeat(3) + "  ", broken);
    }

    @Test
    void textWithinTheLimitIsLeftAlone() {
        String text = "The minister said the talks would resume.\n\nhttps://example.org/a/b";
        assertSame(text, LongWords.breakUp(text, 30));
    }
}
