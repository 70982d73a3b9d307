package org.newsift.models.rhetoric;

import org.newsift.model.Rhetoric;
import org.newsift.nlp.NlpAnnotator;
import org.newsift.rhetoric.CueTagger;
import org.newsift.rhetoric.RhetoricCues;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code newsift train cues}: calibrates the priors of the rhetoric cue lexicon (docs/models.md, cue-priors-1). A
 * cue's prior is its span's score, and the rhetoric stage outputs a cue the tagger does not confirm only from the
 * minimum span score, so a prior must mean what a tagger score means: the probability that the span is a persuasion
 * span. For each entry, on PTC articles outside dev, this counts the entry's spans and those that gold spans of any
 * technique cover at least half of (as the span tagger is calibrated), and updates the written prior with them: the
 * written prior counts as {@value #STRENGTH} spans, so that a cue seen twice does not jump to 0 or 1. The result is
 * a lexicon of the entries the articles matched, with their new priors, to read after the written one (it replaces
 * their priors). Deterministic, and the written lexicon is never changed, so training again gives the same file.
 */
public final class CuePriorTrainer {
    /** How many spans the written prior weighs as, against an entry's own spans. */
    static final double STRENGTH = 5;

    private CuePriorTrainer() {
    }

    /** An entry's spans in the articles, and how many of them were right. */
    public record Count(RhetoricCues.Entry entry, int spans, int right) {
    }

    /** Counts each entry's spans in {@code articles} (annotated by {@code nlp}), in the lexicon's order. */
    public static List<Count> count(RhetoricCues lexicon, List<PtcCorpus.Article> articles, NlpAnnotator nlp) {
        CueTagger tagger = new CueTagger(lexicon);
        Map<RhetoricCues.Entry, int[]> counts = new LinkedHashMap<>();
        lexicon.entries().forEach(e -> counts.put(e, new int[2]));
        for (PtcCorpus.Article a : articles) {
            for (CueTagger.Cue cue : tagger.lexiconCues(a.text(), nlp.annotate(a.text()).sentences())) {
                Rhetoric span = cue.span();
                int[] c = counts.get(cue.entry());
                c[0]++;
                c[1] += RhetoricTrainer.goldShare(a, span.start(), span.end()) >= RhetoricTrainer.RIGHT_OVERLAP ? 1 : 0;
            }
        }
        List<Count> out = new ArrayList<>();
        counts.forEach((e, c) -> out.add(new Count(e, c[0], c[1])));
        return out;
    }

    /** The calibrated prior of each entry the articles matched, to two decimals. */
    public static Map<RhetoricCues.Entry, Double> priors(List<Count> counts) {
        Map<RhetoricCues.Entry, Double> out = new LinkedHashMap<>();
        for (Count c : counts) {
            if (c.spans() > 0) {
                double prior = (c.right() + STRENGTH * c.entry().prior()) / (c.spans() + STRENGTH);
                out.put(c.entry(), Math.round(prior * 100) / 100.0);
            }
        }
        return out;
    }

    /**
     * The calibrated lexicon: a header that says how it was made ({@code how}), then for each entry the articles
     * matched, a comment with its counts and its line of {@code written} with the new prior.
     */
    public static List<String> calibratedLexicon(List<String> written, List<Count> counts, String how) {
        Map<RhetoricCues.Entry, Double> priors = priors(counts);
        List<String> out = new ArrayList<>(List.of(
                "# The priors of the rhetoric cues that PTC articles have, updated from them: made by newsift train cues "
                        + "(docs/models.md, cue-priors-1), do not edit.",
                "# " + how + ". Read after the written lexicon, whose entries these replace; the comment above each",
                "# entry gives its spans there, how many were persuasion spans, and its written prior."));
        for (Count c : counts) {
            Double prior = priors.get(c.entry());
            if (prior == null) {
                continue;
            }
            String where = c.entry().where();
            String[] f = written.get(Integer.parseInt(where.substring(where.lastIndexOf(':') + 1)) - 1).split("\t", -1);
            out.add(String.format(Locale.ROOT, "# %s: %d of %d spans right, written prior %s", where, c.right(), c.spans(), f[3]));
            f[3] = String.format(Locale.ROOT, "%.2f", prior);
            out.add(String.join("\t", f));
        }
        return out;
    }

    /** The table {@code newsift train cues} prints: each matched entry's counts, written and calibrated prior. */
    public static void report(List<Count> counts, PrintStream log) {
        Map<RhetoricCues.Entry, Double> priors = priors(counts);
        int spans = 0;
        int right = 0;
        for (Count c : counts) {
            spans += c.spans();
            right += c.right();
            if (c.spans() > 0) {
                log.printf(Locale.ROOT, "[train] %-14s %4d spans %4d right  prior %.2f -> %.2f  %s%n", c.entry().where(),
                        c.spans(), c.right(), c.entry().prior(), priors.get(c.entry()), c.entry().technique().label());
            }
        }
        log.printf(Locale.ROOT, "[train] %d of %d entries matched: %d spans, %d right (%.3f)%n", priors.size(),
                counts.size(), spans, right, spans == 0 ? 0 : (double) right / spans);
    }
}
