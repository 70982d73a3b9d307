package org.newsift.attribution;

import org.newsift.attribution.QuoteMarks.Stretch;
import org.newsift.model.Quote;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotations: the stretches {@link QuoteMarks} pairs, each with the cue and speaker nearest to
 * it — a cue verb after the quote in its last sentence ("…,” he said", "…,” said Smith"), else before
 * it in its first sentence ("Smith told reporters: “…”"), else in a previous sentence that ends in a
 * colon. A quotation with no cue of its own goes on from the one just before it (the next paragraph
 * of the same speech, or "“…,” she said. “…”"): it takes that one's speaker and, in the next sentence,
 * its cue too, so the quotes that share a cue are the parts of one attribution. Quoted words of one to three words are scare quotes ("the so-called “peace
 * plan”") unless they open their sentence and a cue follows ("“No,” he said").
 */
final class DirectQuotes {
    /** How many tokens may lie between a quote and its cue verb, after and before it. */
    private static final int AFTER = 8;
    private static final int BEFORE = 12;
    private static final int SCARE_WORDS = 3;
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
            boolean scare = words(q) <= SCARE_WORDS;
            if (scare && !opensSentence(q, sentences.get(first))) {
                continue;
            }
            Attribution a = after(q, sentences.get(last));
            if (a == null && !scare) {
                a = before(q, sentences.get(first));
            }
            if (a == null && !scare && first > 0) {
                a = introducedByColon(sentences.get(first - 1));
            }
            if (a == null && scare) {
                continue;
            }
            String content = CodePoints.substring(text, q.start(), q.end());
            Quote quote;
            if (a != null) {
                quote = new Quote(q.start(), q.end(), content, true, a.speaker(), a.cue());
            } else if (previous != null && previous.speaker() != null && first - previousEndSentence <= CONTINUATION) {
                // the same attribution only when nothing but the cue's own sentence lies between the parts
                boolean adjacent = first - previousEndSentence <= 1;
                quote = new Quote(q.start(), q.end(), content, true, previous.speaker(), adjacent ? previous.cue() : null);
            } else {
                quote = new Quote(q.start(), q.end(), content, true, null, null);
            }
            out.add(quote);
            previous = quote;
            previousEndSentence = last;
        }
        return out;
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

    private int sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s.index();
            }
        }
        return -1;
    }

    /** The nearest cue after the quote, within {@link #AFTER} tokens of its closing mark. */
    private Attribution after(Stretch q, Sentence s) {
        boolean[] inside = inside(q, s);
        int seen = 0;
        for (Token t : s.tokens()) {
            if (t.start() < q.end() || Clauses.isPunct(t) && seen == 0) {
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
        if (t.isVerb() && cues.isVerb(t.lemma()) && !cues.needsClause(t.lemma())) {
            return Attribution.ofVerb(text, s, t, speakers, inside);
        }
        return Attribution.ofAccordingTo(text, s, t, speakers, inside);
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
