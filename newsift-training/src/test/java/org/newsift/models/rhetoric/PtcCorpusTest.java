package org.newsift.models.rhetoric;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PtcCorpusTest {

    @Test
    void linesAreCodePointRangesWithoutBlankOnes() {
        // written for the newsift project; the emoji is one code point but two UTF-16 chars
        String text = "Title \uD83D\uDE00\n\nFirst line.\n  \nSecond.\n";
        List<PtcCorpus.Line> lines = PtcCorpus.lines(text);
        assertEquals(List.of(new PtcCorpus.Line(0, 7), new PtcCorpus.Line(9, 20), new PtcCorpus.Line(24, 31)), lines);
    }

    @Test
    void splitIsStableAndRoughlyOneFifthDev() {
        assertEquals(PtcCorpus.bucket("111111111"), PtcCorpus.bucket("111111111"));
        int dev = 0;
        for (int i = 0; i < 1000; i++) {
            int b = PtcCorpus.bucket(String.valueOf(700000000 + i));
            assertTrue(b >= 0 && b < 100);
            dev += PtcCorpus.isDev(String.valueOf(700000000 + i)) ? 1 : 0;
        }
        assertTrue(dev > 150 && dev < 250, "dev share " + dev + "/1000");
    }
}
