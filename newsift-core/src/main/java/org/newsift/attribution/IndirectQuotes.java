package org.newsift.attribution;

import org.newsift.model.Quote;
import org.newsift.model.TextSpan;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech without quotation marks, read off the dependency tree:
 * <ul>
 *   <li>a cue verb's clausal complement: "X said (that) …", "X warned …", "X denied …";</li>
 *   <li>what a cue verb calls its object: "X described the talks as difficult" (about: the talks);</li>
 *   <li>what a call asks: "X called for a ceasefire", "X called on both sides to talk";</li>
 *   <li>a cue verb's "of" clause after its object: "X accused Y of violating …";</li>
 *   <li>the sentence around a cue verb hung on it as parataxis: "The army attacked the post, officials said";</li>
 *   <li>the sentence around "according to X";</li>
 *   <li>a cue noun's "that" clause with its owner: "X's statement that …", "the claim by X that …";</li>
 *   <li>a cue verb's infinitive clause with its object ("X urged supporters to vote"), else its object
 *       ("X denied the report", "X cited the figures"), except for verbs whose object is the listener
 *       ("told reporters");</li>
 *   <li>a sentence that opens with a name and a colon, as headlines and transcripts attribute
 *       ("Pence: Flowers won't be at the debate").</li>
 * </ul>
 * The content is the clause, the speaker the cue's subject (or X). Cues inside direct quotations and
 * clauses that are mostly quoted are left to {@link DirectQuotes}.
 */
