package org.newsift.attribution;

import org.newsift.model.Speaker;
import org.newsift.model.TextSpan;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.text.CodePoints;

import java.util.Locale;
import java.util.Set;

/** A cue found in a sentence with the speaker it names: "officials said", "according to the army". */
record Attribution(Speaker speaker, TextSpan cue) {
    /** Subjects that name nobody: "nothing else explains it" attributes nothing. */
    private static final Set<String> NOBODY = Set.of("nothing", "nobody", "none", "noone", "no-one");
    /** Relative pronouns, which stand for the noun their clause modifies. */
    private static final Set<String> RELATIVE = Set.of("who", "which", "that");

    /**
     * The speaker of a cue verb: its subject, or the subject it shares with the verb it is conjoined
     * to ("arrived and said"); null when it has none (a passive "it was reported").
     */
    static Attribution ofVerb(String text, Sentence s, Token verb, Speakers speakers, boolean[] exclude) {
        Token subject = Clauses.child(s, verb.index(), "nsubj");
        if (subject == null && verb.deprel().equals("conj") && verb.head() >= 0) {
            subject = Clauses.child(s, verb.head(), "nsubj");
        }
        if (subject == null || (exclude != null && exclude[subject.index()])
                || NOBODY.contains(subject.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Speaker speaker = RELATIVE.contains(subject.text().toLowerCase(Locale.ROOT)) && verb.deprel().equals("acl:relcl")
                ? antecedent(s, verb, speakers, exclude)
                : speakers.of(s, subject.index(), exclude);
        return speaker == null ? null : new Attribution(speaker, span(text, verb.start(), verb.end()));
    }

    /**
     * "(built by) people who believed ...": the speaker is the noun the relative clause modifies, without the
     * clause and without the noun's own preposition.
     */
    private static Speaker antecedent(Sentence s, Token verb, Speakers speakers, boolean[] exclude) {
        boolean[] without = exclude == null ? new boolean[s.tokens().size()] : exclude.clone();
        boolean[] clause = Clauses.subtree(s, verb.index());
        for (int i = 0; i < without.length; i++) {
            Token t = s.token(i);
            without[i] |= clause[i] || (t.head() == verb.head() && t.deprel().equals("case"));
        }
        return speakers.of(s, verb.head(), without);
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
