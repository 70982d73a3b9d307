package org.newsift.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scoring of Scrapinghub's article-extraction-benchmark ({@code evaluate.py}), reproduced exactly:
 * texts are tokenised as Python's {@code re.findall(r'\w+', text)} (letters, digits of every script and
 * underscore; case kept), cut into overlapping 4-token shingles (a text of fewer than 4 tokens is one
 * shorter shingle), and matched as multisets. Each page's tp, fp and fn are divided by their sum so that
 * long pages do not weigh more; precision and recall are averaged over pages, and F1 is computed from
 * the two averages.
 */
final class ShingleMatch {
    /** Python's Unicode {@code \w}: str.isalnum() (letters L*, numbers N*) plus the underscore; no marks. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    static final int N = 4;

    /** One page's shingle counts, normalised to sum to 1 (all zero when both texts have no token). */
    record Counts(double tp, double fp, double fn) {
        /** {@code precision_score}: 1 for a perfect match, 0 when nothing matched, else tp / (tp + fp). */
        double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** The benchmark's averages: precision over pages with a prediction, recall over pages with a truth. */
    record Scores(double f1, double precision, double recall) {
    }

    private ShingleMatch() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                out.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return out;
    }

    static Counts match(String truth, String prediction) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(prediction);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    static Scores average(List<Counts> pages) {
        double precision = pages.stream().filter(c -> c.tp() + c.fp() > 0).mapToDouble(Counts::precision).average().orElse(0);
        double recall = pages.stream().filter(c -> c.tp() + c.fn() > 0).mapToDouble(Counts::recall).average().orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Scores(f1, precision, recall);
    }
}
