package dev.glanceshare.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request the fake received, with the status it answered, as kept by the {@link RequestJournal}.
 * Immutable.
 *
 * @param service which listener received it
 * @param method the method token as sent
 * @param rawPath the full path as sent, still percent-encoded (a Glance path prefix included)
 * @param rawQuery the query string without {@code ?}, still encoded; empty when there was none
 * @param headers the request headers; lookups ignore case
 * @param status the status answered; 0 when the connection was dropped without a response
 * @param receivedAt when the request arrived, by the fake's clock
 * @param body the body bytes (a copy is returned)
 */
public record RecordedRequest(Service service, String method, String rawPath, String rawQuery,
        Map<String, List<String>> headers, int status, Instant receivedAt, byte[] body) {

    /**
     * Copies the headers into a case-insensitive, unmodifiable map and the body into a private array.
     *
     * @param service see the record description
     * @param method see the record description
     * @param rawPath see the record description
     * @param rawQuery see the record description
     * @param headers see the record description
     * @param status see the record description
     * @param receivedAt see the record description
     * @param body see the record description
     */
    public RecordedRequest {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = Collections.unmodifiableMap(copy);
        body = body.clone();
    }

    /**
     * Returns a copy of the body.
     *
     * @return the body bytes
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * Returns the body decoded as UTF-8.
     *
     * @return the body text
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Returns the first value of a request header.
     *
     * @param name the header name, any case
     * @return the value, or empty when the header was absent
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Returns {@code method + " " + rawPath}, plus {@code ?rawQuery} when there was a query: the request
     * line a test usually asserts.
     *
     * @return for example {@code "GET /v2/images?limit=1"}
     */
    public String line() {
        return method + " " + rawPath + (rawQuery.isEmpty() ? "" : "?" + rawQuery);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordedRequest r && service == r.service && method.equals(r.method)
                && rawPath.equals(r.rawPath) && rawQuery.equals(r.rawQuery) && headers.equals(r.headers)
                && status == r.status && receivedAt.equals(r.receivedAt) && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(service, method, rawPath, rawQuery, status, receivedAt) * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return service + " " + line() + " -> " + status;
    }
}
