package dev.glanceshare.core.http;

import dev.glanceshare.core.exception.OpenStackException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each HTTP exchange on SLF4J, with every secret redacted ({@link Redaction}). The logger is named
 * for the service: {@code dev.glanceshare.http.Glance}, {@code dev.glanceshare.http.Keystone}.
 *
 * <ul>
 *   <li>DEBUG: one line per exchange, such as {@code GET http://glance/v2/images -> 200 in 12 ms
 *       (request req-1)}; the time runs until the response headers arrived. A failure without a
 *       response is logged with its reason.</li>
 *   <li>TRACE: also the request and response headers and bodies. A request body is shown when it is
 *       held in memory; a response body when it is JSON or text and at most
 *       {@value #MAX_TRACED_BODY} bytes. Such a body is read here and handed on as an equivalent
 *       in-memory response, so callers still read it; a download or other large or binary body is never
 *       buffered.</li>
 * </ul>
 *
 * <p>Place it last in the pipeline, closest to the wire, so that each retry and each re-authenticated
 * resend is logged as its own exchange. When neither level is enabled it costs one level check.
 */
public final class LoggingInterceptor implements Interceptor {
    /** The prefix of every logger name; the service name follows. */
    public static final String LOGGER_PREFIX = "dev.glanceshare.http.";

    /** The largest response body buffered and shown at TRACE. */
    public static final int MAX_TRACED_BODY = 64 * 1024;

    private final Logger log;

    /**
     * @param service the service name, such as {@code Glance}; it names the logger
     * @throws IllegalArgumentException when the name is blank or holds white space
     */
    public LoggingInterceptor(String service) {
        Objects.requireNonNull(service, "service");
        if (service.isBlank() || service.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Service name for the logger must be one word, was '" + service + "'");
        }
        this.log = LoggerFactory.getLogger(LOGGER_PREFIX + service);
    }

    /** @return the name of the logger this interceptor writes to */
    public String loggerName() {
        return log.getName();
    }

    @Override
    public HttpResponse intercept(Chain chain) {
        HttpRequest request = chain.request();
        if (!log.isDebugEnabled()) {
            return chain.proceed(request);
        }
        boolean trace = log.isTraceEnabled();
        if (trace) {
            log.trace("> {} {}\n{}{}", request.method(), request.uri(), Redaction.headerLines(request.headers()),
                    requestBody(request));
        }
        long start = System.nanoTime();
        HttpResponse response;
        try {
            response = chain.proceed(request);
        } catch (RuntimeException e) {
            // Our own exceptions never hold secrets; anything else is shown by class only.
            String why = e instanceof OpenStackException ? e.getMessage() : e.getClass().getName();
            log.debug("{} {} failed after {} ms: {}", request.method(), request.uri(), millisSince(start), why);
            throw e;
        }
        String requestId = Responses.requestId(response);
        if (requestId == null) {
            requestId = request.headers().first(ServiceCaller.REQUEST_ID).orElse(null);
        }
        log.debug("{} {} -> {} in {} ms{}", request.method(), request.uri(), response.status(), millisSince(start),
                requestId == null ? "" : " (request " + requestId + ")");
        return trace ? traceResponse(request, response) : response;
    }

    private HttpResponse traceResponse(HttpRequest request, HttpResponse response) {
        String head = "< " + response.status() + " " + request.method() + " " + request.uri() + "\n"
                + Redaction.headerLines(response.headers());
        String mediaType = response.mediaType().orElse("");
        long length = response.contentLength();
        if (length == 0 || !isText(mediaType) || length > MAX_TRACED_BODY) {
            log.trace("{}{}", head, length == 0 ? "" : "<body of " + (length < 0 ? "unknown length" : length + " bytes")
                    + (mediaType.isEmpty() ? "" : ", " + mediaType) + ", not logged>");
            return response;
        }
        byte[] bytes;
        try {
            bytes = response.body().readNBytes(MAX_TRACED_BODY + 1);
        } catch (IOException e) {
            Responses.discard(response);
            throw ApacheHttpTransport.failure(request.method(), request.uri(), e);
        }
        if (bytes.length > MAX_TRACED_BODY) {
            // Longer than announced: hand on what was read followed by the rest, unread and unlogged.
            log.trace("{}<body over {} bytes, not logged>", head, MAX_TRACED_BODY);
            InputStream rest = new SequenceInputStream(new ByteArrayInputStream(bytes), response.body());
            return HttpResponse.streaming(response.status(), response.headers(), rest, length);
        }
        response.close();
        log.trace("{}{}", head, Redaction.body(bytes, mediaType));
        return HttpResponse.of(response.status(), response.headers(), bytes);
    }

    private static String requestBody(HttpRequest request) {
        if (request.body().isEmpty()) {
            return "";
        }
        RequestBody body = request.body().get();
        return body.bufferedBytes()
                .map(bytes -> Redaction.body(bytes, body.contentType()))
                .orElseGet(() -> "<streamed " + body.contentType() + " body"
                        + (body.contentLength() < 0 ? "" : " of " + body.contentLength() + " bytes") + ", not logged>");
    }

    private static boolean isText(String mediaType) {
        String t = mediaType.toLowerCase(Locale.ROOT);
        return t.contains("json") || t.startsWith("text/") || t.contains("xml");
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
