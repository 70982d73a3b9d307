package org.newsift.models.rhetoric;

import org.newsift.models.finetune.FineTunedClassifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names the technique of a persuasion span (docs/rhetoric.md): a fine-tuned MiniLM reads the span and the
 * sentence around it and gives a probability for each of the 14 PTC techniques. Thread-safe.
 */
public final class TechniqueHead {
    static final String BUILT_IN = "/org/newsift/models/rhetoric/techniques/model";

    private final FineTunedClassifier model;

    public TechniqueHead(FineTunedClassifier model) {
        this.model = model;
    }

    public static TechniqueHead builtIn() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final TechniqueHead INSTANCE = new TechniqueHead(FineTunedClassifier.fromResources(BUILT_IN));
    }

    /** A technique (its PTC label) and the head's probability of it. */
    public record Scored(String technique, double probability) {
    }

    /** A span to name: its words and the sentence they are in. */
    public record Query(String span, String sentence) {
        FineTunedClassifier.TextPair input() {
            return new FineTunedClassifier.TextPair(span, sentence);
        }
    }

    /** The most probable technique of each span. */
    public List<Scored> classify(List<Query> spans) {
        return classify(spans, Set.of());
    }

    /**
     * The most probable technique of each span other than {@code excluded}, with its probability among the
     * techniques not excluded.
     */
    public List<Scored> classify(List<Query> spans, Set<String> excluded) {
        double[][] p = model.distributions(spans.stream().map(Query::input).toList());
        List<String> labels = model.card().labels();
        List<Scored> out = new ArrayList<>(p.length);
        for (double[] dist : p) {
            int best = -1;
            double kept = 0;
            for (int j = 0; j < dist.length; j++) {
                if (!excluded.contains(labels.get(j))) {
                    kept += dist[j];
                    best = best < 0 || dist[j] > dist[best] ? j : best;
                }
            }
            out.add(new Scored(labels.get(best), dist[best] / kept));
        }
        return out;
    }
}
