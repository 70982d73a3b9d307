package org.newsift.events.patterns;

import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/** Hand-written parses: each token "text/POS/lemma/head/deprel", head 0-based, -1 for the root. */
final class Parsed {

    private Parsed() {}

    static Sentence of(String... tokens) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < tokens.length; i++) {
            String[] f = tokens[i].split("/");
            if (f.length != 5) {
                throw new IllegalArgumentException(tokens[i]);
            }
            int len = f[0].codePointCount(0, f[0].length());
            out.add(new Token(i, offset, offset + len, f[0], f[1], f[2], "O", Integer.parseInt(f[3]), f[4]));
            offset += len + 1;
        }
        return new Sentence(0, 0, offset, out);
    }
}
