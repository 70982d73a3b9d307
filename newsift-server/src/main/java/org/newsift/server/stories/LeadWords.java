package org.newsift.server.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TF-IDF word vectors of leads, weighted against the articles clustered together: words every article uses
 * ("president", "campaign") count little, the names and rare words of one happening much.
 */
final class LeadWords {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]+");
    /** Function words and the reporting verbs every article has. */
    private static final Set<String> STOP = Set.of(("the a an of to in and or for on at by with from as is are was were be been "
            + "that this it its he she they his her their said says will would has have had not but who what which about "
            + "after over more than new into up out also").split(" "));

    private LeadWords() {
    }

    /** One L2-normalised vector per text, with smoothed IDF over these texts. */
    static List<Map<String, Double>> vectors(List<String> texts) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String text : texts) {
            Map<String, Integer> tf = new HashMap<>();
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                String w = m.group();
                if (w.length() > 2 && !STOP.contains(w)) {
                    tf.merge(w, 1, Integer::sum);
                }
            }
            counts.add(tf);
            new HashSet<>(tf.keySet()).forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
        int n = texts.size();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Integer> tf : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                double x = e.getValue() * (Math.log((n + 1.0) / documentFrequency.get(e.getKey())));
                v.put(e.getKey(), x);
                norm += x * x;
            }
            double length = Math.sqrt(norm);
            v.replaceAll((w, x) -> x / length);
            vectors.add(v);
        }
        return vectors;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
        }
        return dot;
    }
}
