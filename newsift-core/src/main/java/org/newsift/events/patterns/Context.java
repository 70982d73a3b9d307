package org.newsift.events.patterns;

import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * What the patterns can see around one predicate token: its objects, prepositional attachments,
 * particles, modifiers, subjects, xcomp verbs and the words on either side of it. Built per
 * {@link EventPatterns#match} call, computed lazily, never shared between threads.
 */
final class Context {

    /** A prepositional attachment: the preposition (lower case, multi-word joined by spaces) and its head. */
    record Attachment(String prep, Token head) {}

    final Sentence sentence;
    final Token pred;
    private final List<List<Token>> kids;
    private final BitSet[] subtrees;
    private List<Token> objects;
    private List<Attachment> attachments;
    private List<Token> subjects;
    private List<Token> xcomps;
    private BitSet after;
    private BitSet before;

    Context(Sentence s, int predicate) {
        this.sentence = s;
        this.pred = s.token(predicate);
        int n = s.tokens().size();
        List<List<Token>> k = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            k.add(new ArrayList<>(2));
        }
        for (Token t : s.tokens()) {
            if (t.head() >= 0 && t.head() < n) {
                k.get(t.head()).add(t);
            }
        }
        this.kids = k;
        this.subtrees = new BitSet[n];
    }

    List<Token> children(Token t) {
        return kids.get(t.index());
    }

    /** Lower case, without hyphens, underscores and spaces: "Cease-fire" and "ceasefire" compare equal. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints()
                .filter(c -> c != '-' && c != '_' && c != ' ' && c != '\u2010' && c != '\u2011')
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    /** True when the normalized word equals the token's lemma or its text. */
    static boolean is(Token t, String normWord) {
        return norm(t.lemma()).equals(normWord) || norm(t.text()).equals(normWord);
    }

    static boolean rel(Token t, String deprel) {
        String d = t.deprel();
        return d != null && (d.equals(deprel) || d.startsWith(deprel + ":"));
    }

    BitSet subtree(Token t) {
        BitSet b = subtrees[t.index()];
        if (b == null) {
            b = new BitSet();
            collect(t, b, 0);
            subtrees[t.index()] = b;
        }
        return b;
    }

    private void collect(Token t, BitSet into, int depth) {
        if (into.get(t.index()) || depth > 200) {
            return;
        }
        into.set(t.index());
        for (Token c : children(t)) {
            collect(c, into, depth + 1);
        }
    }

    /** True when every word but the last is found in the subtree of {@code head} and the last is the head itself. */
    boolean phraseAt(Token head, List<String> phrase) {
        if (!is(head, phrase.get(phrase.size() - 1))) {
            return false;
        }
        if (phrase.size() == 1) {
            return true;
        }
        BitSet sub = subtree(head);
        for (int i = 0; i < phrase.size() - 1; i++) {
            if (!anyIn(sub, phrase.get(i), head.index())) {
                return false;
            }
        }
        return true;
    }

    boolean anyIn(BitSet set, String normWord, int except) {
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            if (i != except && is(sentence.token(i), normWord)) {
                return true;
            }
        }
        return false;
    }

    private void withConjuncts(Token t, List<Token> into) {
        into.add(t);
        for (Token c : children(t)) {
            if (rel(c, "conj")) {
                into.add(c);
            }
        }
    }

    /**
     * Direct objects, and for a verb the passive subject or the noun its passive participle modifies
     * ("the statement released on Tuesday"); with their conjuncts ("sanctions and an embargo").
     */
    List<Token> objects() {
        if (objects == null) {
            List<Token> out = new ArrayList<>();
            for (Token c : children(pred)) {
                if (c.deprel().equals("obj") || c.deprel().equals("dobj")
                        || (pred.isVerb() && rel(c, "nsubj") && c.deprel().contains("pass"))) {
                    withConjuncts(c, out);
                }
            }
            if (pred.pos().equals("VBN") && pred.deprel().equals("acl") && pred.head() >= 0) {
                out.add(sentence.token(pred.head()));
            }
            objects = out;
        }
        return objects;
    }

    /**
     * The subjects and objects together: where an idiom's noun is found whichever role the parser gave
     * it ("the deal already struck" is parsed with "deal" as the subject as often as the object).
     */
    List<Token> coreArguments() {
        List<Token> out = new ArrayList<>(subjects());
        out.addAll(objects());
        return out;
    }

    List<Token> objectsOf(Token verb) {
        List<Token> out = new ArrayList<>();
        for (Token c : children(verb)) {
            if (c.deprel().equals("obj") || c.deprel().equals("dobj")) {
                withConjuncts(c, out);
            }
        }
        return out;
    }

    /** Subjects (nsubj, csubj, with conjuncts). */
    List<Token> subjects() {
        if (subjects == null) {
            List<Token> out = new ArrayList<>();
            for (Token c : children(pred)) {
                if ((rel(c, "nsubj") || rel(c, "csubj")) && !c.deprel().contains("pass")) {
                    withConjuncts(c, out);
                }
            }
            subjects = out;
        }
        return subjects;
    }

    List<Token> xcomps() {
        if (xcomps == null) {
            List<Token> out = new ArrayList<>();
            for (Token c : children(pred)) {
                if (rel(c, "xcomp")) {
                    out.add(c);
                }
            }
            xcomps = out;
        }
        return xcomps;
    }

    /** Particles: compound:prt, or an adverb right after the verb ("shot back", tagged advmod as often as not). */
    List<Token> particles() {
        List<Token> out = new ArrayList<>();
        for (Token c : children(pred)) {
            if (c.deprel().equals("compound:prt") || (c.deprel().equals("advmod") && c.index() == pred.index() + 1)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Compound and adjectival modifiers of the predicate ("air" strike, "suicide" bombing). */
    List<Token> modifiers() {
        List<Token> out = new ArrayList<>();
        for (Token c : children(pred)) {
            String d = c.deprel();
            if (d.equals("compound") || rel(c, "amod") || d.equals("nmod:npmod")) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Prepositional attachments of the predicate and of its objects: obl and nmod dependents with a
     * case marker, and adverbial clauses with a prepositional mark ("accused India of waging").
     */
    List<Attachment> attachments() {
        if (attachments == null) {
            List<Attachment> out = new ArrayList<>();
            addAttachments(pred, out);
            for (Token o : objects()) {
                addAttachments(o, out);
            }
            attachments = out;
        }
        return attachments;
    }

    private void addAttachments(Token governor, List<Attachment> out) {
        for (Token c : children(governor)) {
            String d = c.deprel();
            boolean nominal = rel(c, "obl") || (rel(c, "nmod") && !d.equals("nmod:poss"));
            boolean clausal = rel(c, "advcl") || rel(c, "acl");
            if (!nominal && !clausal) {
                continue;
            }
            String prep = marker(c, nominal ? "case" : "mark");
            if (prep == null && clausal) {
                prep = marker(c, "case");
            }
            if (prep != null) {
                out.add(new Attachment(prep, c));
                for (Token cc : children(c)) {
                    if (rel(cc, "conj")) {
                        out.add(new Attachment(prep, cc));
                    }
                }
            }
        }
    }

    private String marker(Token t, String rel) {
        for (Token c : children(t)) {
            if (c.deprel().equals(rel)) {
                StringBuilder b = new StringBuilder(c.text().toLowerCase(Locale.ROOT));
                for (Token f : children(c)) {
                    if (f.deprel().equals("fixed")) {
                        b.append(' ').append(f.text().toLowerCase(Locale.ROOT));
                    }
                }
                return b.toString();
            }
        }
        return null;
    }

    /**
     * Tokens after the predicate in its own subtree, leaving out its subjects, coordinated clauses,
     * parataxis and punctuation: where TABARI patterns look for words written after "*".
     */
    BitSet after() {
        if (after == null) {
            BitSet b = new BitSet();
            for (Token c : children(pred)) {
                String d = c.deprel();
                if (rel(c, "conj") || d.equals("parataxis") || d.equals("punct") || d.equals("cc")
                        || ((rel(c, "nsubj") || rel(c, "csubj")) && !d.contains("pass"))) {
                    continue;
                }
                b.or(subtree(c));
            }
            b.clear(0, pred.index() + 1);
            after = b;
        }
        return after;
    }

    /** Tokens before the predicate in its subtree or among its governors: where words written before "*" are looked for. */
    BitSet before() {
        if (before == null) {
            BitSet b = (BitSet) subtree(pred).clone();
            Token g = sentence.governor(pred);
            int guard = 0;
            while (g != null && guard++ < 100) {
                b.set(g.index());
                g = sentence.governor(g);
            }
            b.clear(pred.index(), sentence.tokens().size());
            before = b;
        }
        return before;
    }
}
