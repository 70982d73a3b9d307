package org.newsift.cli;

import org.newsift.output.AnalysisJson;
import org.newsift.store.EventFilter;
import org.newsift.store.Granularity;
import org.newsift.store.NewsStore;
import org.newsift.store.SeriesPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code newsift events}: an event time series from a store, usually a dyad's. */
@Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Count stored events per day, week or month: the number of events, their mean Goldstein score, "
                + "the shares of the four quad classes, and the articles behind them.",
                "An event is dated by the day the text gives for it, else by its article's publication date; undated "
                        + "events are left out, and the command says how many (exit 6 when none that match is dated)."})
final class EventsCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--dyad", paramLabel = "A,B",
            description = "Events between two actors, each a code (PAKGOV) or country (PAK); either direction unless --directed.")
    String dyad;

    @Option(names = "--directed", description = "With --dyad: only events from A to B.")
    boolean directed;

    @Option(names = "--actor", paramLabel = "CODE", description = "Events with this actor on either side.")
    String actor;

    @Option(names = "--event", paramLabel = "CODE|TYPE|QUAD",
            description = "CAMEO code or prefix (112, 19), PLOVER type (ACCUSE) or quad class (1-4).")
    String event;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (yyyy-MM-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (yyyy-MM-dd).")
    LocalDate to;

    @Option(names = "--group-by", defaultValue = "week", paramLabel = "day|week|month",
            description = "Bucket; weeks start on Monday. Default: ${DEFAULT-VALUE}.")
    String groupBy;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json", description = "Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws IOException {
        EventFilter filter;
        Granularity by;
        try {
            List<String> pair = dyad == null ? null : Arrays.asList(dyad.split(",", -1));
            filter = new EventFilter(actor, pair, directed, event, from, to);
            by = Granularity.valueOf(groupBy.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage().startsWith("No enum")
                    ? "--group-by must be day, week or month" : e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (NewsStore s = store.reading(spec)) {
            List<SeriesPoint> series = s.queries().series(filter, by);
            if (series.isEmpty()) {
                String why = UndatedEvents.nothingDated(s.queries(), filter);
                if (why != null) {
                    err.println("newsift: " + why);
                    return ExitCodes.NO_DATED_EVENTS;
                }
                err.println("newsift: no events match");
            } else {
                String leftOut = UndatedEvents.leftOut(s.queries(), filter);
                if (leftOut != null) {
                    err.println("newsift: " + leftOut);
                }
            }
            switch (format) {
                case json -> out.println(AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                        series.stream().map(EventsCommand::json).toList()));
                case csv -> {
                    out.println("bucket,events,mean_goldstein,verbal_cooperation,material_cooperation,verbal_conflict,"
                            + "material_conflict,articles");
                    series.forEach(p -> out.println(p.bucket() + "," + p.events() + "," + nullable(p.meanGoldstein()) + ","
                            + join(p.quadShares(), ",") + ",\"" + String.join(" ", p.articleIds()).replace("\"", "\"\"") + "\""));
                }
                case table -> {
                    out.printf(Locale.ROOT, "%-10s  %6s  %9s  %-23s  %s%n", "bucket", "events", "goldstein",
                            "quad 1 / 2 / 3 / 4", "articles");
                    series.forEach(p -> out.printf(Locale.ROOT, "%-10s  %6d  %9s  %-23s  %s%n", p.bucket(), p.events(),
                            nullable(p.meanGoldstein()), join(p.quadShares(), " / "), String.join(" ", p.articleIds())));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** A point as JSON, the bucket as an ISO date. */
    private static Map<String, Object> json(SeriesPoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bucket", p.bucket().toString());
        m.put("events", p.events());
        m.put("mean_goldstein", p.meanGoldstein());
        m.put("quad_shares", p.quadShares());
        m.put("articles", p.articleIds());
        return m;
    }

    private static String nullable(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String join(List<Double> shares, String separator) {
        return String.join(separator, shares.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
    }
}
