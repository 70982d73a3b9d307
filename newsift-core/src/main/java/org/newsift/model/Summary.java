package org.newsift.model;

import java.util.List;
import java.util.Map;

/**
 * Article-level figures.
 *
 * @param pipeline        the annotator and stages that produced the analysis
 * @param tokens          number of tokens analysed
 * @param sentenceKinds   number of sentences of each kind
 * @param reportShare     share of sentences that report (report or quote), null without sentences
 * @param opinionShare    share of sentences that are opinion, question or call to action, null without sentences
 * @param genre           reporting, opinion or satire; null until the rhetoric stage decides it
 * @param techniqueCounts number of spans per PTC technique
 * @param spin            spin score in [0,1]; null until the rhetoric stage computes it
 * @param actorCount      number of distinct actors
 * @param eventCount      number of events
 * @param warnings        what the pipeline could not do for this article (e.g. unsupported language)
 */
public record Summary(String pipeline, int tokens, Map<SentenceKind, Integer> sentenceKinds, Double reportShare,
                      Double opinionShare, String genre, Map<String, Integer> techniqueCounts, Double spin,
                      int actorCount, int eventCount, List<String> warnings) {

    public Summary {
        sentenceKinds = Map.copyOf(sentenceKinds);
        techniqueCounts = Map.copyOf(techniqueCounts);
        warnings = List.copyOf(warnings);
    }
}
