package org.newsift.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.newsift.output.AnalysisJson;
import org.newsift.server.alerts.AlertWebhook;
import org.newsift.server.alerts.EscalationDetector;
import org.newsift.server.corpus.Corpus;
import org.newsift.server.corpus.StoreWriter;
import org.newsift.server.stories.StoryClusterer;
import org.newsift.server.stories.StoryWindow;
import org.newsift.store.StoreBusy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code newsift serve}: the REST API under /api, its description at /openapi.json, and the dashboard's static
 * files, all from the classpath (a request path is never joined to a directory on disk). Every answer carries
 * a strict Content-Security-Policy: scripts only from this server, none inline, and an X-Request-Id that its error
 * body repeats and the log names when the request failed.
 */
public final class NewsiftServer implements AutoCloseable {
    static final String CSP = "default-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; "
            // ECharts positions its tooltips and canvases with style attributes
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");
    static final String REQUEST_ID = "X-Request-Id";
    private static final System.Logger LOG = System.getLogger(NewsiftServer.class.getPackageName());

    /** One registered route, as /openapi.json must list it. */
    public record Route(String method, String path) {
    }

    private final Javalin app;
    private final List<Route> routes = new ArrayList<>();
    private final AnalysisQueue analyses;
    /** Work no request waits for: webhook posts, and encoding the story leads once at start-up. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsift-background");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param webhook where new alerts are posted, or null
     * @param writer  the store that POST /api/articles writes to: the one the corpus reads
     */
    public NewsiftServer(Corpus corpus, Analyzer analyzer, StoryClusterer stories, EscalationDetector detector,
                         AlertWebhook webhook, StoreWriter writer, ServerOptions options) {
        ObjectMapper json = AnalysisJson.mapper();
        this.analyses = new AnalysisQueue(analyzer, options.analyzeWorkers(), options.analyzeQueue(), options.analyzeTimeout());
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            // Javalin checks this against Content-Length only; ArticleInput.read holds every body to the limit
            config.http.maxRequestSize = options.maxBodyBytes();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/newsift/server/web";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/webjars";
                files.directory = "/META-INF/resources/webjars";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
            if (options.corsOrigin() != null) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(options.corsOrigin())));
            }
        });
        Runnable announce = webhook == null ? () -> { }
                : () -> background.submit(() -> webhook.deliver(detector.detect(corpus)));
        Guard guard = new Guard(options);
        app.before(ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            String id = String.format("%012x", ThreadLocalRandom.current().nextLong() & 0xffff_ffff_ffffL);
            ctx.attribute(REQUEST_ID, id);
            ctx.header(REQUEST_ID, id);
            guard.host(ctx);
        });
        app.before("/api/*", guard::api);
        Api api = new Api(corpus, analyses, stories, detector, announce, writer, options.maxBodyBytes());
        route(HandlerType.GET, "/openapi.json", ctx -> ctx.contentType("application/json")
                .result(NewsiftServer.class.getResourceAsStream("openapi.json")));
        route(HandlerType.GET, "/api/overview", api::overview);
        route(HandlerType.GET, "/api/articles", api::articles);
        route(HandlerType.POST, "/api/articles", api::store);
        route(HandlerType.GET, "/api/articles/{id}", api::article);
        route(HandlerType.GET, "/api/events", api::events);
        route(HandlerType.GET, "/api/dyads/{a}/{b}/series", api::series);
        route(HandlerType.GET, "/api/actors", api::actors);
        route(HandlerType.GET, "/api/stories", api::stories);
        route(HandlerType.GET, "/api/stories/{id}", api::story);
        route(HandlerType.GET, "/api/alerts", api::alerts);
        route(HandlerType.GET, "/api/techniques", api::techniques);
        route(HandlerType.POST, "/api/analyze", api::analyze);
        errors();
        announce.run();
        // the first story request would otherwise encode every article's lead while the client waits
        background.submit(() -> stories.stories(StoryWindow.analyses(corpus, null, null), 2));
    }

    private void route(HandlerType method, String path, Handler handler) {
        routes.add(new Route(method.name(), path));
        app.addHttpHandler(method, path, ctx -> {
            try {
                handler.handle(ctx);
            } catch (Error e) {
                // Javalin answers an Error with an empty 500 and logs it only through SLF4J, which the CLI mutes
                throw new ServerFault(e);
            }
        });
    }

    private void errors() {
        app.exception(ApiException.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
        app.exception(AnalysisQueue.Overloaded.class, (e, ctx) -> unavailable(ctx, e.getMessage()));
        app.exception(StoreWriter.Busy.class, (e, ctx) -> unavailable(ctx, e.getMessage()));
        app.exception(StoreBusy.class, (e, ctx) -> unavailable(ctx, e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> internalError(ctx, e instanceof ServerFault f ? f.getCause() : e));
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                fail(ctx, HttpStatus.NOT_FOUND, "no such resource: " + ctx.path());
            }
        });
    }

    /**
     * The server's fault: one line in the log with the request's id, the exception's class and message (its stack
     * trace at DEBUG), and an answer that gives the id and nothing of the exception.
     */
    private static void internalError(Context ctx, Throwable e) {
        String id = ctx.attribute(REQUEST_ID);
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ");
        LOG.log(System.Logger.Level.ERROR, "request " + id + " (" + ctx.method() + " " + ctx.path() + ") failed: "
                + e.getClass().getName() + message);
        LOG.log(System.Logger.Level.DEBUG, "request " + id, e);
        fail(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server's log names request " + id);
    }

    /** Busy now, maybe not in a moment: 503 with Retry-After. */
    private static void unavailable(Context ctx, String message) {
        ctx.header("Retry-After", Integer.toString(AnalysisQueue.RETRY_AFTER_SECONDS));
        fail(ctx, HttpStatus.SERVICE_UNAVAILABLE, message);
    }

    private static void fail(Context ctx, HttpStatus status, String message) {
        if (status == HttpStatus.CONTENT_TOO_LARGE) {
            ctx.header("Connection", "close"); // the rest of the body is left unread, so the connection cannot serve another request
        }
        ctx.status(status).json(new ApiError(status.getCode(), message == null ? status.getMessage() : message,
                ctx.attribute(REQUEST_ID)));
    }

    /** Starts listening; port 0 picks a free one. */
    public NewsiftServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The API routes, in registration order. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    @Override
    public void close() {
        app.stop();
        analyses.close();
        background.shutdownNow();
    }
}
