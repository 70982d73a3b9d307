package org.newsift.models.bias;

import org.newsift.models.BinarySentenceModel;

/**
 * The built-in sentence-bias model, trained by {@code newsift train bias} on BABE (docs/models.md):
 * logistic regression on the MiniLM sentence embedding alone.
 */
public final class BiasModel {
    /** The weights, next to this class. */
    public static final String RESOURCE = "babe-minilm.tsv";
    public static final String NAME = "babe-minilm-1";

    private BiasModel() {
    }

    private static final class Holder {
        static final BinarySentenceModel BUILT_IN = BinarySentenceModel.load(BiasModel.class.getResourceAsStream(RESOURCE),
                RESOURCE);
    }

    public static BinarySentenceModel builtIn() {
        return Holder.BUILT_IN;
    }
}
