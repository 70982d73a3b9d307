package org.newsift.models.finetune;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.encoding.SentenceReading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.newsift.models.finetune.FineTunedClassifier.ONNX;

/**
 * The smoke test of the fine-tuning path (CI runs it; full training is `newsift train ...`): a few sentences
 * written for this test, one epoch, then the exported model is served, calibrated and rebuilt identically.
 */
class FineTunerTest {
    private static final FineTuner.Settings TINY = new FineTuner.Settings(2, 8, 1e-4, 7, 32, 2);

    private static List<FineTuner.Example> examples() {
        String[] places = {"Arnor", "Gondor", "Rohan", "Mordor", "Harad", "Rhun"};
        List<FineTuner.Example> out = new ArrayList<>();
        for (int i = 0; i < places.length; i++) {
            String a = places[i];
            String b = places[(i + 1) % places.length];
            out.add(new FineTuner.Example(a + " troops shelled villages in " + b + ".", "force", 1));
            out.add(new FineTuner.Example(a + " shot back at critics of its budget.", "force", 0));
            out.add(new FineTuner.Example("Artillery of " + a + " hit a border post of " + b + ".", "force", 1));
            out.add(new FineTuner.Example(a + " struck a deal with " + b + " on fishing rights.", "force", 0));
        }
        return out;
    }

    @Test
    void trainsServesAndRebuildsIdentically(@TempDir Path dir) throws Exception {
        assumeTrue(FineTuner.available(), "python3-torch and python3-onnx are not installed: fine-tuning smoke test skipped");
        List<FineTuner.Example> data = examples();
        ModelCard card = new FineTuner(TINY).train("smoke", List.of("no", "yes"), data, data, 0.8, dir.resolve("a"));
        new FineTuner(TINY).train("smoke", List.of("no", "yes"), data, data, 0.8, dir.resolve("b"));

        assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(ONNX)),
                Files.readAllBytes(dir.resolve("b").resolve(ONNX)), "same data and seed, same weights");
        assertEquals(Files.readString(dir.resolve("a").resolve(ModelCard.FILE)),
                Files.readString(dir.resolve("b").resolve(ModelCard.FILE)));
        assertTrue(Files.size(dir.resolve("a").resolve(ONNX)) < 30_000_000, "weights are stored as int8");

        FineTunedClassifier served = FineTunedClassifier.fromDirectory(dir.resolve("a"));
        assertEquals(card, served.card());
        double[] p = served.probabilities(data.stream().map(FineTuner.Example::input).toList());
        assertEquals(data.size(), p.length);
        for (double v : p) {
            assertTrue(v > 0 && v < 1, "a calibrated probability: " + v);
        }
    }

    /** Sentences written for this test; the loaded word in each is marked inside. */
    private static List<FineTuner.TokenExample> tokenExamples() {
        String[] words = {"disgraceful", "shameful", "appalling", "despicable"};
        List<FineTuner.TokenExample> out = new ArrayList<>();
        for (String w : words) {
            String s = "The council's " + w + " vote on the harbour levy passed on Tuesday.";
            int at = s.indexOf(w);
            out.add(new FineTuner.TokenExample(s, List.of(new int[]{at, at + w.length()})));
            out.add(new FineTuner.TokenExample("The council voted on the harbour levy on Tuesday.", List.of()));
        }
        return out;
    }

    @Test
    void tokenHeadTrainsIdenticallyAndScoresEveryWordpiece(@TempDir Path dir) throws Exception {
        assumeTrue(FineTuner.available(), "python3-torch and python3-onnx are not installed: fine-tuning smoke test skipped");
        List<FineTuner.TokenExample> data = tokenExamples();
        ModelCard card = new FineTuner(TINY).trainTokens("smoke-tokens", data, dir.resolve("a"));
        new FineTuner(TINY).trainTokens("smoke-tokens", data, dir.resolve("b"));
        assertEquals(List.of("outside", "inside"), card.labels());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(ONNX)),
                Files.readAllBytes(dir.resolve("b").resolve(ONNX)), "same data and seed, same weights");

        FineTunedClassifier served = FineTunedClassifier.fromDirectory(dir.resolve("a"));
        String text = data.get(0).text();
        FineTunedClassifier.TokenScores t = FineTunedClassifier.TokenScores.of(served.read(List.of(text)).get(0), "logits");
        assertTrue(t.size() >= 12, "one score per wordpiece, without [CLS] and [SEP]: " + t.size());
        assertEquals(0, t.starts()[0], "offsets point into the text");
        assertEquals(text.length(), t.ends()[t.size() - 1]);
        for (double[] p : t.probabilities()) {
            assertEquals(1.0, p[0] + p[1], 1e-6);
        }
    }

    @Test
    void headsTrainedTogetherRebuildIdenticallyAndAreReadInOnePass(@TempDir Path dir) throws Exception {
        assumeTrue(FineTuner.available(), "python3-torch and python3-onnx are not installed: fine-tuning smoke test skipped");
        List<FineTuner.Head> heads = List.of(FineTuner.Head.tokens("spans", tokenExamples(), 1),
                FineTuner.Head.sequence("force", List.of("no", "yes"), examples(), 2, true));
        ModelCard card = new FineTuner(TINY).trainHeads("smoke-heads", heads, dir.resolve("a"));
        new FineTuner(TINY).trainHeads("smoke-heads", heads, dir.resolve("b"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(ONNX)),
                Files.readAllBytes(dir.resolve("b").resolve(ONNX)), "same data and seed, same weights");
        assertEquals(Map.of("examples", 8, "epochs", 1), card.training().get("spans"));

        FineTunedClassifier served = FineTunedClassifier.fromDirectory(dir.resolve("a"));
        String text = tokenExamples().get(0).text();
        SentenceReading r = served.read(List.of(text, "Rohan troops shelled villages in Gondor.")).get(0);
        assertEquals(Set.of("spans"), r.wordpieces().keySet());
        assertEquals(Set.of("force"), r.sentence().keySet());
        assertEquals(2, r.sentence().get("force").length);
        assertEquals(r.starts().length, r.wordpieces().get("spans").length);
        assertEquals(text.length(), r.ends()[r.ends().length - 1], "offsets point into the text");
    }

    @Test
    void aModelOfHeadsNeedsTwo() {
        assertThrows(IllegalArgumentException.class, () -> new FineTuner(TINY).trainHeads("one", List.of(
                FineTuner.Head.tokens("spans", tokenExamples(), 1)), Path.of("unused")));
    }
}
