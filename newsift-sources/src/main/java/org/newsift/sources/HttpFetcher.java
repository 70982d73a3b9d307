package org.newsift.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Fetches one URL the careful way: every hop (redirects are followed here, at most {@code maxRedirects}) passes
 * the {@link AddressGuard} and waits its turn with the {@link Politeness} of its host; a response must arrive
 * within the timeout and stay under the byte limit, also after gzip decoding; and the validators of the last
 * fetch are sent along, so an unchanged page costs a 304.
 */
public final class HttpFetcher {

    /** A fetched body. {@code url} is the final URL after redirects; {@code contentType} may be null. */
    public record Page(URI url, String contentType, byte[] body) {
    }

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,"
            + "application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";

    private final HttpClient client;
    private final SourceOptions opts;
    private final ValidatorCache validators;
    private final AddressGuard guard;
    private final Politeness politeness;

    /** A fetcher with the real DNS and clock. */
    public HttpFetcher(SourceOptions opts, ValidatorCache validators) {
        this(opts, validators, new AddressGuard(opts.allowPrivate()), new Politeness(opts.politeness(), Politeness.Clock.SYSTEM));
    }

    public HttpFetcher(SourceOptions opts, ValidatorCache validators, AddressGuard guard, Politeness politeness) {
        this.opts = opts;
        this.validators = validators;
        this.guard = guard;
        this.politeness = politeness;
        this.client = HttpClient.newBuilder()
                .connectTimeout(opts.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // followed by hand, so each hop is checked
                .build();
    }

    /**
     * Fetches {@code url}; empty when the server answered 304 to a conditional GET.
     *
     * @throws FetchException with a one-line reason when no page came back
     */
    public Optional<Page> fetch(URI url) throws FetchException, InterruptedException {
        String key = url.toString();
        ValidatorCache.Validators known = validators.get(key);
        URI current = url;
        for (int hop = 0; ; hop++) {
            guard.check(current);
            politeness.await(current.getHost());
            HttpResponse<byte[]> r = send(request(current, known));
            int status = r.statusCode();
            if (status == 304 && known != null) {
                return Optional.empty();
            }
            if (isRedirect(status)) {
                if (hop >= opts.maxRedirects()) {
                    throw new FetchException(FetchException.Kind.TOO_MANY_REDIRECTS,
                            "more than " + opts.maxRedirects() + " redirects from " + url);
                }
                current = location(current, r.headers());
                continue;
            }
            if (status != 200) {
                throw new FetchException(FetchException.Kind.HTTP_STATUS, "HTTP " + status + " from " + current);
            }
            remember(key, r.headers());
            return Optional.of(new Page(current, r.headers().firstValue("Content-Type").orElse(null),
                    decoded(current, r)));
        }
    }

    private HttpRequest request(URI uri, ValidatorCache.Validators known) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(opts.timeout())
                .header("User-Agent", opts.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip");
        if (known != null) {
            if (known.etag() != null) {
                b.header("If-None-Match", known.etag());
            }
            if (known.lastModified() != null) {
                b.header("If-Modified-Since", known.lastModified());
            }
        }
        return b.GET().build();
    }

    private HttpResponse<byte[]> send(HttpRequest req) throws FetchException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(req, info -> new LimitedBody(opts.maxBytes(),
                info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        try {
            // the request timeout covers the wait for headers only; this one also bounds a body that trickles
            return f.get(opts.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw timeout(req.uri());
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof LimitedBody.TooLarge) {
                throw new FetchException(FetchException.Kind.TOO_LARGE, req.uri() + ": " + c.getMessage());
            }
            if (c instanceof HttpTimeoutException) {
                throw timeout(req.uri());
            }
            if (c instanceof ConnectException) {
                throw new FetchException(FetchException.Kind.FAILED, "cannot connect to " + req.uri().getHost());
            }
            throw new FetchException(FetchException.Kind.FAILED, "cannot fetch " + req.uri() + ": "
                    + (c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage()));
        }
    }

    private FetchException timeout(URI uri) {
        return new FetchException(FetchException.Kind.TIMEOUT, "no complete response from " + uri + " within "
                + opts.timeout().toMillis() + " ms (raise it with --timeout)");
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI location(URI from, HttpHeaders headers) throws FetchException {
        String loc = headers.firstValue("Location").orElseThrow(() ->
                new FetchException(FetchException.Kind.FAILED, "redirect without Location from " + from));
        try {
            return from.resolve(loc.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.FAILED, "bad redirect Location '" + loc + "' from " + from);
        }
    }

    private void remember(String key, HttpHeaders headers) {
        String etag = headers.firstValue("ETag").orElse(null);
        String modified = headers.firstValue("Last-Modified").orElse(null);
        if (etag != null || modified != null) {
            validators.put(key, new ValidatorCache.Validators(etag, modified));
        }
    }

    /** The body without its gzip content encoding; the byte limit holds for the decoded size too (gzip bombs). */
    private byte[] decoded(URI uri, HttpResponse<byte[]> r) throws FetchException {
        String encoding = r.headers().firstValue("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
            return r.body();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, opts.maxBytes() + 1));
            if (out.length > opts.maxBytes()) {
                throw new FetchException(FetchException.Kind.TOO_LARGE, uri + ": gzip body decodes to more than "
                        + opts.maxBytes() + " bytes (raise it with --max-bytes)");
            }
            return out;
        } catch (IOException e) {
            throw new FetchException(FetchException.Kind.FAILED, uri + ": corrupt gzip body: " + e.getMessage());
        }
    }
}
