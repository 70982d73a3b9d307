package org.newsift.eval;

import org.junit.jupiter.api.Test;
import org.newsift.model.Actor;
import org.newsift.model.Analysis;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.model.Modality;
import org.newsift.model.Offsets;
import org.newsift.model.Plover;
import org.newsift.model.TextSpan;
import org.newsift.models.events.PlvPairs;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-built analyses of invented sentences: the scoring, not the pipeline. */
class PlvPairEventsTest {
    private static final Actor RURITANIA = new Actor("A1", "Ruritania", "RUR", "RUR", null, List.of(new TextSpan(0, 9, "Ruritania")));

    private static Actor freedonia(int start) {
        return new Actor("A2", "Freedonia", "FRE", "FRE", null, List.of(new TextSpan(start, start + 9, "Freedonia")));
    }

    private static EventArgument arg(Actor a, String words) {
        return new EventArgument(a.id(), a.code(), a.country(), a.sector(), words);
    }

    private static Event event(String text, EventArgument source, EventArgument target, int quad, String plover,
                               double confidence) {
        return new Event("e", new Offsets(0, text.codePointCount(0, text.length())), List.of(), new TextSpan(10, 17, "accused"),
                List.of(source), List.of(target), "112", null, null, quad, new Plover(plover, null, List.of()), null,
                null, null, (Modality) null, confidence, null);
    }

    private static Analysis analysis(String text, List<Actor> actors, List<Event> events) {
        return new Analysis(Analysis.SCHEMA, "t", null, null, null, "en", text, List.of(), List.of(), actors, events,
                List.of(), List.of(), List.of(), null);
    }

    @Test
    void thePairIsFoundByOverlapAndTypedByItsMostConfidentEvent() {
        String text = "Ruritania accused Freedonia of shelling.";
        PlvPairs.Pair gold = PlvPairs.pair("1", text, "<s>Ruritania</s> accused <t>Freedonia</t> of shelling.", "3", "ACCUSE");
        Actor fre = freedonia(18);
        Event accuse = event(text, arg(RURITANIA, "Ruritania"), arg(fre, "Freedonia"), 3, "ACCUSE", 0.6);
        Event reversed = event(text, arg(fre, "Freedonia"), arg(RURITANIA, "Ruritania"), 4, "ASSAULT", 0.9);
        Event assault = event(text, arg(RURITANIA, "Ruritania"), arg(fre, "Freedonia"), 4, "ASSAULT", 0.8);
        PlvPairEvents.SentenceResult r = PlvPairEvents.score(List.of(gold),
                analysis(text, List.of(RURITANIA, fre), List.of(accuse, reversed, assault)));
        PlvPairEvents.PairResult p = r.pairs().get(0);
        assertEquals(PlvPairEvents.Verdict.FOUND, p.verdict());
        assertEquals(4, p.quad(), "the more confident of the two matching events");
        assertFalse(p.quadRight());
        assertFalse(p.rootRight());
        assertEquals(3, r.events());
        assertEquals(2, r.matchingEvents(), "the reversed event does not match");
    }

    @Test
    void aPronounArgumentIsLocatedAsAWholeWordInTheSentence() {
        String text = "Ruritania said it would sue Freedonia.";
        PlvPairs.Pair gold = PlvPairs.pair("2", text, "Ruritania said <s>it</s> would sue <t>Freedonia</t>.", "3", "ACCUSE");
        Actor fre = freedonia(28);
        Event sue = event(text, arg(RURITANIA, "it"), arg(fre, "Freedonia"), 3, "ACCUSE", 0.7);
        Analysis a = analysis(text, List.of(RURITANIA, fre), List.of(sue));
        assertEquals(List.of(new Offsets(15, 17)), ArgumentSpans.of(sue.source().get(0), sue, a), "not the 'it' in 'Ruritania'");
        PlvPairEvents.PairResult p = PlvPairEvents.score(List.of(gold), a).pairs().get(0);
        assertEquals(PlvPairEvents.Verdict.FOUND, p.verdict());
        assertTrue(p.quadRight() && p.rootRight());
    }

    @Test
    void aHeadWordIsLocatedInsideItsOwnActorsMention() {
        String text = "The Tokyo Exchange and the Osaka Exchange agreed to merge.";
        Actor tokyo = new Actor("A1", "Tokyo Exchange", null, "JPN", null, List.of(new TextSpan(4, 18, "Tokyo Exchange")));
        Actor osaka = new Actor("A2", "Osaka Exchange", null, "JPN", null, List.of(new TextSpan(27, 41, "Osaka Exchange")));
        Event merge = event(text, arg(tokyo, "Exchange"), arg(osaka, "Exchange"), 2, "COOPERATE", 0.7);
        Analysis a = analysis(text, List.of(tokyo, osaka), List.of(merge));
        assertEquals(List.of(new Offsets(10, 18)), ArgumentSpans.of(merge.source().get(0), merge, a));
        assertEquals(List.of(new Offsets(33, 41)), ArgumentSpans.of(merge.target().get(0), merge, a));
    }

    @Test
    void occurrencesAreInCodePoints() {
        String text = "𝔸 Freedonia and Freedonia.";
        assertEquals(List.of(new Offsets(2, 11), new Offsets(16, 25)),
                ArgumentSpans.occurrences(text, new Offsets(0, 26), "Freedonia"));
    }

    @Test
    void missesSayHowNearTheyCameAndUnscorablePairsAreLeftOut() {
        String text = "Ruritania accused Freedonia of shelling.";
        PlvPairs.Pair gold = PlvPairs.pair("3", text, "<s>Ruritania</s> accused <t>Freedonia</t> of shelling.", "3", "ACCUSE");
        PlvPairs.Pair implicit = PlvPairs.pair("3", text, "<s>Ruritania</s> accused Freedonia of shelling.", "3", "ACCUSE");
        Actor fre = freedonia(18);
        Actor other = new Actor("A3", "shelling", null, null, null, List.of(new TextSpan(31, 39, "shelling")));
        Event sourceOnly = event(text, arg(RURITANIA, "Ruritania"), arg(other, "shelling"), 3, "ACCUSE", 0.6);

        PlvPairEvents.SentenceResult r = PlvPairEvents.score(List.of(gold, implicit),
                analysis(text, List.of(RURITANIA, fre, other), List.of(sourceOnly)));
        assertEquals(1, r.pairs().size(), "the pair without a marked target is not scored");
        assertEquals(PlvPairEvents.Verdict.SOURCE_ONLY, r.pairs().get(0).verdict());
        assertNull(r.pairs().get(0).quad());
        assertEquals(0, r.matchingEvents());

        PlvPairEvents.SentenceResult none = PlvPairEvents.score(List.of(gold), analysis(text, List.of(), List.of()));
        assertEquals(PlvPairEvents.Verdict.NO_EVENT, none.pairs().get(0).verdict());
        assertEquals(0, PlvPairEvents.score(List.of(implicit), analysis(text, List.of(), List.of(sourceOnly))).events(),
                "a sentence without a scorable pair adds no events to the precision");
    }
}
