package org.newsift.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One sentence with its tokens and dependency tree; offsets are code points into the document text. */
public record Sentence(int index, int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Dependents of the token at {@code head}, in text order. */
    public List<Token> children(int head) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == head) {
                out.add(t);
            }
        }
        return out;
    }

    /** The preposition or case marker attached to a token ("of" in "of Pakistan"), lower-cased, or "". */
    public String caseMarker(Token t) {
        for (Token c : children(t.index())) {
            if (c.deprel().equals("case")) {
                return c.text().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** The governor of a token, or null for the root. */
    public Token governor(Token t) {
        return t.head() < 0 ? null : tokens.get(t.head());
    }
}
