package org.newsift.cli;

import org.newsift.actors.ActorLexicon;
import org.newsift.corenlp.CoreNlpAnnotator;
import org.newsift.events.patterns.EventPatterns;
import org.newsift.input.InputError;
import org.newsift.input.InputFormat;
import org.newsift.input.InputItem;
import org.newsift.input.Inputs;
import org.newsift.input.ReadOptions;
import org.newsift.model.Analysis;
import org.newsift.models.ModelPipelines;
import org.newsift.pipeline.NewsiftConfig;
import org.newsift.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsift analyze}: articles in, analyses out. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse articles: sentences, entities, actors and events (coded to CAMEO and PLOVER), as JSON that follows "
                + "docs/schema/analysis.schema.json.",
                "Inputs are files, directories (read recursively) or '-' for standard input. "
                        + "Models load once; a batch runs on every core and keeps input order."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every input was analysed",
                "1:internal error",
                "2:usage error (unknown option, bad value)",
                "3:some inputs were rejected (missing, empty, binary, invalid encoding, too large, bad JSONL line);"
                        + " the rest were analysed",
                "4:some inputs are not English and got no NLP layers",
                "5:a configuration file (--actors, --verbs, --dictionary) could not be read"})
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { json, jsonl, pretty }

    enum Color { auto, always, never }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Articles to analyse; '-' reads standard input.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|jsonl|pretty",
            description = "json: one indented document (an array for several inputs); jsonl: one analysis per line; "
                    + "pretty: a readable report. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (yyyy-MM-dd or ISO date-time) for inputs that carry none.")
    String published;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "auto|text|html|jsonl",
            description = "How to read inputs. auto: by extension, else by content. Default: ${DEFAULT-VALUE}.")
    String inputFormat;

    @Option(names = "--charset", defaultValue = "UTF-8", paramLabel = "NAME",
            description = "Encoding of text inputs; invalid bytes are an error. Default: ${DEFAULT-VALUE}.")
    String charset;

    @Option(names = "--max-chars", defaultValue = "" + ReadOptions.DEFAULT_MAX_CHARS, paramLabel = "N",
            description = "Reject articles longer than N characters. Default: ${DEFAULT-VALUE}.")
    int maxChars;

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

    @Option(names = "--model", description = "Experimental: also code verbs that no pattern reaches, between coded actors, "
            + "with the MiniLM event model (docs/models.md). Off by default: on real news most of its events were wrong.")
    boolean model;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--color", defaultValue = "auto", paramLabel = "auto|always|never",
            description = "Colour in --format pretty. auto: when writing to a terminal. Default: ${DEFAULT-VALUE}.")
    Color color;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ReadOptions readOptions = readOptions();
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        }
        PrintWriter err = spec.commandLine().getErr();
        NewsiftConfig config = new NewsiftConfig(!noBuiltins, dictionaries, actorFiles, verbFiles);
        ActorLexicon lexicon;
        EventPatterns patterns;
        try {
            // before the models load, so a typo in a lexicon fails in a second, not twenty
            lexicon = config.actorLexicon();
            patterns = config.eventPatterns();
        } catch (IOException | IllegalArgumentException e) {
            err.println("newsift: " + OneLine.of(e));
            return ExitCodes.BAD_CONFIG;
        }
        Pipeline pipeline = ModelPipelines.standard(new CoreNlpAnnotator(), lexicon, patterns,
                new ModelPipelines.Options(model));
        Outcome outcome = new Outcome();
        boolean ansi = color == Color.always || (color == Color.auto && output == null && System.console() != null);
        try (ResultSink sink = ResultSink.open(format, output, ansi, spec.commandLine().getOut());
             Inputs.Batch items = Inputs.open(inputs, readOptions, System.in)) {
            new OrderedParallel<InputItem, Result>(threads, item -> analyse(pipeline, item)).run(items, result -> {
                outcome.count(result, err);
                sink.write(result);
            });
        }
        return outcome.exitCode();
    }

    private ReadOptions readOptions() {
        try {
            return new ReadOptions(InputFormat.parse(inputFormat), ReadOptions.parseCharset(charset), maxChars, published);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static Result analyse(Pipeline pipeline, InputItem item) {
        if (item instanceof InputError e) {
            return Result.rejected(e);
        }
        InputItem.Read read = (InputItem.Read) item;
        try {
            return Result.analysed(pipeline.analyze(read.article()));
        } catch (RuntimeException | StackOverflowError e) {
            return Result.failed(read.id(), read.source(), "analysis failed: " + OneLine.of(e));
        }
    }

    /** Counts what happened, reports problems on stderr, and picks the exit code. */
    private static final class Outcome {
        private int rejected;
        private int failed;
        private int foreign;

        void count(Result r, PrintWriter err) {
            if (r.analysis() != null) {
                Analysis a = r.analysis();
                if (!"en".equals(a.language())) {
                    foreign++;
                    err.println("newsift: " + a.id() + ": language '" + a.language() + "' is not supported; "
                            + "no NLP layers");
                }
            } else {
                if (r.internal()) {
                    failed++;
                } else {
                    rejected++;
                }
                err.println("newsift: " + r.source() + ": " + r.error());
            }
        }

        int exitCode() {
            if (failed > 0) {
                return ExitCodes.INTERNAL;
            }
            if (rejected > 0) {
                return ExitCodes.BAD_INPUT;
            }
            return foreign > 0 ? ExitCodes.UNSUPPORTED_LANGUAGE : ExitCodes.OK;
        }
    }
}
