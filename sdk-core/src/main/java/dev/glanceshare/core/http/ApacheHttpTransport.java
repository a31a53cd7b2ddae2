package dev.glanceshare.core.http;

import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.internal.SupportedVersions;
import dev.glanceshare.core.observation.ConnectionPoolView;
import dev.glanceshare.core.observation.PoolState;
import dev.glanceshare.core.observation.SdkObserver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.net.URIAuthority;
import org.apache.hc.core5.pool.PoolStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standard {@link HttpTransport}, on Apache HttpClient 5 (classic, blocking I/O) with a connection
 * pool. HttpClient's own retries, redirects and cookies are off: the SDK's interceptors own retry policy,
 * and OpenStack APIs do not redirect. Thread-safe; create one per application and share it.
 *
 * <p>Logging: HttpClient's loggers {@code org.apache.hc.client5.http.headers} and
 * {@code org.apache.hc.client5.http.wire} print every header and body byte as sent and received, tokens and
 * Keystone passwords included, when they are at DEBUG. Keep them at INFO; the SDK's {@link LoggingInterceptor}
 * ({@code dev.glanceshare.http.*}) logs the same exchanges at TRACE with every secret redacted. A transport built
 * while either is at DEBUG logs a warning that names them.
 *
 * <pre>{@code
 * try (ApacheHttpTransport transport = ApacheHttpTransport.create(TransportOptions.builder()
 *         .caCertificate(Path.of("/etc/ssl/my-cloud-ca.pem")).build())) {
 *     ...
 * }
 * }</pre>
 */
public final class ApacheHttpTransport implements HttpTransport {
    private static final Logger LOG = LoggerFactory.getLogger(ApacheHttpTransport.class);
    /** HttpClient's loggers that print raw traffic, secrets included, at DEBUG. */
    static final List<String> RAW_TRAFFIC_LOGGERS =
            List.of("org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire");

    private final CloseableHttpClient client;
    private final PoolingHttpClientConnectionManager pool;
    private final TransportOptions options;
    /** The pool as the observer sees it; null without an observer, so a new JVM spins no method reference for it. */
    private final ConnectionPoolView poolView;

    private ApacheHttpTransport(TransportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        SupportedVersions.requireHttpClient(); // a clear message now, not a linkage error at the first call
        warnIfRawTrafficLogged();
        if (options.insecure()) {
            LOG.warn("TLS certificate and host name verification is OFF for this transport (insecure opt-in). "
                    + "Anyone on the network path can read and change traffic, including tokens.");
        }
        this.pool = ConnectionPools.create(options);
        RequestConfig requestConfig = RequestConfig.custom()
                .setResponseTimeout(ConnectionPools.timeout(options.responseTimeout()))
                .setConnectionRequestTimeout(ConnectionPools.timeout(options.connectionRequestTimeout()))
                .setRedirectsEnabled(false)
                .build();
        var builder = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(requestConfig)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression();
        options.proxy().ifPresent(p -> builder.setProxy(new HttpHost(p.getScheme(), p.getHost(), p.getPort())));
        this.client = builder.build();
        this.poolView = options.observer() == SdkObserver.NONE ? null : this::poolState;
        if (poolView != null) {
            options.observer().poolOpened(poolView);
        }
    }

    private static void warnIfRawTrafficLogged() {
        List<String> loud = new ArrayList<>();
        for (String name : RAW_TRAFFIC_LOGGERS) {
            if (LoggerFactory.getLogger(name).isDebugEnabled()) {
                loud.add(name);
            }
        }
        if (!loud.isEmpty()) {
            LOG.warn("HttpClient's logger{} {} {} at DEBUG: {} every header and body byte as sent and received, "
                    + "X-Auth-Token, X-Subject-Token and Keystone passwords included. Set {} to INFO; "
                    + "dev.glanceshare.http.* logs the same exchanges at TRACE with secrets redacted.",
                    loud.size() == 1 ? "" : "s", String.join(" and ", loud), loud.size() == 1 ? "is" : "are",
                    loud.size() == 1 ? "it prints" : "they print", loud.size() == 1 ? "it" : "both");
        }
    }

    /**
     * @return a transport with the default options
     * @throws dev.glanceshare.core.exception.UnsupportedDependencyException if httpclient5 or httpcore5 on the
     *     class path is older than the SDK supports
     */
    public static ApacheHttpTransport create() {
        return new ApacheHttpTransport(TransportOptions.defaults());
    }

    /**
     * @param options pool, timeout, TLS and proxy settings
     * @return a transport; close it when the application stops
     * @throws dev.glanceshare.core.exception.UnsupportedDependencyException if httpclient5 or httpcore5 on the
     *     class path is older than the SDK supports
     */
    public static ApacheHttpTransport create(TransportOptions options) {
        return new ApacheHttpTransport(options);
    }

    /** @return the options this transport was built with */
    public TransportOptions options() {
        return options;
    }

