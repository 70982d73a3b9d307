package org.newsift.nlp;

import java.util.List;

/** What an {@link NlpAnnotator} returns for one text. */
public record NlpResult(List<Sentence> sentences, List<EntityMention> entities) {

    public NlpResult {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
