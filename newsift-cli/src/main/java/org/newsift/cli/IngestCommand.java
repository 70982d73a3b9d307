package org.newsift.cli;

import org.newsift.input.Inputs;
import org.newsift.sources.SourceBatch;
import org.newsift.sources.SourceOptions;
import org.newsift.sources.Sources;
import org.newsift.assembly.Pipeline;
import org.newsift.store.IngestProgress;
import org.newsift.store.IngestSummary;
import org.newsift.store.Ingester;
import org.newsift.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code newsift ingest}: analyse articles and keep them, with their analyses, in a store. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse articles and store them with their analyses (docs/store.md): a DuckDB file by default, "
                + "or PostgreSQL; a Lucene index for search.",
                "Exact and near copies (wire stories) are linked to the first copy and not analysed again. Ingest is "
                        + "idempotent: an article already stored is skipped, so an interrupted run is resumed by running it again. "
                        + "With --every, feeds are polled until interrupted."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every input was stored (or was already)",
                "1:internal error, or the analysis of some inputs failed",
                "2:usage error (unknown option, bad value)",
                "3:some inputs were rejected (unreadable, fetch failed, invalid feed, corrupt WARC, duplicate id, past "
                        + "--item-timeout); each is printed with its reason, and `newsift errors` lists them again",
                "5:a configuration file (--actors, --verbs, --dictionary) could not be read"})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SOURCE",
            description = "Files, directories (read recursively), '-' for standard input, http(s) URLs of pages, RSS/Atom "
                    + "feeds or OPML lists, WARC files (docs/sources.md).")
    List<String> inputs;

    @Mixin
    SourceArgs sourceArgs;

    @Mixin
    StoreOptions store;

    @Mixin
    ReadingOptions reading;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "auto|bar|log|none",
            description = "auto: a bar on a terminal, else a log line every 10 s. Rejected inputs are printed with their "
                    + "reason whatever this says. Default: ${DEFAULT-VALUE}.")
    String progress;

    @Override
    public Integer call() throws IOException, InterruptedException {
        SourceOptions sourceOptions = sourceArgs.options(reading.readOptions(spec));
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
        IngestSummary summary;
        try (timeout;
             NewsStore newsStore = store.create(spec);
             SourceBatch items = Sources.open(inputs, sourceOptions)) {
            if (newsStore.reconciled() > 0) {
                err.println("[ingest] brought the index in line with the database (" + newsStore.reconciled() + " documents)");
            }
            Ingester ingester = new Ingester(newsStore, article -> timeout.run(() -> pipeline.analyze(article)), progress(err));
            summary = ingester.ingest(items, ParallelIngest.runner(threads, timeout));
            if (items.stats().skippedTotal() > 0 || items.stats().repairedSurrogates() > 0) {
                err.println("[ingest] sources: " + items.stats());
            }
        }
        err.println("[ingest] " + summary);
        if (summary.undatedArticles() > 0) {
            int n = summary.undatedArticles();
            err.println("[ingest] " + n + (n == 1 ? " stored article has" : " stored articles have") + " no publication date, "
                    + "given or in their text: their events are undated unless a sentence gives a full date, and `events` "
                    + "and `export --format gdelt` leave undated events out; to date them, ingest them into a new store with --published DATE");
        }
        if (summary.errors() > 0) {
            err.println("[ingest] rejected by reason: " + summary.errorsByReasonLine());
            err.println("[ingest] to list them again: newsift errors" + store.dbArgument());
        }
        if (summary.failed() > 0) {
            return ExitCodes.INTERNAL;
        }
        return summary.errors() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private IngestProgress progress(PrintWriter err) {
        return switch (progress.toLowerCase(Locale.ROOT)) {
            case "auto" -> System.console() != null ? IngestProgress.terminal(err, countInputs()) : log(err);
            case "bar" -> IngestProgress.terminal(err, countInputs());
            case "log" -> log(err);
            case "none" -> IngestProgress.rejectionsOnly(err);
            default -> throw new ParameterException(spec.commandLine(), "--progress must be auto, bar, log or none");
        };
    }

    private IngestProgress log(PrintWriter err) {
        return IngestProgress.log(err, Duration.ofSeconds(10), countInputs());
    }

    /** The number of inputs when every one is a file of one article (a directory counts its files), else -1. */
    private int countInputs() {
        int n = 0;
        for (String input : inputs) {
            Path p = Path.of(input);
            if (Inputs.STDIN.equals(input) || !Files.exists(p)) {
                return -1;
            }
            try (Stream<Path> files = Files.walk(p)) {
                List<Path> regular = files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith(".")).toList();
                if (regular.stream().anyMatch(f -> f.getFileName().toString().matches("(?i).*\\.(jsonl|ndjson|warc|arc|xml|rss|atom|opml)(\\.gz)?"))) {
                    return -1;
                }
                n += regular.size();
            } catch (IOException | UncheckedIOException e) {
                return -1;
            }
        }
        return n;
    }
}
