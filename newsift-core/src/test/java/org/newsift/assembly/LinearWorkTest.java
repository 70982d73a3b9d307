package org.newsift.assembly;

import org.junit.jupiter.api.Test;
import org.newsift.lang.LanguageIdentifier;
import org.newsift.model.Article;
import org.newsift.nlp.NlpAnnotator;
import org.newsift.nlp.NlpResult;
import org.newsift.testing.ParsedSentences;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stages after the parser do work in proportion to the article (issue 14): 20,000 short sentences took
 * minutes where 5,000 took seconds, because each sentence, mention or quote looked through all the others. The
 * bound is generous (four times the sentences, at most eight times the time, where the square would be sixteen;
 * fastest of three runs after a warm-up), so only work that grows with the square of the length trips it: before
 * the fix, 8,000 sentences took about 11 to 16 times as long as 2,000, after it about 3 times. Sentences hand-parsed and
 * written for this test.
 */
class LinearWorkTest {
    private static final String[][] TEMPLATES = {
        {"John|NNP|2|compound|PERSON|John", "Marlow|NNP|3|nsubj|PERSON|Marlow", "said|VBD|0|root|O|say",
            "Pakistan|NNP|5|nsubj|LOCATION|Pakistan", "attacked|VBD|3|ccomp|O|attack", "India|NNP|5|obj|LOCATION|India",
            ".|.|3|punct|O|."},
        {"He|PRP|2|nsubj|O|he", "warned|VBD|0|root|O|warn", "that|IN|6|mark|O|that", "India|NNP|6|nsubj|LOCATION|India",
            "would|MD|6|aux|O|would", "respond|VB|2|ccomp|O|respond", ".|.|2|punct|O|."},
        {"\u201c|``|5|punct|O|\u201c", "We|PRP|5|nsubj|O|we", "will|MD|5|aux|O|will", "not|RB|5|advmod|O|not",
            "give|VB|11|ccomp|O|give", "up|RP|5|compound:prt|O|up", ",|,|5|punct|O|,", "\u201d|''|5|punct|O|\u201d",
            "the|DT|10|det|O|the", "minister|NN|11|nsubj|O|minister", "said|VBD|0|root|O|say", ".|.|11|punct|O|."},
        {"Pakistan|NNP|4|nsubj|LOCATION|Pakistan", "and|CC|3|cc|O|and", "India|NNP|1|conj|LOCATION|India",
            "respected|VBD|0|root|O|respect", "last|JJ|6|amod|O|last", "week|NN|8|nmod:poss|O|week", "'s|POS|6|case|O|'s",
            "truce|NN|4|obj|O|truce", ".|.|4|punct|O|."},
        {"This|DT|2|nsubj|O|this", "is|VBZ|0|root|O|be", "clearly|RB|4|advmod|O|clearly", "shameful|JJ|2|xcomp|O|shameful",
            ".|.|2|punct|O|."},
    };

    private final Map<String, NlpResult> parsed = new HashMap<>();

    @Test
    void fourTimesTheSentencesTakeAtMostTwiceFourTimesTheTime() throws IOException {
        NlpAnnotator handParsed = new NlpAnnotator() {
            @Override
            public NlpResult annotate(String text) {
                return parsed.get(text);
            }

            @Override
            public String name() {
                return "hand-parsed";
            }
        };
        Pipeline pipeline = Pipelines.standard(handParsed, NewsiftConfig.defaults());
        Article warmUp = article(1_000);
        Article small = article(2_000);
        Article large = article(8_000);
        for (int i = 0; i < 3; i++) {
            pipeline.analyze(warmUp);
        }
        double ratio = (double) fastest(pipeline, large) / fastest(pipeline, small);
        assertTrue(ratio < 8, "8,000 sentences took " + ratio + " times as long as 2,000");
    }

    private Article article(int sentences) {
        ParsedSentences p = new ParsedSentences();
        for (int i = 0; i < sentences; i++) {
            p.add(TEMPLATES[i % TEMPLATES.length]);
        }
        parsed.put(p.text(), p.result());
        return new Article("n" + sentences, "Talks", null, "2025-10-28", p.text());
    }

    private static long fastest(Pipeline pipeline, Article article) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            pipeline.analyze(article);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }
}
