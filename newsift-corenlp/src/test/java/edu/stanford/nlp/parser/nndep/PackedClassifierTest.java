// newsift: GPL-3.0-or-later
package edu.stanford.nlp.parser.nndep;

import org.junit.jupiter.api.Test;
import org.newsift.corenlp.BasicDependencyParseAnnotator;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The packed classifier scores transitions as CoreNLP's own does, up to float rounding, and newsift's parser uses it. */
class PackedClassifierTest {
    @Test
    void scoresAreCoreNlpsUpToFloatRounding() throws Exception {
        DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        Classifier original = classifier(parser);
        @SuppressWarnings("unchecked")
        List<Integer> precomputed = (List<Integer>) field("preComputed").get(parser);
        PackedClassifier.install(parser, 20_000);
        Classifier packed = classifier(parser);
        assertInstanceOf(PackedClassifier.class, packed);
        PackedClassifier.install(parser, 20_000);
        assertSame(packed, classifier(parser), "installing twice keeps the first");

        int positions = Config.numTokens;
        int tokens = original.getE().length;
        Random random = new Random(16);
        for (int trial = 0; trial < 200; trial++) {
            // half the features among those both classifiers precompute, half anywhere else
            int[] feature = new int[positions];
            for (int p = 0; p < positions; p++) {
                feature[p] = random.nextInt(tokens);
            }
            for (int k = 0; k < positions / 2; k++) {
                int f = precomputed.get(random.nextInt(20_000));
                feature[f % positions] = f / positions;
            }
            double[] expected = original.computeScores(feature);
            double[] actual = packed.computeScores(feature);
            double scale = 0;
            for (double e : expected) {
                scale = Math.max(scale, Math.abs(e));
            }
            for (int label = 0; label < expected.length; label++) {
                assertEquals(expected[label], actual[label], 1e-4 * scale, "trial " + trial + ", label " + label);
            }
        }
    }

    @Test
    void newsiftsParserScoresWithIt() throws Exception {
        BasicDependencyParseAnnotator annotator = new BasicDependencyParseAnnotator(BasicDependencyParseAnnotator.NAME, new Properties());
        Field parser = BasicDependencyParseAnnotator.class.getDeclaredField("parser");
        parser.setAccessible(true);
        assertInstanceOf(PackedClassifier.class, classifier((DependencyParser) parser.get(annotator)));
    }

    private static Classifier classifier(DependencyParser parser) throws ReflectiveOperationException {
        return (Classifier) field("classifier").get(parser);
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = DependencyParser.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
