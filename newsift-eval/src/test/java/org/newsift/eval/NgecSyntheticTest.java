package org.newsift.eval;

import org.newsift.models.NgecSynthetic;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NgecSyntheticTest {
    // Fixture written for newsift, in the layout of NGEC's synthetic-story CSV.
    private static final String CSV = """
            disclaimer,text,title,source,prompt,label,mode
            ### SYNTHETIC ###,"Zorvian nurses walked out on Monday.

            The union said the ""final offer"" was too low, and the strike, it said, would go on.",Nurses Strike in {country_1},Wire,"Nurses Strike in Zorvia

            (Wire) --",PROTEST,STRIKE
            ### SYNTHETIC ###,Qalandia and Zorvia signed a water treaty.,Treaty Signed,Wire,"Treaty Signed

            (Wire) --",AGREE,
            """;

    @Test
    void readsQuotedMultiLineFields() throws IOException {
        List<NgecSynthetic.Story> s = NgecSynthetic.read(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, s.size());
        assertEquals(0, s.get(0).index());
        assertEquals("Nurses Strike in Zorvia", s.get(0).title());
        assertTrue(s.get(0).text().startsWith("Zorvian nurses walked out on Monday.\n\nThe union said the \"final offer\""));
        assertTrue(s.get(0).text().endsWith("would go on."));
        assertEquals("PROTEST", s.get(0).label());
        assertEquals("STRIKE", s.get(0).mode());
        assertEquals(1, s.get(1).index());
        assertEquals("Treaty Signed", s.get(1).title());
        assertEquals("AGREE", s.get(1).label());
        assertEquals("", s.get(1).mode());
    }

    @Test
    void readsTheCsvInsideAZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("stories.csv"));
            z.write(CSV.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path zip = Files.createTempFile("ngec", ".csv.zip");
        try {
            Files.write(zip, bytes.toByteArray());
            assertEquals(2, NgecSynthetic.readZip(zip).size());
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    @Test
    void splitIsStableAndAboutEightyTwenty() {
        assertEquals(NgecSynthetic.bucket("Qalandia and Zorvia signed a water treaty."),
                NgecSynthetic.bucket("Qalandia and Zorvia signed a water treaty."));
        List<String> texts = IntStream.range(0, 5000).mapToObj(i -> "Story number " + i + " about Zorvia.").toList();
        long dev = texts.stream().filter(NgecSynthetic::isDev).count();
        assertTrue(dev > 900 && dev < 1100, "dev share " + dev + "/5000");
        for (String t : texts) {
            int b = NgecSynthetic.bucket(t);
            assertTrue(b >= 0 && b < 100);
            assertEquals(b < 20, NgecSynthetic.isDev(t));
        }
    }

    @Test
    void splitValuesArePinned() {
        // sha256("a") = ca978112..., 0xca978112 % 100 = 10 -> dev; sha256("b") = 3e23e816..., % 100 = 66 -> train
        assertEquals(10, NgecSynthetic.bucket("a"));
        assertTrue(NgecSynthetic.isDev("a"));
        assertEquals(66, NgecSynthetic.bucket("b"));
        assertFalse(NgecSynthetic.isDev("b"));
    }

    @Test
    void ciSliceIsTheDevStoriesOfTheFirstBucketsInFileOrder() {
        List<NgecSynthetic.Story> all = IntStream.range(0, 3000)
                .mapToObj(i -> new NgecSynthetic.Story(i, "t", "Story number " + i + " about Zorvia.", "AGREE", ""))
                .toList();
        List<NgecSynthetic.Story> ci = NgecSynthEvents.evaluated(all, false);
        List<NgecSynthetic.Story> full = NgecSynthEvents.evaluated(all, true);
        assertTrue(ci.size() > 120 && ci.size() < 240, "CI slice " + ci.size() + "/3000");
        assertTrue(full.containsAll(ci));
        assertTrue(full.stream().allMatch(s -> NgecSynthetic.isDev(s.text())));
        assertTrue(ci.stream().allMatch(s -> NgecSynthetic.bucket(s.text()) < NgecSynthEvents.CI_BUCKETS));
        for (int i = 1; i < full.size(); i++) {
            assertTrue(full.get(i - 1).index() < full.get(i).index());
        }
    }
}
