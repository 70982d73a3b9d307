package org.newsift.server.stories;

import org.junit.jupiter.api.Test;
import org.newsift.model.Actor;
import org.newsift.model.Analysis;
import org.newsift.model.Claim;
import org.newsift.model.Rhetoric;
import org.newsift.model.SentenceInfo;
import org.newsift.model.Summary;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoryClustererTest {
    /** Articles whose title names the same topic embed to the same unit vector: at 0.5 they are one story whatever their words. */
    private static final Embedder BY_TOPIC = text -> text.startsWith("Floods")
            ? new float[] {1, 0} : new float[] {0, 1};

    private static Analysis article(String id, String url, String day, String title, List<Rhetoric> rhetoric) {
        return article(id, url, day, title, rhetoric, List.of(), null);
    }

    /** An article whose summary says its genre and spin as the rhetoric stage would; two thirds of it reports. */
    private static Analysis article(String id, String url, String day, String title, List<Rhetoric> rhetoric,
                                    List<Claim> claims, Double spin) {
        String text = title + "\n\nBody sentence one. Body sentence two.";
        List<SentenceInfo> sentences = List.of(new SentenceInfo(0, title.length(), null),
                new SentenceInfo(title.length() + 2, title.length() + 20, null),
                new SentenceInfo(title.length() + 21, text.length(), null));
        Summary summary = spin == null ? null : new Summary("test", 9, Map.of(), 2 / 3.0, 1 / 3.0,
                spin > 0.3 ? "opinion" : "reporting", Map.of(), spin, 0, 0, List.of());
        List<Actor> actors = List.of(new Actor("A1", "Valley Water Board", null, null, null, List.of()));
        return new Analysis(Analysis.SCHEMA, id, title, url, day, "en", text, sentences, List.of(), actors, List.of(),
                List.of(), claims, rhetoric, summary);
    }

    @Test
    void similarLeadsWithinTheWindowAreOneStoryAndOutletsAreComparedSideBySide() {
        Rhetoric loaded = new Rhetoric(0, 6, "Floods", "Loaded_Language", 0.9, "cue");
        List<Analysis> corpus = List.of(
                article("a", "https://one.example/1", "2025-03-01", "Floods hit the valley", List.of()),
                article("b", "https://www.two.example/2", "2025-03-03", "Floods hit the valley again", List.of(loaded)),
                article("c", "https://one.example/3", "2025-03-02", "Election results announced", List.of()),
                article("d", "https://one.example/4", "2025-03-20", "Floods return after two weeks", List.of()));
        StoryClusterer clusterer = new StoryClusterer(BY_TOPIC, 3, 0.5);
        List<Story> stories = clusterer.stories(corpus, 2);
        assertEquals(1, stories.size(), "d is outside a's and b's window; c is another topic");
        Story floods = stories.get(0);
        assertEquals("a", floods.id());
        assertEquals(Set.of("a", "b"), floods.articles().stream().map(s -> s.id()).collect(Collectors.toSet()));
        Map<String, OutletFraming> outlets = floods.outlets().stream()
                .collect(Collectors.toMap(OutletFraming::outlet, o -> o));
        assertEquals(Set.of("one.example", "two.example"), outlets.keySet());
        assertEquals(Map.of("Loaded_Language", 1), outlets.get("two.example").techniques());
        assertEquals(null, outlets.get("two.example").spin(), "no article has a summary.spin");
        assertEquals(3, clusterer.stories(corpus, 1).size(), "singletons are stories of one");
    }

    @Test
    void aStorysSpinAndSharesAreTheMeansOfItsArticlesSummaryFigures() {
        Claim weak = new Claim(0, 6, "Floods", 0.5, null);
        Claim strong = new Claim(0, 6, "Floods", 0.9, "A1");
        List<Analysis> corpus = List.of(
                article("a", "https://one.example/1", "2025-03-01", "Floods hit the valley", List.of(), List.of(weak), 0.1),
                article("b", "https://one.example/2", "2025-03-02", "Floods hit the valley again", List.of(), List.of(), 0.2),
                article("c", "https://two.example/3", "2025-03-02", "Floods: the valley betrayed", List.of(), List.of(strong), 0.6),
                article("d", "https://two.example/4", "2025-03-03", "Floods in the valley", List.of(), List.of(), null));
        Story floods = new StoryClusterer(BY_TOPIC, 3, 0.5).stories(corpus, 2).get(0);
        assertEquals(0.3, floods.spin(), 1e-9, "(0.1 + 0.2 + 0.6) / 3: d has no summary");
        assertEquals(2 / 3.0, floods.reportShare(), 1e-9);
        assertEquals(1 / 3.0, floods.opinionShare(), 1e-9);
        assertEquals(Map.of("reporting", 2, "opinion", 1), floods.genres());
        Map<String, OutletFraming> outlets = floods.outlets().stream()
                .collect(Collectors.toMap(OutletFraming::outlet, o -> o));
        assertEquals(0.15, outlets.get("one.example").spin(), 1e-9);
        assertEquals(0.6, outlets.get("two.example").spin(), 1e-9, "d, without a summary, does not count as 0");
        assertEquals(List.of("c", "a"), floods.claims().stream().map(StoryClaim::articleId).toList(),
                "the most check-worthy first");
        assertEquals("Valley Water Board", floods.claims().get(0).claimant(), "the actor named by attributed_to");
        assertEquals(null, floods.claims().get(1).claimant(), "the writer's claim");
        assertEquals(0.1, floods.articles().get(0).spin(), "each article's spin is its summary.spin");
    }
}
