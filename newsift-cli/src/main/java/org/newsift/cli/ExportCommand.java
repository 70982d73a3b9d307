package org.newsift.cli;

import org.newsift.store.EventFilter;
import org.newsift.store.ExportFormat;
import org.newsift.store.Exporter;
import org.newsift.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code newsift export}: a store's analyses or events as files for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export a store: jsonl = one full analysis per line; csv = one event per row with its article's url, "
                + "title and date; parquet = the same as Parquet (DuckDB stores); gdelt = the 61 tab-separated columns of "
                + "the GDELT 2.0 event table (mapping in docs/store.md)."})
final class ExportCommand implements Callable<Integer> {

    enum Format { jsonl, csv, parquet, gdelt }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, paramLabel = "jsonl|csv|parquet|gdelt", description = "What to write.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output (required for parquet).")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (format == Format.parquet && output == null) {
            throw new ParameterException(spec.commandLine(), "--format parquet needs -o FILE");
        }
        try (NewsStore s = store.reading(spec)) {
            if (format != Format.jsonl) {
                // a GDELT row needs a day; csv and parquet keep undated events with an empty date
                String why = format == Format.gdelt ? UndatedEvents.nothingDated(s.queries(), EventFilter.all())
                        : UndatedEvents.noEvents(s.queries());
                if (why != null) {
                    spec.commandLine().getErr().println("newsift: nothing to export: " + why);
                    return ExitCodes.NO_DATED_EVENTS;
                }
                String leftOut = format == Format.gdelt ? UndatedEvents.leftOut(s.queries(), EventFilter.all()) : null;
                if (leftOut != null) {
                    spec.commandLine().getErr().println("newsift: " + leftOut);
                }
            }
            Exporter exporter = new Exporter(s);
            long rows;
            if (format == Format.parquet) {
                try {
                    rows = exporter.writeParquet(output);
                } catch (UnsupportedOperationException e) {
                    spec.commandLine().getErr().println("newsift: " + e.getMessage());
                    return ExitCodes.USAGE;
                }
            } else {
                ExportFormat f = ExportFormat.valueOf(format.name().toUpperCase(Locale.ROOT));
                if (output == null) {
                    rows = exporter.write(f, spec.commandLine().getOut());
                } else {
                    try (Writer w = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
                        rows = exporter.write(f, w);
                    }
                }
            }
            // on standard error, so that it never mixes with exported rows on standard output
            spec.commandLine().getErr().println("newsift: exported " + rows + (format == Format.jsonl ? " analyses" : " events")
                    + " to " + (output == null ? "standard output" : output));
        }
        return ExitCodes.OK;
    }
}
