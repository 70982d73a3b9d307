package org.newsift.attribution;

import org.newsift.model.Speaker;
import org.newsift.model.TextSpan;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.text.CodePoints;

import java.util.Locale;

/** A cue found in a sentence with the speaker it names: "officials said", "according to the army". */
record Attribution(Speaker speaker, TextSpan cue) {

    /**
     * The speaker of a cue verb: its subject, or the subject it shares with the verb it is conjoined
     * to ("arrived and said"); null when it has none (a passive "it was reported").
     */
    static Attribution ofVerb(String text, Sentence s, Token verb, Speakers speakers, boolean[] exclude) {
        Token subject = Clauses.child(s, verb.index(), "nsubj");
        if (subject == null && verb.deprel().equals("conj") && verb.head() >= 0) {
            subject = Clauses.child(s, verb.head(), "nsubj");
        }
        if (subject == null || (exclude != null && exclude[subject.index()])) {
            return null;
        }
        Speaker speaker = speakers.of(s, subject.index(), exclude);
        return speaker == null ? null : new Attribution(speaker, span(text, verb.start(), verb.end()));
    }

    /** "according to X": the source X, whose {@code case} marker is "according"; null elsewhere. */
    static Attribution ofAccordingTo(String text, Sentence s, Token according, Speakers speakers, boolean[] exclude) {
        if (!according.text().toLowerCase(Locale.ROOT).equals("according") || according.head() < 0
                || according.index() + 1 >= s.tokens().size()
                || !s.token(according.index() + 1).text().equalsIgnoreCase("to")) {
            return null;
        }
        Token source = s.token(according.head());
        if (source.index() < according.index()) {
            return null;
        }
        boolean[] words = exclude == null ? new boolean[s.tokens().size()] : exclude.clone();
        words[according.index()] = true; // the cue, not part of who speaks
        words[according.index() + 1] = true;
        Speaker speaker = speakers.of(s, source.index(), words);
        return speaker == null ? null
                : new Attribution(speaker, span(text, according.start(), s.token(according.index() + 1).end()));
    }

    static TextSpan span(String text, int start, int end) {
        return new TextSpan(start, end, CodePoints.substring(text, start, end));
    }
}
