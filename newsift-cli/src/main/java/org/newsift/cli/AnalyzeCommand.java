package org.newsift.cli;

import org.newsift.input.InputError;
import org.newsift.input.InputItem;
import org.newsift.input.InputRejected;
import org.newsift.sources.SourceBatch;
import org.newsift.sources.SourceOptions;
import org.newsift.sources.Sources;
import org.newsift.model.Analysis;
import org.newsift.assembly.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code newsift analyze}: articles in, analyses out. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse articles: sentences, entities, actors and events (coded to CAMEO and PLOVER), as JSON that follows "
                + "docs/schema/analysis.schema.json.",
                "Inputs are files, directories (read recursively), '-' for standard input, http(s) URLs of pages, "
                        + "RSS/Atom feeds or OPML lists (as URLs or files), and WARC files (docs/sources.md). "
                        + "Models load once; a batch runs on every core and keeps input order."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every input was analysed",
                "1:internal error",
                "2:usage error (unknown option, bad value)",
                "3:some inputs were rejected (missing, empty, binary, invalid encoding, too large, bad JSONL line,"
                        + " fetch failed, invalid feed, corrupt WARC, past --item-timeout); the rest were analysed",
                "4:some inputs are not English and got no NLP layers",
                "5:a configuration file (--actors, --verbs, --dictionary, --cues, --rhetoric) could not be read"})
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { json, jsonl, pretty }

    enum Color { auto, always, never }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|URL|-",
            description = "Articles to analyse: files, directories, URLs, feeds, OPML lists, WARCs; '-' reads standard input.")
    List<String> inputs;


    @Option(names = "--format", defaultValue = "json", paramLabel = "json|jsonl|pretty",
            description = "json: one indented document (an array for several inputs); jsonl: one analysis per line; "
                    + "pretty: a readable report. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Mixin
    ReadingOptions reading;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--color", defaultValue = "auto", paramLabel = "auto|always|never",
            description = "Colour in --format pretty. auto: when writing to a terminal. Default: ${DEFAULT-VALUE}.")
    Color color;

    @Mixin
    SourceArgs sourceArgs;

    @Override
    public Integer call() throws IOException, InterruptedException {
        SourceOptions sourceOptions = sourceArgs.options(reading.readOptions(spec));
        if (sourceArgs.polls()) {
            throw new ParameterException(spec.commandLine(), "--every is for newsift ingest: analyze reads each source once");
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        }
        ItemTimeout timeout = pipelineOptions.itemTimeout();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Pipeline> built = pipelineOptions.buildOrSay(err);
        if (built.isEmpty()) {
            return ExitCodes.BAD_CONFIG;
        }
        Pipeline pipeline = built.get();
        Outcome outcome = new Outcome();
        boolean ansi = color == Color.always || (color == Color.auto && output == null && System.console() != null);
        try (timeout;
             ResultSink sink = ResultSink.open(format, output, ansi, spec.commandLine().getOut());
             SourceBatch items = Sources.open(inputs, sourceOptions)) {
            inParallel(threads, pipeline, timeout).run(items, result -> {
                outcome.count(result, err);
                sink.write(result);
            });
            sink.complete();
            if (items.stats().skippedTotal() > 0 || items.stats().repairedSurrogates() > 0) {
                err.println("newsift: sources: " + items.stats());
            }
            if (sink.unwritable() > 0) {
                err.println("newsift: " + sink.unwritable() + " results could not be written and became error records");
            }
        }
        return outcome.exitCode();
    }

    /** Analyses items on {@code threads} threads in input order; an item that outlives its time limit is given up. */
    static OrderedParallel<InputItem, Result> inParallel(int threads, Pipeline pipeline, ItemTimeout timeout) {
        return new OrderedParallel<>(threads, item -> analyse(pipeline, timeout, item), giveUpAfter(timeout),
                item -> Result.rejected(item.id(), item.source(), timeout.message() + "; its thread did not stop"));
    }

    /** How long a batch waits for an item past its limit before giving it up: a quarter more, at least 5 s. */
    static Duration giveUpAfter(ItemTimeout timeout) {
        Duration limit = timeout.limit();
        if (limit.isZero()) {
            return Duration.ZERO;
        }
        Duration grace = limit.dividedBy(4);
        return limit.plus(grace.compareTo(Duration.ofSeconds(5)) < 0 ? Duration.ofSeconds(5) : grace);
    }

    static Result analyse(Pipeline pipeline, ItemTimeout timeout, InputItem item) {
        if (item instanceof InputError e) {
            return Result.rejected(e);
        }
        InputItem.Read read = (InputItem.Read) item;
        try {
            return Result.analysed(timeout.run(() -> pipeline.analyze(read.article())));
        } catch (InputRejected e) {
            return Result.rejected(read.id(), read.source(), e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
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
