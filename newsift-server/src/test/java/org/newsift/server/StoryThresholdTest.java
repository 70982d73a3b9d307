package org.newsift.server;

import org.junit.jupiter.api.Test;
import org.newsift.server.corpus.ArticleSummary;
import org.newsift.server.stories.Story;
import org.newsift.server.stories.StoryClusterer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Kyrgyz-Tajik fixture: four happenings on one dyad a week apart (talks, water, crossings, clashes), the clashes
 * told by two outlets on consecutive days. The default clusterer keeps the happenings apart by the window; within one
 * window they share the dyad's words, and only a higher threshold keeps them apart by content (docs/server.md#stories).
 */
class StoryThresholdTest {
    private static final Set<String> CLASHES = Set.of("fergana-2025-09-23-wire", "fergana-2025-09-24-daily");

    private static List<Set<String>> stories(StoryClusterer clusterer) {
        return clusterer.stories(Fixtures.analyses(), 2).stream()
                .map(Story::articles)
                .map(articles -> articles.stream().map(ArticleSummary::id).collect(Collectors.toSet()))
                .toList();
    }

    @Test
    void theDefaultClustererFindsTheTwoAccountsOfTheClashesAndNothingElse() {
        assertEquals(List.of(CLASHES), stories(StoryClusterer.miniLm()));
    }

    @Test
    void aHigherThresholdTellsHappeningsOnOneDyadApartByContentAlone() {
        assertEquals(List.of(CLASHES), stories(new StoryClusterer(StoryClusterer.MINI_LM, 365, 0.4)),
                "a year's window: only the content separates them");
    }
}
