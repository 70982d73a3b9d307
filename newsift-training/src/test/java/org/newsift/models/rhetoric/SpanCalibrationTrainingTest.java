package org.newsift.models.rhetoric;

import org.junit.jupiter.api.Test;
import org.newsift.models.finetune.Calibration;
import org.newsift.models.finetune.FineTunedClassifier;
import org.newsift.models.finetune.ModelCard;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The span calibration fits spans of one word apart from longer ones, on lines written for this test: a tagger that
 * marks the words in capitals with the same confidence, whose one-word spans are right 2 times in 10 and whose
 * two-word spans 8 times in 10.
 */
class SpanCalibrationTrainingTest {
    /** Inside-probability of a word in capitals, the same for every span, so only the kind of span tells them apart. */
    private static final double MARKED = 0.9;

    @Test
    void oneWordSpansGetTheirOwnCalibration() {
        List<String> lines = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add("The council said the plan was AWFUL on day " + i + ".");
            right.add(i < 2);
            lines.add("The council said the plan was TRULY AWFUL on day " + i + ".");
            right.add(i < 8);
        }
        PtcCorpus.Article article = article(lines, right);
        ModelCard card = new ModelCard("spans", "base", "tokenizer", 128, List.of("outside", "inside"),
                Calibration.IDENTITY, 0.5, Map.of(), Map.of(), null, null);
        ModelCard calibrated = RhetoricTrainer.calibrateSpans(card, SpanCalibrationTrainingTest::capitalsInside,
                List.of(article), new PrintStream(OutputStream.nullOutputStream()));

        assertNotNull(calibrated.oneWordCalibration());
        double margin = Math.log(MARKED / (1 - MARKED));
        double oneWord = calibrated.oneWordCalibration().probability(margin);
        double longer = calibrated.calibration().probability(margin);
        assertTrue(oneWord < 0.35, "one-word spans right 2 in 10, scored " + oneWord);
        assertTrue(longer > 0.65, "two-word spans right 8 in 10, scored " + longer);
    }

    /** One article of {@code lines}, one per line; each line's capitals are a gold span where {@code right} says so. */
    private static PtcCorpus.Article article(List<String> lines, List<Boolean> right) {
        StringBuilder text = new StringBuilder();
        List<PtcCorpus.Line> ranges = new ArrayList<>();
        List<PtcCorpus.Span> gold = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int start = text.length();
            if (right.get(i)) {
                int[] marked = capitals(line);
                gold.add(new PtcCorpus.Span(start + marked[0], start + marked[1], "Loaded_Language"));
            }
            text.append(line);
            ranges.add(new PtcCorpus.Line(start, text.length()));
            text.append('\n');
        }
        return new PtcCorpus.Article("test", text.toString(), gold, ranges);
    }

    /** [start, end) of the run of words in capitals in {@code line}. */
    private static int[] capitals(String line) {
        int start = -1;
        int end = -1;
        for (String word : line.split(" ")) {
            int at = line.indexOf(word, Math.max(end, 0));
            if (word.length() > 1 && word.equals(word.toUpperCase()) && Character.isLetter(word.charAt(0))) {
                start = start < 0 ? at : start;
                end = at + word.length();
            }
        }
        return new int[]{start, end};
    }

    /** A tagger whose wordpieces are the lines' words, inside with {@link #MARKED} when in capitals. */
    private static List<FineTunedClassifier.TokenScores> capitalsInside(List<String> texts) {
        List<FineTunedClassifier.TokenScores> out = new ArrayList<>();
        for (String text : texts) {
            String[] words = text.split(" ");
            int[] starts = new int[words.length];
            int[] ends = new int[words.length];
            double[][] p = new double[words.length][];
            int at = 0;
            for (int i = 0; i < words.length; i++) {
                starts[i] = text.indexOf(words[i], at);
                ends[i] = starts[i] + words[i].length();
                at = ends[i];
                double inside = words[i].length() > 1 && words[i].equals(words[i].toUpperCase())
                        && Character.isLetter(words[i].charAt(0)) ? MARKED : 0.01;
                p[i] = new double[]{1 - inside, inside};
            }
            out.add(new FineTunedClassifier.TokenScores(starts, ends, p));
        }
        return out;
    }
}
