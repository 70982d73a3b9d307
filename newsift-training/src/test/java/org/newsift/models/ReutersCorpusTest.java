package org.newsift.models;


import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReutersCorpusTest {
    // Fixture written for newsift (fictional stories in the Reuters-21578 SGML layout, not corpus text).
    private static final String SGML = """
            <!DOCTYPE lewis SYSTEM "lewis.dtd">
            <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="7">
            <DATE> 3-MAR-1987 09:15:00.00</DATE>
            <TOPICS><D>grain</D><D>trade</D></TOPICS>
            <PLACES><D>west-germany</D><D>usa</D></PLACES>
            <PEOPLE></PEOPLE>
            <UNKNOWN>&#5;&#5;&#5;X</UNKNOWN>
            <TEXT>&#2;
            <TITLE>NEWSIFT TEST &lt;WIDGET&gt; MAKER SAYS SALES ROSE</TITLE>
            <DATELINE>    BONN, March 3 - </DATELINE><BODY>Widget maker A&amp;B said sales rose
            by 5 pct, a spokesman said.
             Reuter
            &#3;</BODY></TEXT>
            </REUTERS>
            <REUTERS TOPICS="NO" NEWID="8">
            <DATE>bad date</DATE>
            <TOPICS></TOPICS>
            <PLACES></PLACES>
            <TEXT TYPE="BRIEF">&#2;
            <TITLE>NEWSIFT TEST BRIEF</TITLE>
            &#3;</TEXT>
            </REUTERS>
            """;

    @Test
    void parsesStories() {
        List<ReutersCorpus.Story> stories = ReutersCorpus.parse(SGML);
        assertEquals(2, stories.size());
        ReutersCorpus.Story s = stories.get(0);
        assertEquals(7, s.id());
        assertEquals(LocalDate.of(1987, 3, 3), s.date());
        assertEquals(List.of("west-germany", "usa"), s.places());
        assertEquals(List.of("grain", "trade"), s.topics());
        assertEquals("NEWSIFT TEST <WIDGET> MAKER SAYS SALES ROSE", s.title());
        assertEquals("BONN, March 3 -", s.dateline());
        assertEquals("Widget maker A&B said sales rose\nby 5 pct, a spokesman said.", s.body());
        assertTrue(s.hasBody());
        assertEquals("NEWSIFT TEST <WIDGET> MAKER SAYS SALES ROSE\n\nBONN, March 3 - Widget maker A&B said sales rose\n"
                + "by 5 pct, a spokesman said.", s.articleText());
    }

    @Test
    void storyWithoutBody() {
        ReutersCorpus.Story s = ReutersCorpus.parse(SGML).get(1);
        assertEquals(8, s.id());
        assertNull(s.date());
        assertNull(s.body());
        assertFalse(s.hasBody());
        assertTrue(s.places().isEmpty());
        assertEquals("NEWSIFT TEST BRIEF", s.title());
    }

    @Test
    void unescapesAndDropsControlCharacters() {
        assertEquals("a<b>&c", ReutersCorpus.unescape("a&lt;b&gt;&amp;c&#3;&#31;"));
    }
}
