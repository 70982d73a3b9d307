package org.newsift.assembly;

import org.newsift.actors.ActorLexicon;
import org.newsift.attribution.CueLexicon;
import org.newsift.events.patterns.EventPatterns;
import org.newsift.rhetoric.RhetoricCues;

/**
 * Every lexicon the core stages read, loaded once ({@link NewsiftConfig#lexicons()}) and shared by all threads.
 *
 * @param actors        actors, agents and places
 * @param eventPatterns verb and noun patterns that code events
 * @param quoteCues     speech verbs and nouns that mark attributions
 * @param rhetoricCues  cues of the persuasion techniques
 */
public record Lexicons(ActorLexicon actors, EventPatterns eventPatterns, CueLexicon quoteCues,
                       RhetoricCues rhetoricCues) {

    /** The given actors and patterns with the built-in cue lists. */
    public static Lexicons withBuiltInCues(ActorLexicon actors, EventPatterns eventPatterns) {
        return new Lexicons(actors, eventPatterns, CueLexicon.builtIn(), RhetoricCues.builtIn());
    }
}
