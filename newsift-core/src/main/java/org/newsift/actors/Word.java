package org.newsift.actors;

import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word as the lexicon matcher sees it: tokens split at hyphens, so "Tehrik-i-Taliban" matches
 * whether the tokenizer kept it whole or split it into "Tehrik", "-", "i", "-", "Taliban".
 *
 * @param norm  lower-cased form
 * @param lemma lower-cased lemma of an unsplit token, else null
 * @param raw   the word as written in the text
 * @param token index of the token it comes from
 */
record Word(String norm, String lemma, String raw, int token) {

    static List<Word> of(List<Token> tokens) {
        List<Word> out = new ArrayList<>();
        for (Token t : tokens) {
            String[] parts = split(t.text());
            for (String part : parts) {
                String lemma = parts.length == 1 && t.lemma() != null ? ActorLexicon.normalize(t.lemma()) : null;
                out.add(new Word(ActorLexicon.normalize(part), lemma, part, t.index()));
            }
        }
        return out;
    }

    /** Splits at spaces, underscores (TABARI writes "Dol_Amroth") and hyphens; a lone hyphen yields no word. */
    static String[] split(String s) {
        return Arrays.stream(s.split("[\\s_\\-\u2010\u2011]+")).filter(p -> !p.isEmpty()).toArray(String[]::new);
    }
}