final class IndirectQuotes {
    /**
     * Cue verbs whose object is not what was said: the person spoken to or about ("told reporters", "blamed
     * Kabul"), or the thing said of or made ("said nothing", "wrote a letter", "posted a video", "rejected the
     * demand", "defended the decision").
     */
    private static final Set<String> OBJECT_NOT_WORDS = Set.of("tell", "ask", "inform", "notify", "brief", "assure",
            "reassure", "warn", "urge", "remind", "advise", "accuse", "thank", "answer", "call", "blame", "praise",
            "criticize", "criticise", "mock", "charge", "say", "add", "write", "post", "tweet", "defend", "blast",
            "slam", "reject", "maintain", "dismiss", "describe");
    /** At most this many name tokens before a speaker's colon. */
    private static final int COLON_NAME = 4;
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
        Quote colon = afterSpeakersColon(s, quoted);
        if (colon != null) {
            out.add(colon);
        }
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
                    q = quote(s, rest, quoted, a, null, "the sentence around 'according to'");
                }
            }
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    private Quote ofVerb(Sentence s, Token verb, boolean[] quoted) {
        if (negated(s, verb)) {
            return null; // "he had never suggested …", "I didn't suggest a database": what was not said
        }
        if (summoned(s, verb)) {
            return null; // "Clinton called her to get together again": a telephone call or a summons, not words
        }
        boolean[] content;
        String what;
        TextSpan about = null;
        Token ccomp = Clauses.child(s, verb.index(), "ccomp");
        if (ccomp == null) {
            ccomp = reportedParataxis(s, verb);
        }
        Token as = Clauses.asComplement(s, verb);
        if (ccomp != null) {
            content = withoutSecondReport(s, ccomp, Clauses.subtree(s, ccomp.index()));
            for (Token c : s.children(verb.index())) {
                if (c.index() > ccomp.index() && (c.deprel().equals("obj") || c.deprel().equals("xcomp"))) {
                    // "wrote she feared Teneo was “hustling business”": the parser hangs the clause's end on the verb
                    content = union(content, Clauses.subtree(s, c.index()));
                }
            }
            what = "the clause that '" + verb.text() + "' reports";
        } else if (verb.deprel().equals("parataxis") && verb.head() >= 0 && setOff(s, verb)
                && hasVerb(s, everythingBut(s, Clauses.subtree(s, verb.index())))) {
            content = everythingBut(s, Clauses.subtree(s, verb.index()));
            what = "the sentence around '" + verb.text() + "'";
        } else if (frontedClause(s, verb) != null) {
            content = Clauses.subtree(s, frontedClause(s, verb).index());
            what = "the clause before '" + verb.text() + "'";
        } else if (cues.needsClause(verb.lemma()) || (as != null && quoted[as.index()])) {
            return null; // "agreed to vote": no clause, no stated belief; "as “complex”": a direct quotation's
        } else if (as != null) {
            content = Clauses.subtree(s, as.index());
            dropMarker(s, as, content, "as");
            about = Attribution.about(text, s, verb, as);
            what = Attribution.calls(verb, about);
        } else if (demanded(s, verb) != null) {
            Token asked = demanded(s, verb);
            content = Clauses.subtree(s, asked.index());
            dropMarker(s, asked, content, "for");
            Token infinitive = Clauses.child(s, verb.index(), "xcomp");
            if (infinitive != null) {
                dropMarker(s, asked, content, "on");
                content = union(content, Clauses.subtree(s, infinitive.index()));
            }
            what = "what '" + verb.text() + "' demands";
        } else if (ofClause(s, verb) != null) {
            Token of = ofClause(s, verb);
            content = Clauses.subtree(s, of.index());
            dropMarker(s, of, content, "of");
            what = "the 'of' phrase of '" + verb.text() + "'";
        } else {
            content = objectContent(s, verb);
            what = "the object of '" + verb.text() + "'";
        }
        if (content == null) {
            return null;
        }
        // a subject inside quotation marks is the quotation's own ("“The fight goes on” and vowing to …"), not who speaks
        Attribution a = Attribution.ofVerb(text, s, verb, speakers, union(content, quoted));
        return a == null ? null : quote(s, content, quoted, a, about, what);
    }

    /** "did not say", "never suggested", "didn't claim". */
    private static boolean negated(Sentence s, Token verb) {
        return s.children(verb.index()).stream().anyMatch(c -> (c.deprel().equals("advmod") || c.deprel().equals("neg"))
                && NEGATIONS.contains(c.text().toLowerCase(Locale.ROOT)));
    }

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "n’t");

    /**
     * "tells voters she's with them": the parser may hang the reported clause, with a subject of its own, on the cue
     * as parataxis (or an unlabelled dependent) instead of as its complement; it follows the cue (and its object) with
     * no punctuation between.
     */
    private static Token reportedParataxis(Sentence s, Token verb) {
        for (Token c : s.children(verb.index())) {
            boolean loose = c.deprel().equals("parataxis") || c.deprel().equals("dep");
            if (loose && c.index() > verb.index() && Clauses.child(s, c.index(), "nsubj") != null) {
                int[] clause = Clauses.range(s, Clauses.subtree(s, c.index()));
                if (clause == null) {
                    return null;
                }
                for (int i = verb.index() + 1; i < clause[0]; i++) {
                    if (Clauses.isPunct(s.token(i))) {
                        return null;
                    }
                }
                return c;
            }
        }
        return null;
    }

    /** Whether the tokens hold a verb: "The army attacked the post" does, the heading "The Latest" does not. */
    private static boolean hasVerb(Sentence s, boolean[] tokens) {
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] && (s.token(i).isVerb() || s.token(i).pos().equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…, officials said" / "X, she said, is …": a cue hung on the sentence as parataxis is set off by punctuation
     * or ends it; "the events it describes are illustrative" is a misparsed relative clause, not a report.
     */
    private static boolean setOff(Sentence s, Token verb) {
        int[] r = Clauses.range(s, Clauses.subtree(s, verb.index()));
        return r != null && (r[0] == 0 || Clauses.isPunct(s.token(r[0] - 1)));
    }

    /**
     * "Protocol called for …, sources said": the parser may hang the reported clause before the cue as an
     * adverbial clause; one without a subordinating word ("if", "when") and before the subject is the content.
     */
    private static Token frontedClause(Sentence s, Token verb) {
        Token subject = Clauses.child(s, verb.index(), "nsubj");
        for (Token c : s.children(verb.index())) {
            boolean clause = c.deprel().equals("advcl") || c.deprel().equals("dep");
            if (clause && c.isVerb() && subject != null && c.index() < subject.index() && Clauses.child(s, c.index(), "mark") == null) {
                return c;
            }
        }
        return null;
    }

    /**
     * "said he would order a review and warned against hackers": the parser may hang the speaker's second cue on
     * the reported clause; a conjoined cue verb without a subject of its own is the speaker's next report, not
     * part of this one.
     */
    private boolean[] withoutSecondReport(Sentence s, Token clause, boolean[] content) {
        for (Token c : s.children(clause.index())) {
            if (c.deprel().equals("conj") && c.isVerb() && cues.isVerb(c.lemma()) && Clauses.child(s, c.index(), "nsubj") == null) {
                boolean[] second = Clauses.subtree(s, c.index());
                for (int i = 0; i < content.length; i++) {
                    content[i] &= !second[i];
                }
                Token cc = Clauses.child(s, c.index(), "cc");
                if (cc != null) {
                    content[cc.index()] = false;
                }
            }
        }
        return content;
    }

    private static boolean[] union(boolean[] a, boolean[] b) {
        boolean[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] |= b[i];
        }
        return out;
    }

    /** "urged supporters to vote" (object and infinitive), else "denied the report" (the object). */
    private static boolean[] objectContent(Sentence s, Token verb) {
        Token xcomp = Clauses.child(s, verb.index(), "xcomp");
        Token obj = Clauses.child(s, verb.index(), "obj");
        if (xcomp != null) {
            boolean[] content = Clauses.subtree(s, xcomp.index());
            return obj != null && obj.index() < xcomp.index() ? union(content, Clauses.subtree(s, obj.index())) : content;
        }
        if (obj != null && !OBJECT_NOT_WORDS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
            return Clauses.subtree(s, obj.index());
        }
        return null;
    }

    /** "called her to meet": "call" with an infinitive ("called X a liar" names, "called on X to" demands: not here). */
    private static boolean summoned(Sentence s, Token verb) {
        Token xcomp = Clauses.child(s, verb.index(), "xcomp");
        return verb.lemma().equalsIgnoreCase("call") && xcomp != null && xcomp.isVerb()
                && Clauses.child(s, xcomp.index(), "mark") != null
                && Clauses.child(s, verb.index(), "obl") == null; // "called on Congress to act" is a demand
    }

    /** "PENCE: Well, look, …" / "Pence: Flowers Won't Be at Debate": up to four name tokens, a colon, words. */
    private Quote afterSpeakersColon(Sentence s, boolean[] quoted) {
        int colon = -1;
        for (int i = 1; i <= COLON_NAME && i < s.tokens().size(); i++) {
            if (s.token(i).text().equals(":")) {
                colon = i;
                break;
            }
            if (!s.token(i).isProperNoun()) {
                return null;
            }
        }
        if (colon < 0 || !s.token(0).isProperNoun() || s.tokens().size() - colon < 4 || quoted[colon + 1]) {
            return null;
        }
        boolean[] content = new boolean[s.tokens().size()];
        for (int i = colon + 1; i < content.length; i++) {
            content[i] = true;
        }
        Speakers.Found found = speakers.ofTokens(s, 0, colon - 1);
        Attribution a = new Attribution(found.speaker(), Attribution.span(text, s.token(colon).start(), s.token(colon).end()),
                "speaker: the name before the colon; actor: " + found.how());
        return quote(s, content, quoted, a, null, "the words after a name and a colon");
    }

    /** "called for a ceasefire", "called on both sides to talk": what the call asks (or whom, with its infinitive). */
    private static Token demanded(Sentence s, Token verb) {
        if (!verb.lemma().equalsIgnoreCase("call")) {
            return null;
        }
        for (Token c : s.children(verb.index())) {
            boolean obl = c.deprel().startsWith("obl");
            if (obl && (Clauses.hasMarker(s, c.index(), "for")
                    || Clauses.hasMarker(s, c.index(), "on") && Clauses.child(s, verb.index(), "xcomp") != null)) {
                return c;
            }
        }
        return null;
    }

    /**
     * "accused Islamabad of violating …": a gerund clause or noun marked "of" after the verb's object. Without
     * an object ("said of his apology") the "of" phrase is what the words were about, not what was said.
     */
    private static Token ofClause(Sentence s, Token verb) {
        if (Clauses.child(s, verb.index(), "obj") == null) {
            return null;
        }
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
        Speakers.Found found = speakers.of(s, owner.index(), notSpeaker);
        return found == null ? null : quote(s, content, quoted, new Attribution(found.speaker(),
                Attribution.span(text, noun.start(), noun.end()), "speaker: the owner of '" + noun.text() + "'; actor: " + found.how()),
                null, "the 'that' clause of '" + noun.text() + "'");
    }

    private static void dropMarker(Sentence s, Token head, boolean[] content, String marker) {
        for (Token c : s.children(head.index())) {
            if ((c.deprel().equals("mark") || c.deprel().equals("case")) && c.text().toLowerCase(Locale.ROOT).equals(marker)) {
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

    /** Whether tokens {@code range} are only a date or time with its numbers, prepositions and punctuation. */
    private static boolean onlyWhen(Sentence s, int[] range) {
        for (int i = range[0]; i <= range[1]; i++) {
            Token t = s.token(i);
            if (!Clauses.isPunct(t) && !Speakers.WHEN.contains(t.ner()) && !t.pos().equals("CD") && !t.pos().equals("IN")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The quote over the content tokens; null when the content is empty, a single word ("criticized
     * Clinton", "announced plans": whom or what it was about, not what was said), or mostly a direct quotation.
     */
    private Quote quote(Sentence s, boolean[] content, boolean[] quoted, Attribution a, TextSpan about, String what) {
        int[] r = Clauses.range(s, content);
        if (r == null || r[0] == r[1] && about == null) {
            return null; // "accusing them of working", "replied Saturday": one word is who or when, not what was said
        }
        if (onlyWhen(s, r)) {
            return null; // "has called a referendum … for June 5, 2016": a date is when, never what was said
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
        return new Quote(start, end, CodePoints.substring(text, start, end), false, a.speaker(), a.cue(), about,
                "reported speech: " + what + "; " + a.how());
    }
}
