package org.newsift.attribution;

import org.newsift.model.Claim;
import org.newsift.model.Quote;
import org.newsift.pipeline.LayerKey;

import java.util.List;

/**
 * The layers of who said what: the quotes (the quote stage) and the check-worthy claims attributed through them
 * (newsift-models' claim stage).
 */
public final class AttributionLayers {
    public static final LayerKey<List<Quote>> QUOTES = LayerKey.list("quotes");
    public static final LayerKey<List<Claim>> CLAIMS = LayerKey.list("claims");

    private AttributionLayers() {
    }
}
