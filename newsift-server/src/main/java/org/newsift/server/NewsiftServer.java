package org.newsift.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.ContentTooLargeResponse;
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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code newsift serve}: the REST API under /api, its description at /openapi.json, and the dashboard's static
 * files, all from the classpath (a request path is never joined to a directory on disk). Every answer carries
 * a strict Content-Security-Policy: scripts only from this server, none inline.
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
     * @param writer  the store that POST /api/articles writes to as well as the corpus, or null for memory only
     */
    public NewsiftServer(Corpus corpus, Analyzer analyzer, StoryClusterer stories, EscalationDetector detector,
                         AlertWebhook webhook, StoreWriter writer, ServerOptions options) {
        ObjectMapper json = AnalysisJson.mapper();
        this.analyses = new AnalysisQueue(analyzer, options.analyzeWorkers(), options.analyzeQueue(), options.analyzeTimeout());
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
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
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        app.before("/api/*", ctx -> guard(ctx, options));
        Api api = new Api(corpus, analyses, stories, detector, announce, writer);
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
        background.submit(() -> stories.stories(corpus.analyses(), 2));
    }

    private void route(HandlerType method, String path, Handler handler) {
        routes.add(new Route(method.name(), path));
        app.addHttpHandler(method, path, handler);
    }

    /** Token, body size: checked before any handler reads the request. */
    private static void guard(Context ctx, ServerOptions options) {
        // a CORS preflight never carries credentials; the request it announces is checked when it comes
        boolean preflight = ctx.method() == HandlerType.OPTIONS;
        boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && !preflight;
        boolean store = write && !ctx.path().equals("/api/analyze");
        if (store && options.token() == null) {
            throw new ApiException(HttpStatus.FORBIDDEN, "writes are off: start the server with --token or NEWSIFT_TOKEN");
        }
        if (options.token() != null && (write || (options.authAll() && !preflight)) && !authorised(ctx, options.token())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(HttpStatus.UNAUTHORIZED, "missing or wrong bearer token");
        }
        long length = ctx.req().getContentLengthLong();
        if (length > options.maxBodyBytes()) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "the body is " + length + " bytes; the limit is "
                    + options.maxBodyBytes());
        }
    }

    private static boolean authorised(Context ctx, String token) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        // constant time, so the answer's timing says nothing about how much of a guess was right
        return MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    private void errors() {
        app.exception(ApiException.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
        app.exception(AnalysisQueue.Overloaded.class, (e, ctx) -> unavailable(ctx, e.getMessage()));
        app.exception(StoreWriter.Busy.class, (e, ctx) -> unavailable(ctx, e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(ContentTooLargeResponse.class, (e, ctx) ->
                fail(ctx, HttpStatus.CONTENT_TOO_LARGE, "the body is larger than the limit of " + app.unsafeConfig().http.maxRequestSize + " bytes"));
        app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> fail(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                "internal error: " + e.getClass().getSimpleName()));
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                fail(ctx, HttpStatus.NOT_FOUND, "no such resource: " + ctx.path());
            }
        });
    }

    /** Busy now, maybe not in a moment: 503 with Retry-After. */
    private static void unavailable(Context ctx, String message) {
        ctx.header("Retry-After", Integer.toString(AnalysisQueue.RETRY_AFTER_SECONDS));
        fail(ctx, HttpStatus.SERVICE_UNAVAILABLE, message);
    }

    private static void fail(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(new ApiError(status.getCode(), message == null ? status.getMessage() : message));
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
