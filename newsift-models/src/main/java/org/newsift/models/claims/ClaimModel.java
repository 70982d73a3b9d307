package org.newsift.models.claims;

import org.newsift.models.BinarySentenceModel;

/** The built-in check-worthiness model, trained by {@code newsift train claims} (docs/models.md). */
public final class ClaimModel {
    /** The weights, next to this class. */
    public static final String RESOURCE = "claimbuster-minilm.tsv";
    public static final String NAME = "claimbuster-minilm-1";

    private ClaimModel() {
    }

    private static final class Holder {
        static final BinarySentenceModel BUILT_IN = BinarySentenceModel.load(ClaimModel.class.getResourceAsStream(RESOURCE),
                RESOURCE, new ClaimCues());
    }

    public static BinarySentenceModel builtIn() {
        return Holder.BUILT_IN;
    }
}
