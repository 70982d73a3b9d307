package org.newsift.models;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventModelTrainerTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    /** A toy encoder: one feature per cue word, plus a constant; enough to make the toy problem separable. */
    private static final List<String> CUES = List.of("bomb", "shell", "march", "rally", "sign", "treaty", "profit", "sales");
    private static final MiniLmEventClassifier.Encoder TOY = text -> {
        float[] v = new float[CUES.size()];
        String t = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < CUES.size(); i++) {
            v[i] = t.contains(CUES.get(i)) ? 1 : 0;
        }
        return v;
    };

    private static List<EventModelTrainer.Example> toyData() {
        String[][] kinds = {
                {"ASSAULT", "Jets bomb the %s depot", "Artillery units shell %s"},
                {"PROTEST", "Crowds march in %s", "Students rally outside the %s ministry"},
                {"AGREE", "Leaders sign a pact in %s", "A treaty is agreed in %s"},
                {"NONE", "%s Corp quarterly profit rises", "%s Inc sales fall"}};
        String[] places = {"Avalon", "Brindle", "Corvo", "Dunmore", "Elst", "Farrow", "Gilt", "Harn", "Ister", "Jura"};
        List<EventModelTrainer.Example> out = new ArrayList<>();
        int n = 0;
        for (String[] k : kinds) {
            for (int i = 0; i < places.length; i++) {
                for (int j = 1; j < k.length; j++) {
                    // spread over fit (30-99), calibration (20-29) and dev (0-19) buckets
                    int bucket = new int[]{5, 25, 40, 55, 70, 85, 95, 35, 65, 15}[i];
                    out.add(new EventModelTrainer.Example(String.format(k[j], places[i]), k[0], bucket));
                    n++;
                }
            }
        }
        assertEquals(80, n);
        return out;
    }

    @Test
    void learnsASeparableToyProblem() {
        EventModelTrainer.Result r = EventModelTrainer.train(toyData(), TOY, SoftmaxRegression.Options.DEFAULT, QUIET);
        MiniLmEventClassifier m = r.model();
        assertEquals(List.of("AGREE", "PROTEST", "ASSAULT", "NONE"), m.labels());
        assertEquals("ASSAULT", m.best("Jets bomb a bridge").label());
        assertEquals("PROTEST", m.best("Farmers rally in the square").label());
        assertEquals("AGREE", m.best("They sign the accord").label());
        assertEquals("19", m.classify("Gunboats shell the harbour").cameo());
        assertNull(m.classify("Acme profit doubles"), "NONE is never coded");
        assertTrue(r.report().stream().anyMatch(l -> l.startsWith("dev (buckets 0-19) macro-F1 over the PLOVER types: argmax 1.000")),
                String.join("\n", r.report()));
    }

    @Test
    void theWeightsFileRoundTrips() {
        MiniLmEventClassifier m = EventModelTrainer.train(toyData(), TOY, SoftmaxRegression.Options.DEFAULT, QUIET).model();
        String file = m.write(List.of("toy"));
        MiniLmEventClassifier back = MiniLmEventClassifier.load(
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "toy", TOY);
        assertEquals(m.labels(), back.labels());
        assertEquals(m.threshold(), back.threshold(), 1e-4);
        double[] a = m.probabilities("Crowds march");
        double[] b = back.probabilities("Crowds march");
        for (int k = 0; k < a.length; k++) {
            assertEquals(a[k], b[k], 1e-4);
        }
    }

    @Test
    void trainingIsDeterministic() {
        SoftmaxRegression a = EventModelTrainer.train(toyData(), TOY, SoftmaxRegression.Options.DEFAULT, QUIET).model().head();
        SoftmaxRegression b = EventModelTrainer.train(toyData(), TOY, SoftmaxRegression.Options.DEFAULT, QUIET).model().head();
        for (int k = 0; k < a.classes(); k++) {
            assertArrayEquals(a.row(k), b.row(k));
        }
    }

    @Test
    void theLeadIsTheFirstSentence() {
        assertEquals("Rebels shelled the town on Monday.",
                EventModelTrainer.leadSentence("  Rebels shelled the town\non Monday. Officials said 12 died.  "));
        assertEquals("No full stop", EventModelTrainer.leadSentence("No full stop"));
    }
}
