package org.newsift.cli;

import org.newsift.input.InputFormat;
import org.newsift.input.InputItem;
import org.newsift.input.Inputs;
import org.newsift.input.ReadOptions;
import org.newsift.output.AnalysisJson;
import org.newsift.assembly.Pipeline;
import org.newsift.server.NewsiftServer;
import org.newsift.server.ServerOptions;
import org.newsift.server.alerts.AlertWebhook;
import org.newsift.server.alerts.EscalationDetector;
import org.newsift.server.alerts.WebhookTarget;
import org.newsift.server.corpus.MemoryCorpus;
import org.newsift.server.corpus.StoreWriter;
import org.newsift.server.corpus.StoredCorpus;
import org.newsift.server.stories.StoryClusterer;
import org.newsift.store.NewsStore;
import org.newsift.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code newsift serve}: the REST API and the dashboard over a corpus of analysed articles. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the REST API (described at /openapi.json) and the analyst's dashboard (docs/server.md).",
                "It reads the store given with --db once at start-up (restart it to see later ingests); articles given "
                        + "with --ingest are analysed at start-up and held in memory."})
final class ServeCommand implements Callable<Integer> {
    private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

    @Spec
    CommandSpec spec;

    // not StoreOptions: serve needs no store (--ingest alone is enough), so --db has no default here
    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "Serve the articles of this store (newsift ingest): a DuckDB file or jdbc:postgresql://HOST/DB. "
                    + "POST /api/articles writes to it too.")
    String db;

    @Option(names = "--index", paramLabel = "DIR", description = "The store's Lucene index, when not beside the database.")
    Path index;

    @Option(names = "--ingest", paramLabel = "FILE|DIR",
            description = "Also analyse these articles at start-up (held in memory, not written to the store). Repeatable.")
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
        MemoryCorpus corpus = corpus(location); // before the models load, so a wrong --db fails in a second
        Pipeline pipeline; // the full pipeline, encoder included, as newsift analyze runs it: /api/analyze answers alike
        try {
            pipeline = pipelineOptions.build(); // lexicons first, so a typo fails in a second, not a minute
        } catch (IOException e) {
            err.println("newsift: " + OneLine.of(e));
            return ExitCodes.BAD_CONFIG;
        }
        ingest(pipeline, corpus, err);
        try (NewsiftServer server = new NewsiftServer(corpus, pipeline::analyze, stories,
                EscalationDetector.defaults(), hook, location == null ? null : new StoreWriter(location), options)
                .start(host, port)) {
            spec.commandLine().getOut().println("newsift: serving " + corpus.overview().articles() + " articles at http://"
                    + host + ":" + server.port() + "/");
            spec.commandLine().getOut().flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private MemoryCorpus corpus(StoreLocation location) {
        if (location == null) {
            return new MemoryCorpus(List.of());
        }
        try (NewsStore store = NewsStore.open(location)) {
            return StoredCorpus.load(store);
        }
    }

    private StoreLocation location() {
        if (db == null) {
            return null;
        }
        try {
            return StoreLocation.parse(db, index);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
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

    private void ingest(Pipeline pipeline, MemoryCorpus corpus, PrintWriter err) {
        if (ingest.isEmpty()) {
            return;
        }
        ReadOptions read;
        try {
            read = new ReadOptions(InputFormat.AUTO, ReadOptions.parseCharset("UTF-8"), ReadOptions.DEFAULT_MAX_CHARS,
                    published == null ? null : ReadOptions.validatePublished(published));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Inputs.Batch items = Inputs.open(ingest, read, System.in)) {
            AnalyzeCommand.inParallel(workers, pipeline, new ItemTimeout(Duration.ZERO)).run(items, r -> {
                if (r.analysis() != null) {
                    corpus.add(r.analysis());
                } else {
                    err.println("newsift: " + r.source() + ": " + r.error());
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
