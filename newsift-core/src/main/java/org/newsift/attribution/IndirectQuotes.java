package org.newsift.attribution;

import org.newsift.model.Quote;
import org.newsift.model.Speaker;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reported speech without quotation marks, read off the dependency tree:
 * <ul>
 *   <li>a cue verb's clausal complement: "X said (that) …", "X warned …", "X denied …";</li>
 *   <li>a cue verb's "of" clause: "X accused Y of violating …";</li>
 *   <li>the sentence around a cue verb hung on it as parataxis: "The army attacked the post, officials said";</li>
 *   <li>the sentence around "according to X";</li>
 *   <li>a cue noun's "that" clause with its owner: "X's statement that …", "the claim by X that …".</li>
 * </ul>
 * The content is the clause, the speaker the cue's subject (or X). Cues inside direct quotations and
 * clauses that are mostly quoted are left to {@link DirectQuotes}.
 */
final class IndirectQuotes {
    private final String text;
    private final CueLexicon cues;
    private final Speakers speakers;

    IndirectQuotes(String text, CueLexicon cues, Speakers speakers) {
        this.text = text;
        this.cues = cues;
        this.speakers = speakers;
    }

    /** @param quoted per token of the sentence, whether it lies inside a direct quotation */
    List<Quote> find(Sentence s, boolean[] quoted) {
        List<Quote> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (quoted[t.index()]) {
                continue;
            }
            Quote q = null;
            if (t.isVerb() && cues.isVerb(t.lemma())) {
                q = ofVerb(s, t, quoted);
            } else if (t.isNoun() && cues.isNoun(t.lemma())) {
                q = ofNoun(s, t, quoted);
            } else {
                Attribution a = Attribution.ofAccordingTo(text, s, t, speakers, null);
                if (a != null) {
                    boolean[] rest = everythingBut(s, Clauses.subtree(s, t.head()));
                    q = quote(s, rest, quoted, a.speaker(), a);
                }
            }
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    private Quote ofVerb(Sentence s, Token verb, boolean[] quoted) {
        boolean[] content = null;
        Token ccomp = Clauses.child(s, verb.index(), "ccomp");
        if (ccomp != null) {
            content = Clauses.subtree(s, ccomp.index());
        } else if (ofClause(s, verb) != null) {
            Token of = ofClause(s, verb);
            content = Clauses.subtree(s, of.index());
            dropMarker(s, of, content);
        } else if (verb.deprel().equals("parataxis") && verb.head() >= 0) {
            content = everythingBut(s, Clauses.subtree(s, verb.index()));
        }
        if (content == null) {
            return null;
        }
        Attribution a = Attribution.ofVerb(text, s, verb, speakers, content);
        return a == null ? null : quote(s, content, quoted, a.speaker(), a);
    }

    /** "accused Islamabad of violating …": a gerund clause or noun marked "of". */
    private static Token ofClause(Sentence s, Token verb) {
        for (Token c : s.children(verb.index())) {
            if ((c.deprel().equals("advcl") || c.deprel().startsWith("obl")) && Clauses.hasMarker(s, c.index(), "of")) {
                return c;
            }
        }
        return null;
    }

    private Quote ofNoun(Sentence s, Token noun, boolean[] quoted) {
        Token clause = null;
        for (Token c : s.children(noun.index())) {
            if ((c.deprel().equals("acl") || c.deprel().equals("ccomp")) && Clauses.hasMarker(s, c.index(), "that")) {
                clause = c;
            }
        }
        if (clause == null) {
            return null;
        }
        Token owner = Clauses.child(s, noun.index(), "nmod:poss");
        if (owner == null) {
            for (Token c : s.children(noun.index())) {
                if (c.deprel().startsWith("nmod") && (Clauses.hasMarker(s, c.index(), "by") || Clauses.hasMarker(s, c.index(), "from"))) {
                    owner = c;
                }
            }
        }
        if (owner == null) {
            return null;
        }
        boolean[] content = Clauses.subtree(s, clause.index());
        boolean[] notSpeaker = content.clone();
        for (Token c : s.children(owner.index())) {
            if (c.deprel().equals("case")) {
                notSpeaker[c.index()] = true; // "by", "'s": not part of the name
            }
        }
        Speaker speaker = speakers.of(s, owner.index(), notSpeaker);
        return speaker == null ? null
                : quote(s, content, quoted, speaker, new Attribution(speaker, Attribution.span(text, noun.start(), noun.end())));
    }

    private static void dropMarker(Sentence s, Token head, boolean[] content) {
        for (Token c : s.children(head.index())) {
            if ((c.deprel().equals("mark") || c.deprel().equals("case")) && c.text().toLowerCase(Locale.ROOT).equals("of")) {
                content[c.index()] = false;
            }
        }
    }

    private static boolean[] everythingBut(Sentence s, boolean[] out) {
        boolean[] in = new boolean[s.tokens().size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = !out[i];
        }
        return in;
    }

    /** The quote over the content tokens; null when the content is empty or mostly a direct quotation. */
    private Quote quote(Sentence s, boolean[] content, boolean[] quoted, Speaker speaker, Attribution a) {
        int[] r = Clauses.range(s, content);
        if (r == null) {
            return null;
        }
        int inQuotes = 0;
        for (int i = r[0]; i <= r[1]; i++) {
            inQuotes += quoted[i] ? 1 : 0;
        }
        if (2 * inQuotes > r[1] - r[0] + 1) {
            return null;
        }
        int start = s.token(r[0]).start();
        int end = s.token(r[1]).end();
        return new Quote(start, end, CodePoints.substring(text, start, end), false, speaker, a.cue());
    }
}
