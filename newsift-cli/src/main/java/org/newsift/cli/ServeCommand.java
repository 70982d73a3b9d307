package org.newsift.cli;

import org.newsift.input.InputFormat;
import org.newsift.input.ReadOptions;
import org.newsift.output.AnalysisJson;
import org.newsift.assembly.Pipeline;
import org.newsift.server.NewsiftServer;
import org.newsift.server.ServerOptions;
import org.newsift.server.alerts.AlertWebhook;
import org.newsift.server.alerts.EscalationDetector;
import org.newsift.server.alerts.WebhookTarget;
import org.newsift.server.corpus.StoreCorpus;
import org.newsift.server.corpus.StoreWriter;
import org.newsift.server.stories.StoryClusterer;
import org.newsift.sources.SourceBatch;
import org.newsift.sources.SourceOptions;
import org.newsift.sources.Sources;
import org.newsift.store.IngestProgress;
import org.newsift.store.IngestSummary;
import org.newsift.store.Ingester;
import org.newsift.store.NewsStore;
import org.newsift.store.StoreBusy;
import org.newsift.store.StoreException;
import org.newsift.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/** {@code newsift serve}: the REST API and the dashboard over a corpus of analysed articles. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the REST API (described at /openapi.json) and the analyst's dashboard (docs/server.md).",
                "It answers from the store given with --db, read-only, so what an ingest adds meanwhile shows at once; "
                        + "articles given with --ingest are ingested into it at start-up as newsift ingest would (without "
                        + "--db, into a temporary store deleted at exit)."})
final class ServeCommand implements Callable<Integer> {
    private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";
    /** Read-only store handles, so that requests (the dashboard sends several at once) do not queue behind one. */
    private static final int READERS = 4;

    @Spec
    CommandSpec spec;

    // not StoreOptions: without --db, serve works on a temporary store, not on newsift.db
    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "Serve the articles of this store (newsift ingest): a DuckDB file or jdbc:postgresql://HOST/DB, "
                    + "created when absent. POST /api/articles writes to it. Default: a temporary store.")
    String db;

    @Option(names = "--index", paramLabel = "DIR", description = "The store's Lucene index, when not beside the database.")
    Path index;

    @Option(names = "--ingest", paramLabel = "FILE|DIR",
            description = "Ingest these files, directories, URLs or feeds into the store at start-up, as newsift ingest does "
                    + "(copies linked, not analysed again). Repeatable.")
    List<String> ingest = new ArrayList<>();

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date for ingested inputs that carry none.")
    String published;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token for POST requests (default: the NEWSIFT_TOKEN environment variable). Without one, "
                    + "POST /api/articles is refused and /api/analyze is open to clients on this machine only.")
    String token;

    @Option(names = "--auth-all", description = "Require the token for every /api request, reads included.")
    boolean authAll;

    @Option(names = "--allowed-hosts", split = ",", paramLabel = "HOST",
            description = "Host names (any port) that requests may give in their Host header; * for any. Default: "
                    + "localhost, 127.0.0.1 and [::1] when listening on loopback, any otherwise. Refuses DNS-rebinding pages.")
    List<String> allowedHosts;

    @Option(names = "--open-analyze", description = "Without a token, let any client call /api/analyze, not only this machine.")
    boolean openAnalyze;

    @Option(names = "--cors", paramLabel = "ORIGIN", description = "Allow this one origin to call the API from a browser. Default: no CORS.")
    String cors;

    @Option(names = "--webhook", paramLabel = "URL", description = "POST each new escalation alert here as JSON.")
    String webhook;

    @Option(names = "--webhook-allow-private", description = "Allow a webhook on a loopback or private address.")
    boolean webhookAllowPrivate;

    @Option(names = "--max-body", defaultValue = "1048576", paramLabel = "BYTES",
            description = "Largest request body, chunked or not; larger ones get 413. Default: ${DEFAULT-VALUE}.")
    long maxBody;

    @Option(names = "--workers", paramLabel = "N", description = "Analyses run at once. Default: the number of cores.")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", defaultValue = "32", paramLabel = "N",
            description = "Analyses that may wait; more get 503 with Retry-After. Default: ${DEFAULT-VALUE}.")
    int queue;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "An analysis that takes longer is cancelled and gets 503. Default: ${DEFAULT-VALUE}.")
    int timeout;

    @Option(names = "--story-threshold", paramLabel = "S",
            description = "Similarity (0 to 1) from which articles are one story: higher gives fewer, tighter stories "
                    + "(docs/server.md#stories; /api/stories?threshold=S overrides it per request). Default: "
                    + StoryClusterer.THRESHOLD + ".")
    double storyThreshold = StoryClusterer.THRESHOLD;

    @Mixin
    PipelineOptions pipelineOptions;

    @Override
    public Integer call() {
        if (System.getProperty(LOG_FORMAT) == null) {
            // the server logs each failed request on one line; JUL's default format takes two
            System.setProperty(LOG_FORMAT, "%1$tFT%1$tT %4$s %5$s%6$s%n");
        }
        PrintWriter err = spec.commandLine().getErr();
        ServerOptions options = options();
        AlertWebhook hook = null;
        if (webhook != null) {
            try {
                hook = new AlertWebhook(WebhookTarget.check(webhook, webhookAllowPrivate), AnalysisJson.mapper(),
                        m -> err.println("newsift: " + m));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (!(storyThreshold >= 0 && storyThreshold <= 1)) {
            throw new ParameterException(spec.commandLine(), "--story-threshold must be between 0 and 1, got " + storyThreshold);
        }
        StoryClusterer stories = StoryClusterer.miniLm(storyThreshold);
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, got " + port);
        }
        StoreLocation location = location();
        createIfAbsent(location); // before the models load, so a wrong --db fails in a second
        // the full pipeline, encoder included, as newsift analyze runs it: /api/analyze answers alike; its lexicons load
        // first, so a typo fails in a second, not a minute
        Optional<Pipeline> built = pipelineOptions.buildOrSay(err);
        if (built.isEmpty()) {
            return ExitCodes.BAD_CONFIG;
        }
        Pipeline pipeline = built.get();
        try {
            ingest(pipeline, location, err);
            try (StoreCorpus corpus = new StoreCorpus(location, READERS);
                 NewsiftServer server = new NewsiftServer(corpus, pipeline::analyze, stories,
                         EscalationDetector.defaults(), hook, new StoreWriter(location), options).start(host, port)) {
                spec.commandLine().getOut().println("newsift: serving " + corpus.overview(0).articles()
                        + " articles at http://" + host + ":" + server.port() + "/");
                spec.commandLine().getOut().flush();
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
                stopped.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /**
     * Creates the store when it is not there yet, so a new --db can be served and posted to; an existing one is
     * only opened read-only (an ingest may be writing it), which checks that it is a newsift store.
     */
    private static void createIfAbsent(StoreLocation location) {
        try {
            NewsStore.openReadOnly(location).close();
        } catch (StoreBusy e) {
            throw e;
        } catch (StoreException absent) {
            NewsStore.open(location).close(); // creates it, or says in one line why it cannot
        }
    }

    private StoreLocation location() {
        try {
            if (db == null) {
                Path dir = Files.createTempDirectory("newsift-serve");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
                return StoreLocation.parse(dir.resolve("serve.db").toString(), null);
            }
            return StoreLocation.parse(db, index);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary store", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the system cleans it up in the end
        }
    }

    private ServerOptions options() {
        String t = token != null ? token : System.getenv("NEWSIFT_TOKEN");
        try {
            return ServerOptions.defaults().withToken(t == null || t.isBlank() ? null : t, authAll).withCors(cors)
                    .withLimits(maxBody, workers, queue, Duration.ofSeconds(timeout))
                    .withAccess(allowedHosts == null ? ServerOptions.defaultHosts(host) : allowedHosts, openAnalyze);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Ingests --ingest into the store as newsift ingest does: the one ingest path (docs/store.md). */
    private void ingest(Pipeline pipeline, StoreLocation location, PrintWriter err) throws InterruptedException {
        if (ingest.isEmpty()) {
            return;
        }
        SourceOptions sources;
        try {
            ReadOptions read = new ReadOptions(InputFormat.AUTO, ReadOptions.parseCharset("UTF-8"), ReadOptions.DEFAULT_MAX_CHARS,
                    published == null ? null : ReadOptions.validatePublished(published));
            sources = new SourceOptions(read, SourceOptions.DEFAULT_CONNECT_TIMEOUT, SourceOptions.DEFAULT_TIMEOUT,
                    SourceOptions.DEFAULT_MAX_BYTES, SourceOptions.DEFAULT_MAX_REDIRECTS, SourceOptions.DEFAULT_POLITENESS,
                    SourceOptions.DEFAULT_USER_AGENT, false, null);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ItemTimeout timeout = new ItemTimeout(Duration.ZERO);
        try (timeout;
             NewsStore store = NewsStore.open(location);
             SourceBatch items = Sources.open(ingest, sources)) {
            IngestSummary summary = new Ingester(store, pipeline::analyze, IngestProgress.silent())
                    .ingest(items, ParallelIngest.runner(workers, timeout));
            err.println("[ingest] " + summary);
        }
    }
}
