package org.newsift.events.ontology;

import org.newsift.model.Plover;

/**
 * The event ontologies together: the CAMEO codebook and the CAMEO to PLOVER mapping.
 * Immutable and thread-safe.
 */
public final class Ontology {

    private static final class Holder {
        static final Ontology BUILT_IN = new Ontology(CameoCodebook.builtIn(), PloverMapping.builtIn());
    }

    private final CameoCodebook cameo;
    private final PloverMapping plover;

    public Ontology(CameoCodebook cameo, PloverMapping plover) {
        this.cameo = cameo;
        this.plover = plover;
    }

    /** The built-in codebook and mapping. */
    public static Ontology builtIn() {
        return Holder.BUILT_IN;
    }

    public CameoCodebook cameo() {
        return cameo;
    }

    public PloverMapping ploverMapping() {
        return plover;
    }

    /** The CAMEO code or its nearest known ancestor, null when unknown; see {@link CameoCodebook#lookup}. */
    public CameoCode lookup(String code) {
        return cameo.lookup(code);
    }

    /** Goldstein score of a code (or its nearest known ancestor); NaN when unknown. */
    public double goldstein(String code) {
        CameoCode c = cameo.lookup(code);
        return c == null ? Double.NaN : c.goldstein();
    }

    /** Quad class (1..4) of a code, from its root. */
    public int quadClass(String code) {
        return CameoCodebook.quadClassOfRoot(CameoCodebook.root(code));
    }

    /** The PLOVER event of a CAMEO code, or null; see {@link PloverMapping#map}. */
    public Plover plover(String code) {
        return plover.map(code);
    }
}
