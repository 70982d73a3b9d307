package org.newsift.cli;

import org.newsift.output.AnalysisJson;
import org.newsift.store.NewsStore;
import org.newsift.store.SearchPage;
import org.newsift.store.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code newsift search}: full-text search over a store, with filters. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Search the stored articles (Lucene syntax over title, text and actor codes), newest first when "
                + "the query is empty. Copies are not listed; their original is."})
final class SearchCommand implements Callable<Integer> {

    enum Format { table, jsonl }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "e.g. \"border talks\", \"title:truce\", \"Kabul AND ceasefire\".")
    String query;

    @Mixin
    StoreOptions store;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (yyyy-MM-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (yyyy-MM-dd).")
    LocalDate to;

    @Option(names = "--actor", paramLabel = "CODE", description = "An actor code (PAKGOV) or country (PAK) the article codes.")
    String actor;

    @Option(names = "--event", paramLabel = "CODE|TYPE|QUAD",
            description = "An event the article codes: CAMEO code or prefix (112, 19), PLOVER type (ACCUSE) or quad class (1-4).")
    String event;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "Hits to show. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--offset", defaultValue = "0", paramLabel = "N", description = "Hits to skip (paging). Default: ${DEFAULT-VALUE}.")
    int offset;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|jsonl", description = "Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws IOException {
        SearchQuery q;
        try {
            q = new SearchQuery(query, from, to, actor, event, offset, limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (NewsStore s = store.reading(spec)) {
            SearchPage page;
            try {
                page = s.queries().search(q);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            if (format == Format.jsonl) {
                for (SearchPage.Hit h : page.hits()) {
                    out.println(AnalysisJson.mapper().writeValueAsString(h));
                }
            } else {
                out.printf(Locale.ROOT, "%d article%s match; showing %d-%d%n", page.total(), page.total() == 1 ? "" : "s",
                        page.hits().isEmpty() ? 0 : offset + 1, offset + page.hits().size());
                for (SearchPage.Hit h : page.hits()) {
                    out.printf(Locale.ROOT, "%-10s  %-28s  %2d events  %s%n", h.published() == null ? "-" : h.published(),
                            h.id(), h.events(), h.title() == null ? "" : h.title());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
