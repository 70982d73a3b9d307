package org.newsift.attribution;

import org.newsift.attribution.QuoteMarks.Stretch;
import org.newsift.model.Quote;
import org.newsift.model.TextSpan;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.SentenceSpans;
import org.newsift.nlp.Token;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Direct quotations: the stretches {@link QuoteMarks} pairs, each with the cue and speaker nearest to
 * it — a cue verb after the quote in its last sentence ("…,” he said", "…,” said Smith"), else before
 * it in its first sentence ("Smith told reporters: “…”"), else in a previous sentence that ends in a
 * colon. A quotation with no cue of its own goes on from the one just before it (the next paragraph
 * of the same speech, or "“…,” she said. “…”") when it stands alone in its sentences: it takes that
 * one's speaker and, in the next sentence, its cue too, so the quotes that share a cue are the parts of
 * one attribution. "…,” as X puts it" attributes like a cue. Quoted words of one to three words are scare quotes ("the so-called “peace
 * plan”") unless they open their sentence and a cue follows ("“No,” he said"), or a cue verb gives them as
 * what its object is called ("described the talks as “complex”").
 */
final class DirectQuotes {
    /** How many tokens may lie between a quote and its cue verb, after and before it. */
    private static final int AFTER = 8;
    private static final int BEFORE = 12;
    private static final int SCARE_WORDS = 3;
    /** Dashes that sign a quotation with the speaker's name after it. */
    private static final Set<String> DASHES = Set.of("\u2015", "\u2014", "--");
    /** A quote with no cue continues the previous speaker's if that one ended this many sentences before at most. */
    private static final int CONTINUATION = 2;

    private final String text;
    private final List<Sentence> sentences;
    private final CueLexicon cues;
    private final Speakers speakers;

    DirectQuotes(String text, List<Sentence> sentences, CueLexicon cues, Speakers speakers) {
        this.text = text;
        this.sentences = sentences;
        this.cues = cues;
        this.speakers = speakers;
    }

    List<Quote> find(List<Stretch> stretches) {
        List<Quote> out = new ArrayList<>();
        Quote previous = null;
        int previousEndSentence = -10;
        for (Stretch q : stretches) {
            int first = sentenceAt(q.start());
            int last = sentenceAt(q.end() - 1);
            if (first < 0 || last < 0) {
                continue;
            }
            String content = CodePoints.substring(text, q.start(), q.end());
            boolean scare = words(q) <= SCARE_WORDS;
            if (scare && !opensSentence(q, sentences.get(first))) {
                Quote described = characterisation(q, sentences.get(first), content);
                if (described != null) {
                    out.add(described);
                }
                continue;
            }
            String where = "cue after the quotation";
            Attribution a = after(q, sentences.get(last));
            if (a == null && last + 1 < sentences.size()) {
                a = signedAfterDash(sentences.get(last + 1), sentences.get(last + 1).token(0)); // the splitter ends the sentence at ”
            }
            if (a == null && !scare) {
                where = "cue before the quotation";
                a = before(q, sentences.get(first));
            }
            if (a == null && !scare && first > 0) {
                where = "cue in the sentence before, which ends in a colon";
                a = introducedByColon(sentences.get(first - 1));
            }
            if (a == null && scare) {
                continue;
            }
            Quote quote;
            if (a != null) {
                quote = new Quote(q.start(), q.end(), content, true, a.speaker(), a.cue(), null,
                        "quotation marks; " + where + " ('" + a.cue().text() + "'); " + a.how());
            } else if (previous != null && previous.speaker() != null && first - previousEndSentence <= CONTINUATION
                    && standsAlone(q, first, last)) {
                // the same attribution only when nothing but the cue's own sentence lies between the parts
                boolean adjacent = first - previousEndSentence <= 1;
                quote = new Quote(q.start(), q.end(), content, true, previous.speaker(), adjacent ? previous.cue() : null,
                        null, "quotation marks; no cue of its own: it goes on from the quotation before it, of "
                        + previous.speaker().text());
            } else {
                quote = new Quote(q.start(), q.end(), content, true, null, null, null,
                        "quotation marks; no cue within reach: the speaker is unknown");
            }
            out.add(quote);
            previous = quote;
            previousEndSentence = last;
        }
        return out;
    }

    /**
     * "described the negotiations as “complex”", "dismissed the demand as “unreasonable”": a short quotation
     * that a cue verb gives as what its object is called; the quotation is the content and the object what
     * it is about. Null for any other short quotation (a scare quote).
     */
    private Quote characterisation(Stretch q, Sentence s, String content) {
        boolean[] inside = inside(q, s);
        for (Token t : s.tokens()) {
            if (!inside[t.index()] || t.head() < 0 || inside[t.head()]) {
                continue; // not the quotation's head word
            }
            Token verb = s.token(t.head());
            if (!t.equals(Clauses.asComplement(s, verb)) || !verb.isVerb() || !cues.isVerb(verb.lemma())) {
                return null;
            }
            Attribution a = Attribution.ofVerb(text, s, verb, speakers, inside);
            if (a == null) {
                return null;
            }
            TextSpan about = Attribution.about(text, s, verb, t);
            return new Quote(q.start(), q.end(), content, true, a.speaker(), a.cue(), about,
                    "quotation marks; " + Attribution.calls(verb, about) + "; " + a.how());
        }
        return null;
    }

    /** The quotation is all its sentences hold but punctuation: a quoted paragraph, not a quote within narration. */
    private boolean standsAlone(Stretch q, int first, int last) {
        for (int i = first; i <= last; i++) {
            for (Token t : sentences.get(i).tokens()) {
                boolean in = t.start() < q.end() && t.end() > q.start();
                if (!in && !Clauses.isPunct(t)) {
                    return false;
                }
            }
        }
        return true;
    }

    private int words(Stretch q) {
        return CodePoints.substring(text, q.start(), q.end()).strip().split("\\s+").length;
    }

    /** The quote holds the sentence's first word ("“No,” he said"), unlike a scare quote in its middle. */
    private static boolean opensSentence(Stretch q, Sentence s) {
        for (Token t : s.tokens()) {
            if (!Clauses.isPunct(t)) {
                return t.start() >= q.start() && t.start() < q.end();
            }
        }
        return false;
    }

    /** The sentence that holds the offset, or -1: a binary search, the sentences being in text order. */
    private int sentenceAt(int offset) {
        int lo = SentenceSpans.firstEndingAfter(sentences, offset);
        return lo < sentences.size() && sentences.get(lo).start() <= offset ? sentences.get(lo).index() : -1;
    }

    /**
     * The nearest cue after the quote, within {@link #AFTER} tokens of its closing mark, not counting a
     * parenthesis ("Rep. Gwen Moore (D-Wis.) said"); or a name after a dash ("…” ― Azucena Gonzalez").
     */
    private Attribution after(Stretch q, Sentence s) {
        boolean[] inside = inside(q, s);
        int seen = 0;
        int depth = 0;
        for (Token t : s.tokens()) {
            if (t.start() < q.end()) {
                continue;
            }
            if (seen == 0 && DASHES.contains(t.text())) {
                return signedAfterDash(s, t);
            }
            depth += t.text().equals("(") || t.pos().equals("-LRB-") ? 1 : t.text().equals(")") || t.pos().equals("-RRB-") ? -1 : 0;
            if (Clauses.isPunct(t) && seen == 0 || depth > 0 || t.text().equals(")")) {
                continue;
            }
            if (++seen > AFTER) {
                break;
            }
            Attribution a = cueAt(s, t, inside);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** The nearest cue before the quote's opening mark. */
    private Attribution before(Stretch q, Sentence s) {
        boolean[] inside = inside(q, s);
        int seen = 0;
        for (int i = s.tokens().size() - 1; i >= 0; i--) {
            Token t = s.token(i);
            if (t.end() > q.start()) {
                continue;
            }
            if (++seen > BEFORE) {
                break;
            }
            Attribution a = cueAt(s, t, inside);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** "…” ― Azucena Gonzalez": up to four name tokens right after a dash sign the quotation. */
    private Attribution signedAfterDash(Sentence s, Token dash) {
        if (!DASHES.contains(dash.text())) {
            return null;
        }
        int first = dash.index() + 1;
        int last = first - 1;
        while (last + 1 < s.tokens().size() && last + 1 < first + 4 && s.token(last + 1).isProperNoun()) {
            last++;
        }
        if (last < first) {
            return null;
        }
        Speakers.Found found = speakers.ofTokens(s, first, last);
        return new Attribution(found.speaker(), Attribution.span(text, dash.start(), dash.end()),
                "speaker: the name after the dash; actor: " + found.how());
    }

    /** "The minister said:" — a sentence of its own that ends in a colon and holds a cue. */
    private Attribution introducedByColon(Sentence s) {
        if (!s.token(s.tokens().size() - 1).text().equals(":")) {
            return null;
        }
        for (int i = s.tokens().size() - 1; i >= 0; i--) {
            Attribution a = cueAt(s, s.token(i), null);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    private Attribution cueAt(Sentence s, Token t, boolean[] inside) {
        boolean speech = cues.isVerb(t.lemma()) && !cues.needsClause(t.lemma());
        if (t.isVerb() && (speech || isAsOneSaysIt(s, t))) {
            return Attribution.ofVerb(text, s, t, speakers, inside);
        }
        return Attribution.ofAccordingTo(text, s, t, speakers, inside);
    }

    /** "…,” as Van Jackson puts it": "put" with "as" and "it" reports the words before it. */
    private static boolean isAsOneSaysIt(Sentence s, Token verb) {
        Token object = Clauses.child(s, verb.index(), "obj");
        return verb.lemma().equalsIgnoreCase("put") && Clauses.hasMarker(s, verb.index(), "as")
                && object != null && object.text().equalsIgnoreCase("it");
    }

    /** Which tokens of the sentence lie inside the quote. */
    private static boolean[] inside(Stretch q, Sentence s) {
        boolean[] in = new boolean[s.tokens().size()];
        for (Token t : s.tokens()) {
            in[t.index()] = t.start() < q.end() && t.end() > q.start();
        }
        return in;
    }
}
