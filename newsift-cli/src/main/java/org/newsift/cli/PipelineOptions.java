package org.newsift.cli;

import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;
import org.newsift.corenlp.CoreNlpAnnotator;
import org.newsift.models.ModelFiles;
import org.newsift.models.ModelPipelines;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The options that configure the analysis pipeline, shared by {@code newsift analyze} and {@code newsift ingest}. */
final class PipelineOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Actor lexicon (TSV, docs/lexicons.md) that adds to or overrides the built-in one. Repeatable.")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--verbs", paramLabel = "FILE",
            description = "Event-pattern lexicon (TSV, docs/event-patterns.md) whose patterns win over the built-in ones. Repeatable.")
    List<Path> verbFiles = new ArrayList<>();

    @Option(names = "--dictionary", paramLabel = "DIR",
            description = "Directory of PETRARCH/TABARI dictionaries: *actors*.txt, *agents*.txt, *verbs*.txt. Repeatable.")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--cues", paramLabel = "FILE",
            description = "Attribution cue list (TSV, docs/attribution.md) read after the built-in one: adds speech verbs "
                    + "and nouns, or switches them off. Repeatable.")
    List<Path> cueFiles = new ArrayList<>();

    @Option(names = "--rhetoric", paramLabel = "FILE",
            description = "Rhetoric cue lexicon (TSV, docs/rhetoric.md) that adds to or overrides the built-in cues. Repeatable.")
    List<Path> rhetoricFiles = new ArrayList<>();

    @Option(names = "--places", paramLabel = "FILE",
            description = "Gazetteer places (TSV, docs/gazetteer.md) read after the built-in ones. Repeatable.")
    List<Path> placeFiles = new ArrayList<>();

    @Option(names = "--kind-cues", paramLabel = "FILE",
            description = "Sentence-kind cues (group<TAB>word; group<TAB>-word switches one off; docs/lexicons.md) "
                    + "read after the built-in ones. Repeatable.")
    List<Path> kindCueFiles = new ArrayList<>();

    @Option(names = "--modality-cues", paramLabel = "FILE",
            description = "Modality cues: negators, auxiliaries, intent words (group<TAB>word; docs/lexicons.md) "
                    + "read after the built-in ones. Repeatable.")
    List<Path> modalityFiles = new ArrayList<>();

    @Option(names = "--satire-cues", paramLabel = "FILE",
            description = "Satire phrases, one a line (-phrase switches one off; docs/rhetoric.md), read after the "
                    + "built-in ones. Repeatable.")
    List<Path> satireFiles = new ArrayList<>();

    @Option(names = "--no-builtins", description = "Use only the lexicons given with --actors, --verbs and --dictionary.")
    boolean noBuiltins;

    @Option(names = "--model", description = "Experimental: also code verbs that no pattern reaches, between coded actors, "
            + "with the MiniLM event model (docs/models.md). Off by default: on real news most of its events were wrong.")
    boolean model;

    @Option(names = "--min-confidence", paramLabel = "P",
            description = "Output only events whose calibrated confidence (the probability, on dev data, that the event is "
                    + "fully right) is at least P, 0 to 1. Default: the threshold chosen for precision when the event "
                    + "verifier was trained (docs/models.md). An event without a source is never output.")
    Double minConfidence;

    @Option(names = "--min-score", paramLabel = "P",
            description = "Output only persuasion-technique spans whose calibrated score (the probability, on held-out PTC "
                    + "articles, that the span is a persuasion span) is at least P, 0 to 1. Default: the threshold chosen "
                    + "for precision when the span tagger was trained (docs/models.md).")
    Double minScore;

    @Option(names = "--min-claim-score", paramLabel = "P",
            description = "Output only claims whose calibrated check-worthiness (the probability, on held-out ClaimBuster "
                    + "sentences, that the sentence is a check-worthy factual claim) is at least P, 0 to 1. Default: the "
                    + "threshold chosen for precision when the claim model was trained (docs/models.md). Questions, "
                    + "opinions, predictions and fragments are never claims.")
    Double minClaimScore;

    @Option(names = "--item-timeout", defaultValue = "5m", paramLabel = "DURATION",
            description = "The most one article's analysis may take (e.g. 90s, 10m; 0 for no limit). An article that "
                    + "takes longer is stopped and reported as rejected, and the batch goes on. A 1,000,000-character text "
                    + "(the --max-chars default) takes about 2 to 4 minutes on one core. Default: ${DEFAULT-VALUE}.")
    String itemTimeout;

    /** The per-item time limit of {@code --item-timeout}. */
    ItemTimeout itemTimeout() {
        if (itemTimeout.strip().equals("0")) {
            return new ItemTimeout(Duration.ZERO);
        }
        try {
            Duration d = SourceArgs.duration("--item-timeout", itemTimeout);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("--item-timeout must be positive, or 0 for no limit, got '" + itemTimeout + "'");
            }
            return new ItemTimeout(d);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }

    /**
     * The pipeline, or nothing after saying on {@code err}, in one line, why it could not be built (a lexicon or a
     * model that does not read); the caller then exits with {@link ExitCodes#BAD_CONFIG}.
     */
    Optional<Pipeline> buildOrSay(PrintWriter err) {
        try {
            return Optional.of(build());
        } catch (IOException e) {
            err.println("newsift: " + OneLine.of(e));
            return Optional.empty();
        }
    }

    /**
     * Builds the pipeline: CoreNLP loads on a thread of its own while the lexicons and the models load on this one
     * (the lexicons first, so a typo fails in a second, not twenty).
     *
     * @throws IOException a lexicon or a model could not be read
     */
    private Pipeline build() throws IOException {
        requireProbability("--min-confidence", minConfidence);
        requireProbability("--min-score", minScore);
        requireProbability("--min-claim-score", minClaimScore);
        try {
            return ModelPipelines.load(CoreNlpAnnotator::new, config(), new ModelPipelines.Options(model,
                    minConfidence, minScore, minClaimScore));
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e); // a lexicon line that does not parse
        } catch (ExceptionInInitializerError | UncheckedIOException e) {
            // a model file that does not load, most likely one of the user's (NEWSIFT_MODELS, docs/models.md)
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String userModels = System.getenv(ModelFiles.ENV);
            throw new IOException("cannot load the models" + (userModels == null ? "" : " (" + ModelFiles.ENV + "="
                    + userModels + ")") + ": " + cause.getMessage(), e);
        }
    }

    private void requireProbability(String option, Double value) {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new ParameterException(command.commandLine(), option + " must be between 0 and 1, not " + value);
        }
    }

    NewsiftConfig config() {
        return new NewsiftConfig(!noBuiltins, dictionaries, actorFiles, verbFiles, rhetoricFiles, cueFiles,
                new NewsiftConfig.CueLists(placeFiles, kindCueFiles, modalityFiles, satireFiles));
    }
}
