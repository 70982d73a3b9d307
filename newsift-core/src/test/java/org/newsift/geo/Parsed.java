package org.newsift.geo;

import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-parsed sentences for gazetteer tests, so they run without CoreNLP. Each token is
 * {@code word|POS|head|deprel[|NER]} with a 1-based head (0 = root), as in CoNLL-U; offsets assume
 * single spaces, except before punctuation and clitics ("'s"). Sentences written for the project.
 */
final class Parsed {
    private Parsed() {
    }

    static Sentence sentence(String... tokens) {
        StringBuilder text = new StringBuilder();
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String[] f = tokens[i].split("\\|");
            if (i > 0 && !f[0].matches("[.,]|'s|-") && !(i > 0 && tokens[i - 1].startsWith("-|"))) {
                text.append(' ');
            }
            int start = text.length();
            text.append(f[0]);
            String ner = f.length > 4 ? f[4] : "O";
            out.add(new Token(i, start, text.length(), f[0], f[1], f[0].toLowerCase(), ner,
                    Integer.parseInt(f[2]) - 1, f[3]));
        }
        return new Sentence(0, 0, text.length(), out);
    }
}
