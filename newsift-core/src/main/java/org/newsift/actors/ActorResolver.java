package org.newsift.actors;

import org.newsift.nlp.NlpResult;

import java.time.LocalDate;
import java.util.List;

/** Finds and codes the actors of a document (work in progress: being written). */
public final class ActorResolver {
    private final ActorLexicon lexicon;

    public ActorResolver(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Resolution resolve(String text, NlpResult nlp, LocalDate published) {
        return new Resolution(List.of(), List.of());
    }
}
