package org.newsift.assembly;

import org.newsift.actors.ActorLexicon;
import org.newsift.attribution.CueLexicon;
import org.newsift.events.patterns.EventPatterns;
import org.newsift.events.ModalityCues;
import org.newsift.geo.Gazetteer;
import org.newsift.kinds.KindCues;
import org.newsift.rhetoric.RhetoricCues;
import org.newsift.rhetoric.SatireCues;

/**
 * Every lexicon the core stages read, loaded once ({@link NewsiftConfig#lexicons()}) and shared by all threads; each
 * has a built-in list that the user's files extend or override (docs/lexicons.md).
 *
 * @param actors        actors, agents and places
 * @param eventPatterns verb and noun patterns that code events
 * @param quoteCues     speech verbs and nouns that mark attributions
 * @param rhetoricCues  cues of the persuasion techniques
 * @param places        the gazetteer that locates events
 * @param kindCues      the words that make a sentence opinion or a call to action
 * @param modalityCues  the words that make an event negated, hypothetical or future
 * @param satireCues    the phrases by which an article declares itself satire
 */
public record Lexicons(ActorLexicon actors, EventPatterns eventPatterns, CueLexicon quoteCues,
                       RhetoricCues rhetoricCues, Gazetteer places, KindCues kindCues, ModalityCues modalityCues,
                       SatireCues satireCues) {

    /** The given actors and patterns with the built-in cue lists and gazetteer. */
    public static Lexicons withBuiltInCues(ActorLexicon actors, EventPatterns eventPatterns) {
        return new Lexicons(actors, eventPatterns, CueLexicon.builtIn(), RhetoricCues.builtIn(), Gazetteer.builtIn(),
                KindCues.builtIn(), ModalityCues.builtIn(), SatireCues.builtIn());
    }
}
