package org.newsift.testing;

import org.newsift.nlp.EntityMention;
import org.newsift.nlp.NlpResult;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds hand-parsed sentences for stage tests, so they run without CoreNLP. Each token is
 * {@code word|POS|head|deprel[|NER[|lemma]]} with a 1-based head (0 = root), as in CoNLL-U; NER "O"
 * means none; without a lemma, the lower-cased word minus a final "s" stands in. Tokens are
 * joined by single spaces, except before punctuation and clitics ("'s") and around hyphens. Sentences written for the project.
 */
public final class ParsedSentences {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<EntityMention> entities = new ArrayList<>();

    public ParsedSentences add(String... tokens) {
        if (text.length() > 0) {
            text.append(' ');
        }
        List<Token> out = new ArrayList<>();
        int sentenceStart = text.length();
        for (int i = 0; i < tokens.length; i++) {
            String[] f = tokens[i].split("\\|");
            boolean joined = f[0].matches("[.,]|'s|-") || (i > 0 && tokens[i - 1].startsWith("-|"));
            if (i > 0 && !joined) {
                text.append(' ');
            }
            int start = text.length();
            text.append(f[0]);
            String ner = f.length > 4 ? f[4] : "O";
            String lemma = f.length > 5 ? f[5] : f[0].toLowerCase(Locale.ROOT).replaceAll("s$", "");
            out.add(new Token(i, start, text.length(), f[0], f[1], lemma, ner,
                    Integer.parseInt(f[2]) - 1, f[3]));
        }
        Sentence s = new Sentence(sentences.size(), sentenceStart, text.length(), out);
        sentences.add(s);
        collectEntities(s);
        return this;
    }

    private void collectEntities(Sentence s) {
        int i = 0;
        while (i < s.tokens().size()) {
            String ner = s.token(i).ner();
            int j = i;
            while (!ner.equals("O") && j + 1 < s.tokens().size() && s.token(j + 1).ner().equals(ner)) {
                j++;
            }
            if (!ner.equals("O")) {
                int start = s.token(i).start();
                int end = s.token(j).end();
                entities.add(new EntityMention(start, end, text.substring(start, end), ner, s.index(), i, j, null));
            }
            i = j + 1;
        }
    }

    /** One hand-parsed sentence. */
    public static Sentence sentence(String... tokens) {
        return new ParsedSentences().add(tokens).result().sentences().get(0);
    }

    public String text() {
        return text.toString();
    }

    public NlpResult result() {
        return new NlpResult(sentences, entities);
    }
}
