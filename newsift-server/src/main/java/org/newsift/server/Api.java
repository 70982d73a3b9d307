package org.newsift.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.newsift.model.Analysis;
import org.newsift.output.AnalysisJson;
import org.newsift.server.alerts.EscalationDetector;
import org.newsift.server.corpus.Corpus;
import org.newsift.server.corpus.Paging;
import org.newsift.server.corpus.StoreWriter;
import org.newsift.server.stories.Story;
import org.newsift.server.stories.StoryClusterer;
import org.newsift.server.stories.StoryWindow;
import org.newsift.store.EventFilter;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The handlers of the /api routes; parameters are checked here and a bad one is a 400 that names it. */
final class Api {
    private static final int DEFAULT_LIMIT = 20;
    private static final int TOP_DYADS = 10;

    private final Corpus corpus;
    private final AnalysisQueue analyses;
    private final StoryClusterer stories;
    private final EscalationDetector detector;
    private final Runnable corpusChanged;
    private final StoreWriter writer;
    private final long maxBodyBytes;

    /** @param writer where posted articles are stored: the store the corpus reads */
    Api(Corpus corpus, AnalysisQueue analyses, StoryClusterer stories, EscalationDetector detector, Runnable corpusChanged,
        StoreWriter writer, long maxBodyBytes) {
        this.writer = writer;
        this.maxBodyBytes = maxBodyBytes;
        this.corpus = corpus;
        this.analyses = analyses;
        this.stories = stories;
        this.detector = detector;
        this.corpusChanged = corpusChanged;
    }

    void overview(Context ctx) {
        ctx.json(corpus.reading(() -> Map.of("corpus", corpus.overview(TOP_DYADS),
                "alerts", detector.detect(corpus).stream().limit(10).toList())));
    }

    void articles(Context ctx) {
        ctx.json(corpus.search(ctx.queryParam("q"), paging(ctx)));
    }

    void article(Context ctx) {
        Analysis a = corpus.analysis(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "no article with id " + ctx.pathParam("id")));
        ctx.contentType("application/json").result(AnalysisJson.compact(a));
    }

    void store(Context ctx) throws InterruptedException, IOException {
        // checked against the stored bodies before it is analysed: a copy is never analysed
        StoreWriter.Outcome outcome = writer.write(ArticleInput.read(ctx, maxBodyBytes), analyses::analyze);
        if (outcome.stored()) {
            corpusChanged.run();
        }
        // a copy of a stored article answers with the article it copies
        ctx.status(outcome.stored() ? HttpStatus.CREATED : HttpStatus.OK).json(Map.of("id", outcome.id(),
                "events", outcome.events(), "stored", outcome.stored()));
    }

    void analyze(Context ctx) throws InterruptedException, IOException {
        Analysis a = analyses.analyze(ArticleInput.read(ctx, maxBodyBytes));
        ctx.contentType("application/json").result(AnalysisJson.compact(a));
    }

    void events(Context ctx) {
        String[] pair = dyad(ctx);
        String actor = ctx.queryParam("actor");
        EventFilter filter = new EventFilter(actor == null || actor.isBlank() ? null : actor,
                pair[0] == null ? null : List.of(pair[0], pair[1]), false, ctx.queryParam("type"), date(ctx, "from"),
                date(ctx, "to"));
        ctx.json(corpus.events(filter, paging(ctx)));
    }

    void series(Context ctx) {
        ctx.json(corpus.dyadSeries(ctx.pathParam("a"), ctx.pathParam("b")));
    }

    void actors(Context ctx) {
        int limit = integer(ctx, "limit", 50, 1, Paging.MAX_LIMIT);
        ctx.json(corpus.reading(() -> Map.of("actors", corpus.topActors(limit), "edges", corpus.edges(limit))));
    }

    void stories(Context ctx) {
        ctx.json(stories.stories(storyWindow(ctx), integer(ctx, "min", 2, 1, Integer.MAX_VALUE), threshold(ctx)));
    }

    void story(Context ctx) {
        String id = ctx.pathParam("id");
        List<Story> all = stories.stories(storyWindow(ctx), 1, threshold(ctx));
        ctx.json(all.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "no story with id " + id)));
    }

    void techniques(Context ctx) {
        ctx.json(TechniqueFamily.all());
    }

    void alerts(Context ctx) {
        ctx.json(corpus.reading(() -> detector.detect(corpus)));
    }

    /** The two actors of {@code dyad=A,B}, or two nulls when it is absent. */
    private static String[] dyad(Context ctx) {
        String v = ctx.queryParam("dyad");
        if (v == null || v.isBlank()) {
            return new String[] {null, null};
        }
        String[] pair = v.split(",", -1);
        if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
            throw new IllegalArgumentException("dyad must be two actors separated by a comma, e.g. PAK,AFG");
        }
        return pair;
    }

    private static Paging paging(Context ctx) {
        return new Paging(integer(ctx, "offset", 0, 0, Integer.MAX_VALUE), integer(ctx, "limit", DEFAULT_LIMIT, 1, Paging.MAX_LIMIT));
    }

    /** A whole-number parameter from {@code min} to {@code max}; anything else is a 400 that says so. */
    private static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // not a number at all: the same answer as one out of range
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", got '"
                + shown(v) + "'");
    }

    /** The story window of the request's {@code from} and {@code to} ({@link StoryWindow}). */
    private List<Analysis> storyWindow(Context ctx) {
        return StoryWindow.analyses(corpus, date(ctx, "from"), date(ctx, "to"));
    }

    /** {@code threshold}, the story similarity from 0 to 1; the server's own (--story-threshold) when absent. */
    private double threshold(Context ctx) {
        String v = ctx.queryParam("threshold");
        if (v == null || v.isBlank()) {
            return stories.threshold();
        }
        try {
            double t = Double.parseDouble(v.strip());
            StoryClusterer.checkThreshold(t);
            return t;
        } catch (IllegalArgumentException e) { // NumberFormatException included
            throw new IllegalArgumentException("threshold must be a number from 0 to 1, got '" + shown(v) + "'");
        }
    }

    /** A parameter as an error message quotes it: on one line, and short. */
    private static String shown(String v) {
        String line = v.replaceAll("\\p{Cntrl}", " ");
        return line.length() <= 40 ? line : line.substring(0, 40) + "...";
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date (yyyy-MM-dd), got '" + shown(v) + "'");
        }
    }
}
