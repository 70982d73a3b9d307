package org.newsift.models.rhetoric;

import org.junit.jupiter.api.Test;
import org.newsift.nlp.NlpAnnotator;
import org.newsift.nlp.NlpResult;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.rhetoric.RhetoricCues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The cue priors are each entry's share of right spans, shrunk towards its technique's, on an article written for
 * this test: "awful" is in a gold span 8 times in 10, "dreadful" 2 times in 10, and "supposedly" never occurs.
 */
class CuePriorTrainerTest {
    private static final List<String> LEXICON = List.of(
            "# a lexicon written for this test",
            "LOADED\tawful\tcue\t0.5\tis loaded",
            "LOADED\tdreadful\tcue\t0.5\tis loaded",
            "DOUBT\tsupposedly\tcue\t0.35\tcasts doubt");

    @Test
    void anEntrysPriorIsItsWrittenPriorUpdatedWithItsSpans() {
        // the written prior 0.5 weighs as 5 spans: (8 + 2.5) / 15 and (2 + 2.5) / 15
        assertEquals(Map.of("test.tsv:2", 0.70, "test.tsv:3", 0.30), byLine(CuePriorTrainer.priors(count())));
    }

    @Test
    void theCalibratedLexiconReplacesOnlyThePriorsOfTheEntriesItHas() {
        List<String> calibrated = CuePriorTrainer.calibratedLexicon(LEXICON, count(), "Counted on one test article");
        assertEquals(List.of(
                "# test.tsv:2: 8 of 10 spans right, written prior 0.5",
                "LOADED\tawful\tcue\t0.70\tis loaded",
                "# test.tsv:3: 2 of 10 spans right, written prior 0.5",
                "LOADED\tdreadful\tcue\t0.30\tis loaded"), calibrated.subList(3, calibrated.size()));
        RhetoricCues read = RhetoricCues.builder().addLines(LEXICON, "test.tsv").addLines(calibrated, "calibrated.tsv").build();
        assertEquals(List.of("test.tsv:2 0.7", "test.tsv:3 0.3", "test.tsv:4 0.35"),
                read.entries().stream().map(e -> e.where() + " " + e.prior()).toList(),
                "the calibrated priors replace the written ones; each entry keeps its place and the line that describes it");
    }

    @Test
    void anEntryTheArticlesNeverMatchKeepsItsWrittenPrior() {
        assertFalse(byLine(CuePriorTrainer.priors(count())).containsKey("test.tsv:4"));
    }

    private static List<CuePriorTrainer.Count> count() {
        RhetoricCues cues = RhetoricCues.builder().addLines(LEXICON, "test.tsv").build();
        return CuePriorTrainer.count(cues, List.of(article()), ANNOTATOR);
    }

    /** The priors by the lexicon line of their entry. */
    private static Map<String, Double> byLine(Map<RhetoricCues.Entry, Double> priors) {
        Map<String, Double> out = new HashMap<>();
        priors.forEach((e, p) -> out.put(e.where(), p));
        return out;
    }

    /** Twenty lines; the loaded word of the first 8 "awful" lines and of the first 2 "dreadful" lines is gold. */
    private static PtcCorpus.Article article() {
        StringBuilder text = new StringBuilder();
        List<PtcCorpus.Line> lines = new ArrayList<>();
        List<PtcCorpus.Span> gold = new ArrayList<>();
        for (String word : List.of("awful", "dreadful")) {
            for (int i = 0; i < 10; i++) {
                int start = text.length();
                text.append("The plan was ").append(word).append(" on day ").append(i).append('.');
                if (i < (word.equals("awful") ? 8 : 2)) {
                    int at = text.indexOf(word, start);
                    gold.add(new PtcCorpus.Span(at, at + word.length(), "Loaded_Language"));
                }
                lines.add(new PtcCorpus.Line(start, text.length()));
                text.append('\n');
            }
        }
        return new PtcCorpus.Article("1", text.toString(), gold, lines);
    }

    /** One sentence a line, a token a word or mark, the word's lower case as its lemma (ASCII text: offsets are chars). */
    private static final NlpAnnotator ANNOTATOR = new NlpAnnotator() {
        private final Pattern token = Pattern.compile("\\w+|[^\\w\\s]");

        @Override
        public NlpResult annotate(String text) {
            List<Sentence> sentences = new ArrayList<>();
            int start = 0;
            for (String line : text.split("\n")) {
                List<Token> tokens = new ArrayList<>();
                Matcher m = token.matcher(line);
                while (m.find()) {
                    tokens.add(new Token(tokens.size(), start + m.start(), start + m.end(), m.group(), "NN",
                            m.group().toLowerCase(Locale.ROOT), "O", 0, "dep"));
                }
                sentences.add(new Sentence(sentences.size(), start, start + line.length(), tokens));
                start += line.length() + 1;
            }
            return new NlpResult(sentences, List.of());
        }

        @Override
        public String name() {
            return "test";
        }
    };
}
