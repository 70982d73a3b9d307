package org.newsift.cli;

import org.newsift.actors.ActorLexicon;
import org.newsift.corenlp.CoreNlpAnnotator;
import org.newsift.events.EventClassifier;
import org.newsift.events.patterns.EventPatterns;
import org.newsift.lang.LanguageIdentifier;
import org.newsift.models.MiniLmEventClassifier;
import org.newsift.pipeline.NewsiftConfig;
import org.newsift.pipeline.Pipeline;
import org.newsift.pipeline.Pipelines;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options that configure the analysis pipeline, as {@code newsift ingest} takes them. */
final class PipelineOptions {

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Actor lexicon (TSV, docs/lexicons.md) that adds to or overrides the built-in one. Repeatable.")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--verbs", paramLabel = "FILE",
            description = "Event-pattern lexicon (TSV, docs/event-patterns.md) whose patterns win over the built-in ones. Repeatable.")
    List<Path> verbFiles = new ArrayList<>();

    @Option(names = "--dictionary", paramLabel = "DIR",
            description = "Directory of PETRARCH/TABARI dictionaries: *actors*.txt, *agents*.txt, *verbs*.txt. Repeatable.")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--no-builtins", description = "Use only the lexicons given with --actors, --verbs and --dictionary.")
    boolean noBuiltins;

    @Option(names = "--model", description = "Experimental: also code verbs no pattern reaches with the MiniLM event model "
            + "(docs/models.md).")
    boolean model;

    /**
     * Reads the lexicons (fast, so a typo fails before the models load), then builds the pipeline.
     *
     * @throws IOException a lexicon could not be read
     */
    Pipeline build() throws IOException {
        NewsiftConfig config = new NewsiftConfig(!noBuiltins, dictionaries, actorFiles, verbFiles);
        ActorLexicon lexicon;
        EventPatterns patterns;
        try {
            lexicon = config.actorLexicon();
            patterns = config.eventPatterns();
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        EventClassifier classifier = model ? MiniLmEventClassifier.builtIn() : EventClassifier.NONE;
        return Pipelines.standard(new CoreNlpAnnotator(), lexicon, patterns, classifier, new LanguageIdentifier());
    }
}
