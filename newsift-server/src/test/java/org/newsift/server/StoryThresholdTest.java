package org.newsift.server;

import org.junit.jupiter.api.Test;
import org.newsift.server.corpus.ArticleSummary;
import org.newsift.server.stories.Story;
import org.newsift.server.stories.StoryClusterer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The similarity threshold on its own (a window of a year): it must tell happenings apart, not only the dates. */
class StoryThresholdTest {

    @Test
    void theThresholdSeparatesHappeningsOnOneDyadByContent() {
        StoryClusterer clusterer = new StoryClusterer(StoryClusterer.MINI_LM, 365, StoryClusterer.THRESHOLD);
        List<Set<String>> stories = clusterer.stories(Fixtures.analyses(), 2).stream()
                .map(Story::articles)
                .map(articles -> articles.stream().map(ArticleSummary::id).collect(Collectors.toSet()))
                .toList();
        assertEquals(List.of(Set.of("fergana-2025-09-23-wire", "fergana-2025-09-24-daily")), stories);
    }
}
