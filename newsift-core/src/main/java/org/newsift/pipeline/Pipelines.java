package org.newsift.pipeline;

import org.newsift.actors.ActorLexicon;
import org.newsift.actors.ActorResolver;
import org.newsift.actors.ActorStage;
import org.newsift.kinds.SentenceKindStage;
import org.newsift.lang.LanguageIdentifier;
import org.newsift.lang.LanguageStage;
import org.newsift.nlp.NlpAnnotator;
import org.newsift.nlp.NlpStage;

import java.util.List;

/** The standard newsift pipeline, assembled from its stages. */
public final class Pipelines {
    private Pipelines() {
    }

    public static Pipeline standard(NlpAnnotator nlp, ActorLexicon lexicon, LanguageIdentifier languages) {
        return new Pipeline(List.of(
                new LanguageStage(languages),
                new NlpStage(nlp),
                new ActorStage(new ActorResolver(lexicon)),
                new SentenceKindStage()));
    }
}