    /** @return connections leased from the pool right now; 0 when every response was closed */
    public int leasedConnections() {
        PoolStats stats = pool.getTotalStats();
        return stats.getLeased();
    }

    /** @return the pool's counters now: leased, available, pending and its size */
    public PoolState poolState() {
        PoolStats stats = pool.getTotalStats();
        return new PoolState(stats.getLeased(), stats.getAvailable(), stats.getPending(), stats.getMax());
    }

    @Override
    public SdkObserver observer() {
        return options.observer();
    }

    /** @return idle pooled connections, kept for reuse (tests check that a fully read body keeps its connection) */
    int idleConnections() {
        return pool.getTotalStats().getAvailable();
    }

    @Override
    public HttpResponse send(HttpRequest request) {
        ClassicRequestBuilder b = ClassicRequestBuilder.create(request.method());
        RequestUrl url = request.url();
        String path = url.pathAndQuery();
        if (path == null) {
            b.setUri(url.toUri());
        } else {
            // What setUri(URI) takes from a URI, taken from the endpoint parsed once and the joined path: no parse.
            URI origin = url.origin();
            b.setScheme(origin.getScheme())
                    .setAuthority(new URIAuthority(origin.getRawUserInfo(), origin.getHost(), origin.getPort()))
                    .setPath(path);
        }
        request.headers().forEach((name, value) -> {
            // HttpClient frames the body itself and refuses a request that already says how.
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")) {
                b.addHeader(name, value);
            }
        });
        request.body().ifPresent(body -> b.setEntity(new BodyEntity(body)));
        ClassicHttpResponse response;
        try {
            response = client.executeOpen(null, b.build(), null);
        } catch (IOException e) {
            throw failure(request.method(), request.uri(), e);
        }
        HttpEntity entity = response.getEntity();
        try {
            InputStream content = entity == null ? InputStream.nullInputStream() : entity.getContent();
            long length = entity == null ? 0 : entity.getContentLength();
            Headers headers = Headers.received(new ReceivedHeaders(response.getHeaders()));
            return HttpResponse.streaming(response.getCode(), headers,
                    new ReleasingStream(content, response, length), length);
        } catch (IOException | RuntimeException e) {
            closeQuietly(response);
            if (e instanceof IOException) {
                throw failure(request.method(), request.uri(), (IOException) e);
            }
            throw new TransportException(TransportException.Kind.IO, request.method(), request.uri(),
                    "unusable response: " + e.getMessage(), e);
        }
    }

    /**
     * Maps an I/O failure to a {@link TransportException} of the right kind.
     *
     * @param method the request method
     * @param uri the request URI
     * @param e the failure
     * @return the exception to throw
     */
    static TransportException failure(String method, URI uri, IOException e) {
        TransportException.Kind kind;
        if (e instanceof ConnectTimeoutException || e instanceof ConnectException
                || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            kind = TransportException.Kind.CONNECT; // nothing was sent, so even a POST may be retried
        } else if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            kind = TransportException.Kind.TIMEOUT;
        } else if (e instanceof SSLException) {
            kind = TransportException.Kind.TLS;
        } else {
            kind = TransportException.Kind.IO;
        }
        String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (kind == TransportException.Kind.TLS) {
            detail += " (if the cloud uses a private CA, set TransportOptions.caCertificate or trustStore)";
        }
        return new TransportException(kind, method, uri, detail, e);
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
        pool.close(CloseMode.GRACEFUL);
        if (poolView != null) {
            options.observer().poolClosed(poolView);
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // already failing: the first error is the one worth reporting
        }
    }

    /** HttpClient's header lines, read only if someone asks for them (a successful call never does). */
    private static final class ReceivedHeaders implements Headers.Received {
        private final Header[] lines;

        ReceivedHeaders(Header[] lines) {
            this.lines = lines;
        }

        @Override public int size() { return lines.length; }
        @Override public String name(int i) { return lines[i].getName(); }

        @Override
        public String value(int i) {
            String value = lines[i].getValue();
            return value == null ? "" : value; // HttpClient gives null for a bare name
        }
    }

    /** Streams a {@link RequestBody} into HttpClient. */
    private static final class BodyEntity extends AbstractHttpEntity {
        private final RequestBody body;

        BodyEntity(RequestBody body) {
            super(contentType(body.contentType()), null, body.contentLength() < 0);
            this.body = body;
        }

        /** Plain JSON, the type of nearly every body, is not parsed again on each request (and gets no charset). */
        private static final ContentType JSON = ContentType.create("application/json");

        private static ContentType contentType(String value) {
            return value.equals("application/json") ? JSON : ContentType.parse(value);
        }

        @Override public boolean isRepeatable() { return body.isRepeatable(); }
        @Override public long getContentLength() { return body.contentLength(); }
        @Override public InputStream getContent() { throw new UnsupportedOperationException("write-only entity"); }
        @Override public boolean isStreaming() { return !body.isRepeatable(); }
        @Override public void writeTo(OutputStream out) throws IOException { body.writeTo(out); }
        @Override public void close() {}
    }
}
