package org.newsift.rhetoric;

import org.newsift.kinds.SentenceKindLayers;
import org.newsift.nlp.NlpLayers;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
import org.newsift.pipeline.Stage;

import java.util.Set;

/**
 * Persuasion techniques from cues alone (lexicon, doubting questions, repetition for emphasis). The model stage in
 * newsift-models adds learned spans on top of these; {@link ArticleStanceStage} then settles all of them (names alone
 * dropped, voices read) and reads the article's genre and spin from the writer's.
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
    public Set<LayerKey<?>> requires() {
        return Set.of(NlpLayers.NLP, SentenceKindLayers.SENTENCE_KINDS);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(RhetoricLayers.RHETORIC);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        doc.put(RhetoricLayers.RHETORIC, tagger.tag(doc.text(), doc.get(NlpLayers.NLP).sentences()));
    }
}
