package org.newsift.eval;

import org.junit.jupiter.api.Test;
import org.newsift.model.SentenceInfo;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Texts written for this test. */
class PolnearStoriesTest {

    @Test
    void aPairIsJoinedWhenBothArticlesAreInOneStory() {
        List<PolnearStories.Pair> pairs = List.of(
                new PolnearStories.Pair("a", "b", true, "top"),
                new PolnearStories.Pair("a", "c", false, "top"),
                new PolnearStories.Pair("d", "e", true, "random"),
                new PolnearStories.Pair("c", "e", false, "random"));
        Map<String, String> storyOf = Map.of("a", "s1", "b", "s1", "c", "s1", "d", "s2", "e", "s3");
        assertArrayEquals(new double[] {0.5, 0.5}, PolnearStories.score(pairs, storyOf, null), 1e-9,
                "a-b right, a-c wrongly joined, d-e missed");
        assertArrayEquals(new double[] {0.5, 1.0}, PolnearStories.score(pairs, storyOf, "top"), 1e-9);
        assertArrayEquals(new double[] {1.0, 0.0}, PolnearStories.score(pairs, storyOf, "random"), 1e-9,
                "nothing joined: precision 1 by convention");
    }

    @Test
    void theTitleLineIsASentenceAndOffsetsAreCodePoints() {
        String text = "Voters queue in Zürich 🗳\n\nTurnout rose. Polls close at noon.\nCounting starts then.";
        List<SentenceInfo> s = PolnearStories.sentences(text);
        assertEquals(4, s.size(), "the title, then three sentences: " + s);
        assertEquals(new SentenceInfo(0, 24, null), s.get(0), "the title, its emoji one code point");
        assertEquals(26, s.get(1).start());
        assertEquals("Turnout rose. ", text.substring(text.offsetByCodePoints(0, s.get(1).start()),
                text.offsetByCodePoints(0, s.get(1).end())));
    }
}
