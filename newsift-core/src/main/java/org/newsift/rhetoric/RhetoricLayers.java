package org.newsift.rhetoric;

import org.newsift.model.Rhetoric;
import org.newsift.pipeline.LayerKey;

import java.util.List;

/** The rhetoric layers: technique spans, and the article's genre and spin (docs/rhetoric.md). */
public final class RhetoricLayers {
    /** Persuasion-technique spans, from the cue stage and newsift-models' span tagger. */
    public static final LayerKey<List<Rhetoric>> RHETORIC = LayerKey.list("rhetoric");
    /** reporting, opinion or satire; null until the article-stance stage (or the genre model) decides. */
    public static final LayerKey<String> GENRE = LayerKey.of("genre", null);
    /** Spin score in [0,1]; null until the article-stance stage computes it. */
    public static final LayerKey<Double> SPIN = LayerKey.of("spin", null);

    private RhetoricLayers() {
    }
}
