package org.newsift.rhetoric;

import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.Layer;
import org.newsift.pipeline.Stage;

import java.util.EnumSet;
import java.util.Set;

/**
 * Persuasion techniques from cues alone (lexicon, doubting questions, repetition for emphasis), then the article's
 * genre and spin. The model stage in newsift-models adds learned spans on top of these.
 */
public final class RhetoricCueStage implements Stage {
    private final CueTagger tagger;

    public RhetoricCueStage(RhetoricCues lexicon) {
        this.tagger = new CueTagger(lexicon);
    }

    @Override
    public String name() {
        return "rhetoric-cues";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.SENTENCE_KINDS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.RHETORIC);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        doc.setRhetoric(tagger.tag(doc.text(), doc.nlp().sentences()));
        ArticleStance.assess(doc);
    }
}
