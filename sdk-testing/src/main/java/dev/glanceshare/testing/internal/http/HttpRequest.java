package dev.glanceshare.testing.internal.http;

import dev.glanceshare.testing.Service;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One received request, fully read, as the service handlers see it. Immutable. */
public final class HttpRequest {
    private final Service service;
    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Instant receivedAt;

    /**
     * Creates a request.
     *
     * @param service which listener received it
     * @param method the method token as sent
     * @param rawPath the path, still percent-encoded
     * @param rawQuery the query string without {@code ?}, still encoded; empty when absent
     * @param headers the headers; copied into a case-insensitive map
     * @param body the body bytes (not copied)
     * @param receivedAt when it arrived, by the fake clock
     */
    public HttpRequest(Service service, String method, String rawPath, String rawQuery,
            Map<String, List<String>> headers, byte[] body, Instant receivedAt) {
        this.service = service;
        this.method = method;
        this.rawPath = rawPath;
        this.rawQuery = rawQuery;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body;
        this.receivedAt = receivedAt;
    }

    /** @return the listener that received the request */
    public Service service() {
        return service;
    }

    /** @return the method token, case as sent */
    public String method() {
        return method;
    }

    /** @return the percent-encoded path */
    public String rawPath() {
        return rawPath;
    }

    /** @return the encoded query string, empty when there was none */
    public String rawQuery() {
        return rawQuery;
    }

    /** @return all headers, case-insensitive, unmodifiable */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * Returns the first value of a header.
     *
     * @param name header name, any case
     * @return the value, or empty when absent
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return the body bytes; callers must not modify them */
    public byte[] body() {
        return body;
    }

    /** @return the body decoded as UTF-8 */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** @return when the request arrived, by the fake clock */
    public Instant receivedAt() {
        return receivedAt;
    }
}
