package org.newsift.attribution;

import org.junit.jupiter.api.Test;
import org.newsift.attribution.QuoteMarks.Stretch;
import org.newsift.text.CodePoints;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Quotation-mark pairing on texts written for the newsift project. */
class QuoteMarksTest {

    private static List<String> quoted(String text) {
        return QuoteMarks.find(text).stream().map(q -> CodePoints.substring(text, q.start(), q.end())).toList();
    }

    @Test
    void straightAndCurlyMarksPairWithoutTheirCommas() {
        assertEquals(List.of("We will talk", "Not now"),
                quoted("\"We will talk,\" she said. \u201cNot now,\u201d he replied."));
    }

    @Test
    void twoApostrophesPairLikeADoubleMark() {
        assertEquals(List.of("We will talk", "the only road left."),
                quoted("''We will talk,'' she said, ''the only road left.'' It isn't over."));
    }

    @Test
    void aStrayStraightMarkDoesNotPutTheNextQuotationOutOfStep() {
        assertEquals(List.of("I am proud of you"),
                quoted("The 12\" pipe burst. \"I am proud of you,\" the mayor told the crew."));
    }

    @Test
    void nestedSingleQuotesStayInsideTheDoubleQuote() {
        assertEquals(List.of("They told us \u2018go home\u2019 and we did"),
                quoted("\u201cThey told us \u2018go home\u2019 and we did,\u201d a farmer said."));
    }

    @Test
    void aQuoteSpansSentences() {
        assertEquals(List.of("The talks failed. We will try again"),
                quoted("\u201cThe talks failed. We will try again,\u201d the minister said."));
    }

    @Test
    void aQuoteRunningOverParagraphsGivesOneStretchPerParagraph() {
        String text = "\u201cWe came to talk.\n\n\u201cWe will come back,\u201d she said.";
        assertEquals(List.of("We came to talk.", "We will come back"), quoted(text));
    }

    @Test
    void anUnclosedMarkIsDroppedAtTheParagraphEnd() {
        String text = "He said \u201cwe will win.\n\nThe vote is on Sunday. \u201cIt is close,\u201d she said.";
        assertEquals(List.of("It is close"), quoted(text));
    }

    @Test
    void apostrophesOpenNoQuote() {
        assertEquals(List.of(), quoted("The minister\u2019s plan and the rebels\u2019 demands don\u2019t meet."));
    }

    @Test
    void topLevelCurlySingleQuotesPair() {
        assertEquals(List.of("We are ready"), quoted("\u2018We are ready,\u2019 the envoy said."));
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "\uD83E\uDD1D \u201cDeal done,\u201d he said.";
        Stretch q = QuoteMarks.find(text).get(0);
        assertEquals(3, q.start());
        assertEquals("Deal done", CodePoints.substring(text, q.start(), q.end()));
    }
}
