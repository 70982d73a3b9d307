package org.newsift.attribution;

import org.newsift.model.Speaker;
import org.newsift.model.TextSpan;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.text.CodePoints;

import java.util.Locale;
import java.util.Set;

/**
 * A cue found in a sentence with the speaker it names ("officials said", "according to the army"), and how
 * the speaker and its actor were found, for the quote's explanation.
 */
record Attribution(Speaker speaker, TextSpan cue, String how) {
    /** Subjects that name nobody: "nothing else explains it" attributes nothing. */
    private static final Set<String> NOBODY = Set.of("nothing", "nobody", "none", "noone", "no-one");
    private static final Set<String> MODALS = Set.of("must", "should", "ought", "could", "might", "may", "can", "shall");
    /** Relative pronouns, which stand for the noun their clause modifies. */
    private static final Set<String> RELATIVE = Set.of("who", "which", "that");

    /**
     * The speaker of a cue verb: its subject, or the subject it shares with the verb it is conjoined
     * to ("arrived and said") or that its participle hangs on ("rejected the demand, saying …"); null when it has none (a passive "it was reported", "this article was
     * written for …") or when a modal makes the verb the writer's prescription.
     */
    static Attribution ofVerb(String text, Sentence s, Token verb, Speakers speakers, boolean[] exclude) {
        if (isModal(s, verb)) {
            return null;
        }
        Token subject = subject(s, verb.index(), exclude);
        boolean participle = verb.pos().equals("VBG") && Set.of("advcl", "xcomp", "dep").contains(verb.deprel());
        if (subject == null && (verb.deprel().equals("conj") || participle) && verb.head() >= 0) {
            subject = subject(s, verb.head(), exclude); // "arrived and said", "rejected the demand, saying …"
        }
        if (subject == null || (exclude != null && exclude[subject.index()])
                || NOBODY.contains(subject.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (subject.isVerb() || Speakers.WHEN.contains(subject.ner())) {
            return null; // "refusing to concede …" parsed with "refusing" as the subject, or "Tuesday": nobody
        }
        boolean relative = RELATIVE.contains(subject.text().toLowerCase(Locale.ROOT));
        if (relative && !verb.deprel().equals("acl:relcl")) {
            return null; // "who said …" cut off from its noun by the parser, or "that suggests …": nobody a reader can name
        }
        Speakers.Found found = relative ? antecedent(s, verb, speakers, exclude) : speakers.of(s, subject.index(), exclude);
        String role = relative ? "the noun that '" + subject.text() + "' stands for" : "the subject of '" + verb.text() + "'";
        return found == null ? null : new Attribution(found.speaker(), span(text, verb.start(), verb.end()),
                "speaker: " + role + "; actor: " + found.how());
    }

    /**
     * The verb's subject outside the quotation: after "“Those sites … efforts,” the statement said" the parser
     * may make the quotation's first noun a second subject of "said".
     */
    private static Token subject(Sentence s, int verb, boolean[] exclude) {
        Token first = null;
        for (Token c : s.children(verb)) {
            if (c.deprel().equals("nsubj")) {
                if (exclude == null || !exclude[c.index()]) {
                    return c;
                }
                first = first == null ? c : first;
            }
        }
        return first != null ? first : invertedSubject(s, verb, exclude);
    }

    /**
     * "…,” said Fallon": the parser may take the name after an inverted "said" for its complement. Only right after
     * what is said: in "criticised the plan on Tuesday, calling it “reckless”" the "it" after the cue is its object.
     */
    private static Token invertedSubject(Sentence s, int verb, boolean[] exclude) {
        if (exclude == null || !followsContent(s, verb, exclude)) {
            return null;
        }
        for (Token c : s.children(verb)) {
            boolean name = c.isProperNoun() || c.pos().equals("PRP");
            // "tweeted on Friday": a name behind a preposition is when or where, not who
            boolean prepositional = Clauses.child(s, c.index(), "case") != null;
            if (name && !prepositional && c.index() > verb && c.index() <= verb + 4 && !exclude[c.index()]) {
                return c; // "said Fallon", "said Brian Fallon"
            }
        }
        return null;
    }

    /** Whether the words before the verb, past at most two punctuation marks, are what is said. */
    private static boolean followsContent(Sentence s, int verb, boolean[] content) {
        for (int i = verb - 1; i >= 0 && i >= verb - 3; i--) {
            if (content[i]) {
                return true;
            }
            if (!Clauses.isPunct(s.token(i))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Washington must ask: …", "we should say …": a cue under a modal is the writer prescribing what
     * someone ought to say, not a report of what was said.
     */
    private static boolean isModal(Sentence s, Token verb) {
        return s.children(verb.index()).stream()
                .anyMatch(c -> c.deprel().equals("aux") && MODALS.contains(c.lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * "(built by) people who believed ...": the speaker is the noun the relative clause modifies, without the
     * clause and without the noun's own preposition.
     */
    private static Speakers.Found antecedent(Sentence s, Token verb, Speakers speakers, boolean[] exclude) {
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
        // the cue, and everything before it, is not part of who speaks: "… than Sen. Ted Cruz, according to a new
        // poll" may hang the comparison on "poll"
        for (int i = 0; i <= according.index() + 1; i++) {
            words[i] = true;
        }
        Speakers.Found found = speakers.of(s, source.index(), words);
        return found == null ? null : new Attribution(found.speaker(),
                span(text, according.start(), s.token(according.index() + 1).end()),
                "speaker: the source after 'according to'; actor: " + found.how());
    }

    /**
     * What a verb calls something, its object without the complement ("the air strike" of "called the air strike a
     * violation"); null when the verb has no object.
     */
    static TextSpan about(String text, Sentence s, Token verb, Token complement) {
        boolean[] object = Clauses.objectWithout(s, verb, complement);
        int[] r = object == null ? null : Clauses.range(s, object);
        return r == null ? null : span(text, s.token(r[0]).start(), s.token(r[1]).end());
    }

    /** "what 'called' calls 'the air strike'", for a quote's explanation. */
    static String calls(Token verb, TextSpan about) {
        return "what '" + verb.text() + "' calls " + (about == null ? "its object" : "'" + about.text() + "'");
    }

    static TextSpan span(String text, int start, int end) {
        return new TextSpan(start, end, CodePoints.substring(text, start, end));
    }
}
