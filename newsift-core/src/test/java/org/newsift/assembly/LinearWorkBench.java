package org.newsift.assembly;

import org.newsift.model.Article;
import org.newsift.nlp.NlpAnnotator;
import org.newsift.nlp.NlpResult;
import org.newsift.testing.ParsedSentences;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the stages after the parser do work in proportion to the article (issue 14): 20,000 short sentences took
 * minutes where 5,000 took seconds, because each sentence, mention or quote looked through all the others. Prints
 * how much longer 8,000 sentences take than 2,000 (median CPU time of this thread over five runs, after a warm-up)
 * and exits with 1 at 8 or more, where the square would be 16: before the fix the ratio was about 11 to 16, after
 * it about 3. A benchmark, not a test, because a loaded machine moves the ratio (a CI run once measured 9.8 with
 * wall-clock time). Run as docs/performance.md says ("Long texts"). Sentences hand-parsed and written for the
 * newsift project.
 */
public final class LinearWorkBench {
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

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, NlpResult> parsed = new HashMap<>();

    public static void main(String[] args) throws IOException {
        double ratio = new LinearWorkBench().ratio();
        System.out.printf(Locale.ROOT, "8,000 sentences took %.2f times as long as 2,000 (linear: 4, square: 16)%n", ratio);
        if (ratio >= 8) {
            System.exit(1);
        }
    }

    private double ratio() throws IOException {
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
        return (double) medianCpuTime(pipeline, large) / medianCpuTime(pipeline, small);
    }

    private Article article(int sentences) {
        ParsedSentences p = new ParsedSentences();
        for (int i = 0; i < sentences; i++) {
            p.add(TEMPLATES[i % TEMPLATES.length]);
        }
        parsed.put(p.text(), p.result());
        return new Article("n" + sentences, "Talks", null, "2025-10-28", p.text());
    }

    /** CPU time of this thread, so that other processes on a loaded machine do not count. */
    private static long medianCpuTime(Pipeline pipeline, Article article) {
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            pipeline.analyze(article);
            times[i] = THREADS.getCurrentThreadCpuTime() - t0;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
