package org.newsift.nlp;

/**
 * One token of an annotated sentence.
 *
 * @param index  position in its sentence, from 0
 * @param start  code-point offset of the first character in the document text
 * @param end    code-point offset after the last character
 * @param text   the token as it appears in the text
 * @param pos    Penn Treebank part-of-speech tag
 * @param lemma  lemma, as the annotator gives it
 * @param ner    named-entity tag ("O" when none)
 * @param head   index of the syntactic head in the same sentence, or -1 for the root
 * @param deprel Universal Dependencies relation to the head ("root" for the root)
 */
public record Token(int index, int start, int end, String text, String pos, String lemma,
                    String ner, int head, String deprel) {

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }
}
