package org.newsift.models.rhetoric;

import org.junit.jupiter.api.Test;
import org.newsift.encoding.SentenceEncoding;
import org.newsift.model.Rhetoric;
import org.newsift.models.SoftmaxRegression;
import org.newsift.rhetoric.Technique;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Texts written for the newsift project. */
class RhetoricModelTest {
    private static final String TEXT = "They are reckless fools, experts say.";

    /** Wordpieces: They, are, reck, ##less, fools, ",", experts, say, "." */
    private static SentenceEncoding encoding() {
        int[] starts = {0, 5, 9, 13, 18, 23, 25, 33, 36};
        int[] ends = {4, 8, 13, 17, 23, 24, 32, 36, 37};
        float[][] states = new float[starts.length][2];
        return new SentenceEncoding(new float[2], states, starts, ends);
    }

    @Test
    void insideWordpiecesBecomeWordAlignedSpans() {
        double[] p = {0.1, 0.1, 0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.1};
        List<RhetoricModel.Found> found = RhetoricModel.decode(TEXT, encoding(), p, 0.6);
        assertEquals(1, found.size(), found.toString());
        assertEquals("reckless fools", TEXT.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(0.9, found.get(0).probability(), 1e-9);
        assertTrue(found.get(0).strongest().contains("fools"), found.get(0).strongest().toString());
    }

    @Test
    void aSingleLowWordpieceBetweenTwoInsideOnesJoinsThem() {
        double[] p = {0.1, 0.1, 0.95, 0.95, 0.95, 0.2, 0.95, 0.95, 0.95};
        List<RhetoricModel.Found> found = RhetoricModel.decode(TEXT, encoding(), p, 0.6);
        assertEquals(1, found.size(), found.toString());
        assertEquals("reckless fools, experts say.", TEXT.substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void weightsRoundTripThroughTheFileFormat() {
        List<String> techniques = Arrays.stream(Technique.values()).map(Technique::label).toList();
        double[][] span = {{0.5, -1, 0.25, 0.1, 0, 0, 0}, {-0.5, 1, -0.25, 0.2, 0, 0, 0.3}};
        double[][] technique = new double[techniques.size()][2 * 2 + SpanFeatures.EXTRAS + 1];
        technique[3][0] = 2;
        RhetoricModel m = new RhetoricModel("test-1", new SoftmaxRegression(span), new SoftmaxRegression(technique),
                techniques, 0.55, 0.12);
        String written = m.write(List.of("a comment"));
        RhetoricModel back = RhetoricModel.load(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "t");
        assertEquals("test-1", back.name());
        assertEquals(0.55, back.threshold());
        assertEquals(0.12 * 0.5 / (0.12 * 0.5 + 0.88 * 0.5), back.atBaseRate(0.5), 1e-12, "p=0.5 is the base rate");
        assertEquals(written, back.write(List.of("a comment")));
    }

    @Test
    void aModelSpanConfirmsACueOfItsTechniqueAndOthersAreAdded() {
        Rhetoric cue = new Rhetoric(9, 17, "reckless", "Loaded_Language", 0.55, "cue: 'reckless' is loaded");
        Rhetoric agreeing = new Rhetoric(9, 23, "reckless fools", "Loaded_Language", 0.8, "model x: ...");
        Rhetoric other = new Rhetoric(25, 36, "experts say", "Appeal_to_Authority", 0.7, "model x: ...");
        List<Rhetoric> out = RhetoricStage.combine(List.of(cue), List.of(agreeing, other));
        assertEquals(2, out.size(), out.toString());
        assertEquals("reckless", out.get(0).text());
        assertEquals(0.8, out.get(0).score());
        assertEquals("cue: 'reckless' is loaded; the model agrees (p=0.80)", out.get(0).explanation());
        assertEquals(other, out.get(1));
    }
}
