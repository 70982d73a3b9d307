package org.newsift.events;

import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Arguments of a nominal event ("Pakistani airstrikes", "talks between Kabul and Islamabad",
 * "Russia's attack on Kyiv"): the possessor, an adjectival or compound actor, or a by-phrase is the
 * source; an on/against/with-phrase is the target; "between X and Y" gives X as source and Y as
 * target. When the noun is the object of a verb ("Pakistan held talks with ..."), the verb's
 * subject is the source.
 */
final class NounArguments {
    private NounArguments() {
    }

    static Arguments of(Sentence s, int noun) {
        List<Integer> source = new ArrayList<>();
        List<Integer> target = new ArrayList<>();
        List<String> how = new ArrayList<>();
        for (Token c : s.children(noun)) {
            String prep = s.caseMarker(c);
            switch (c.deprel()) {
                case "nmod:poss", "amod", "compound" -> {
                    source.add(c.index());
                    how.add(c.deprel() + " '" + c.text() + "'");
                }
                case "nmod" -> {
                    if (prep.equals("by") || prep.equals("from")) {
                        source.add(c.index());
                        how.add("'" + prep + "' phrase '" + c.text() + "'");
                    } else if (prep.equals("between") || prep.equals("among")) {
                        betweenPair(s, c, source, target);
                        how.add("'" + prep + "' pair");
                    } else if (List.of("on", "against", "with", "at", "into", "to").contains(prep)) {
                        target.add(c.index());
                        how.add("'" + prep + "' object '" + c.text() + "'");
                    }
                }
                default -> {
                }
            }
        }
        Token n = s.token(noun);
        // "Pakistan held talks", "it carried out air strikes": the verb's subject, after the noun's own modifiers
        if ((n.deprel().equals("obj") || n.deprel().equals("nsubj:pass")) && n.head() >= 0) {
            for (Token c : s.children(n.head())) {
                if (c.deprel().equals("nsubj")) {
                    source.add(c.index());
                    how.add("subject of '" + s.token(n.head()).text() + "'");
                    s.children(c.index()).stream().filter(x -> x.deprel().equals("conj")).forEach(x -> source.add(x.index()));
                }
            }
        }
        return new Arguments(source, target, String.join(", ", how));
    }

    /** "between Kabul and Islamabad": the first is the source, the conjuncts the targets. */
    private static void betweenPair(Sentence s, Token first, List<Integer> source, List<Integer> target) {
        source.add(first.index());
        for (Token c : s.children(first.index())) {
            if (c.deprel().equals("conj")) {
                target.add(c.index());
            }
        }
    }
}
