package org.newsift.rhetoric;

import org.newsift.attribution.AttributionLayers;
import org.newsift.kinds.SentenceKindLayers;
import org.newsift.nlp.NlpLayers;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
import org.newsift.pipeline.Stage;

import java.util.Set;

/**
 * The spans' voices, and the article's genre and spin ({@link ArticleStance}), once every stage that adds technique
 * spans has run: the cue stage here, newsift-models' span tagger where the models run (its assembly inserts the model
 * stages before this one by name). The quote stage runs before both, so its quotes tell whose words a span is.
 */
public final class ArticleStanceStage implements Stage {
    public static final String NAME = "stance";

    private final SatireCues satire;

    public ArticleStanceStage(SatireCues satire) {
        this.satire = satire;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(NlpLayers.NLP, SentenceKindLayers.SENTENCE_KINDS, AttributionLayers.QUOTES,
                RhetoricLayers.RHETORIC);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(RhetoricLayers.RHETORIC, RhetoricLayers.GENRE, RhetoricLayers.SPIN);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        ArticleStance.assess(doc, satire);
    }
}
