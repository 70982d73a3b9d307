package org.newsift.events;

import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The source and target tokens of a predicate, read off the dependency tree: the agent is the
 * subject, or the by-phrase of a passive; the target is the object, the passive subject, or a
 * prepositional object ("talks with Pakistan", "strikes on Kabul"). A verb without a subject of its
 * own borrows the one of the verb it depends on ("agreed to meet", "attacked and killed"). Conjoined
 * arguments are all kept ("Turkey and Qatar mediated"). A verb with an object and a to-phrase
 * ("promised military aid to Mozambique", "hand over the island to Britain") has the to-phrase as its
 * recipient, which is the target when it names an actor. A speech verb after its quote with no
 * subject ("..., said the lawmakers") has its speaker as object in CoreNLP's parse: that is the source.
 *
 * @param source    head tokens of the source arguments
 * @param target    head tokens of the target arguments
 * @param recipient head tokens of a to-phrase next to an object: the target when they name an actor
 * @param how       readable note of the relations used, for the explanation
 */
record Arguments(List<Integer> source, List<Integer> target, List<Integer> recipient, String how) {

    private static final Set<String> TARGET_CASES = Set.of("with", "against", "on", "to", "toward", "towards",
            "at", "into", "between", "upon", "from", "over");
    private static final Set<String> RECIPIENT_CASES = Set.of("to");
    private static final Set<String> BORROWS_SUBJECT = Set.of("xcomp", "conj");

    Arguments(List<Integer> source, List<Integer> target, String how) {
        this(source, target, List.of(), how);
    }

    static Arguments of(Sentence s, int predicate) {
        Token p = s.token(predicate);
        List<Integer> source = new ArrayList<>();
        List<Integer> target = new ArrayList<>();
        List<Integer> recipient = new ArrayList<>();
        List<String> how = new ArrayList<>();
        boolean passive = false;
        boolean afterItsQuote = speaksAfterItsQuote(s, p);
        for (Token c : s.children(predicate)) {
            switch (c.deprel()) {
                case "nsubj" -> add(s, c, source, how, "subject");
                case "nsubj:pass" -> {
                    passive = true;
                    add(s, c, target, how, "passive subject");
                }
                case "obj", "iobj" -> {
                    if (afterItsQuote) {
                        add(s, c, source, how, "speaker after the quote");
                    } else {
                        add(s, c, target, how, "object");
                    }
                }
                default -> {
                }
            }
        }
        for (Token c : s.children(predicate)) {
            if (c.deprel().equals("obl") || c.deprel().equals("nmod") || c.deprel().equals("obl:agent")) {
                String prep = s.caseMarker(c);
                if (prep.equals("by") && (passive || p.isNoun() || p.pos().equals("VBN"))) {
                    add(s, c, source, how, "by-phrase");
                } else if (TARGET_CASES.contains(prep) && (target.isEmpty() || prep.equals("with") || prep.equals("between"))) {
                    add(s, c, target, how, "'" + prep + "' object");
                } else if (RECIPIENT_CASES.contains(prep)) {
                    add(s, c, recipient, how, "recipient '" + prep + "'");
                }
            }
        }
        if ((p.deprel().equals("amod") || p.deprel().startsWith("acl")) && p.head() >= 0) {
            // a participle's noun: "Turkey ... mediating" acts; "the truce brokered by Qatar" is acted on
            Token noun = s.token(p.head());
            if (p.pos().equals("VBG") && p.deprel().equals("amod") && source.isEmpty()) {
                add(s, noun, source, how, "noun of '" + p.text() + "'");
            } else if (p.pos().equals("VBN") && p.deprel().startsWith("acl") && target.isEmpty()) {
                add(s, noun, target, how, "noun of '" + p.text() + "'");
            }
        }
        boolean participleClause = (p.deprel().equals("advcl") || p.deprel().equals("dep")) && p.pos().equals("VBG"); // ", killing three"
        if (source.isEmpty() && (BORROWS_SUBJECT.contains(p.deprel()) || participleClause) && p.head() >= 0) {
            for (Token c : s.children(p.head())) {
                if (c.deprel().equals("nsubj")) {
                    add(s, c, source, how, "subject of '" + s.token(p.head()).text() + "'");
                }
            }
        }
        // "held talks with Pakistan": the object is an event noun whose own 'with' phrase names the target
        for (int t : List.copyOf(target)) {
            for (Token c : s.children(t)) {
                if (c.deprel().equals("nmod") && Set.of("with", "between", "against").contains(s.caseMarker(c))) {
                    add(s, c, target, how, "'" + s.caseMarker(c) + "' object of '" + s.token(t).text() + "'");
                }
            }
        }
        return new Arguments(source, target, recipient, String.join(", ", how));
    }

    /**
     * Who speaks through a verb: its own subjects ("Pakistan said"), or the speaker after its quote
     * ("..., said the lawmakers"); never a subject borrowed from another clause.
     */
    static List<Integer> ownSpeakers(Sentence s, Token verb) {
        List<Integer> out = new ArrayList<>();
        boolean afterItsQuote = speaksAfterItsQuote(s, verb);
        for (Token c : s.children(verb.index())) {
            if (c.deprel().equals("nsubj") || (afterItsQuote && c.deprel().equals("obj"))) {
                add(s, c, out, new ArrayList<>(), "");
            }
        }
        return out;
    }

    /** "Iran must free them, said the lawmakers": a speech verb with no subject and its clause before it. */
    private static boolean speaksAfterItsQuote(Sentence s, Token verb) {
        boolean clauseBefore = false;
        for (Token c : s.children(verb.index())) {
            if (c.deprel().startsWith("nsubj")) {
                return false;
            }
            clauseBefore |= (c.deprel().equals("ccomp") || c.deprel().equals("parataxis")) && c.index() < verb.index();
        }
        return clauseBefore;
    }

    /** Subjects of the clauses a predicate governs ("demanded that the Taliban act" gives "Taliban"). */
    static List<Integer> clauseSubjects(Sentence s, int predicate) {
        List<Integer> out = new ArrayList<>();
        for (Token clause : s.children(predicate)) {
            if (clause.deprel().equals("ccomp") || clause.deprel().equals("xcomp")) {
                for (Token c : s.children(clause.index())) {
                    if (c.deprel().startsWith("nsubj")) {
                        add(s, c, out, new ArrayList<>(), "");
                    }
                }
            }
        }
        return out;
    }

    /** Adds an argument head and its conjuncts ("Turkey and Qatar"). */
    private static void add(Sentence s, Token head, List<Integer> into, List<String> how, String relation) {
        into.add(head.index());
        how.add(relation + " '" + head.text() + "'");
        for (Token c : s.children(head.index())) {
            if (c.deprel().equals("conj") && (c.isNoun() || c.pos().startsWith("PRP"))) {
                into.add(c.index());
            }
        }
    }
}
