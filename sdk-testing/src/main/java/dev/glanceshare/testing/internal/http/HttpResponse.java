package dev.glanceshare.testing.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A response a handler wants sent; headers keep their order. Built fluently, then left alone. */
public final class HttpResponse {
    private static final byte[] EMPTY = new byte[0];

    private final int status;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private byte[] body = EMPTY;

    private HttpResponse(int status) {
        this.status = status;
    }

    /**
     * Starts a response without a body.
     *
     * @param status the HTTP status code
     * @return a new response
     */
    public static HttpResponse status(int status) {
        return new HttpResponse(status);
    }

    /**
     * Starts a JSON response.
     *
     * @param status the HTTP status code
     * @param json the body, already serialised
     * @return a new response with {@code Content-Type: application/json}
     */
    public static HttpResponse json(int status, String json) {
        return status(status).header("Content-Type", "application/json").body(json);
    }

    /**
     * Adds a header (repeated names are sent repeatedly).
     *
     * @param name header name
     * @param value header value
     * @return this
     */
    public HttpResponse header(String name, String value) {
        headers.add(Map.entry(name, value));
        return this;
    }

    /**
     * Sets the body.
     *
     * @param bytes the body; not copied
     * @return this
     */
    public HttpResponse body(byte[] bytes) {
        this.body = bytes;
        return this;
    }

    /**
     * Sets the body from text, encoded as UTF-8.
     *
     * @param text the body
     * @return this
     */
    public HttpResponse body(String text) {
        return body(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the status code */
    public int status() {
        return status;
    }

    /** @return the headers in the order added */
    public List<Map.Entry<String, String>> headers() {
        return List.copyOf(headers);
    }

    /**
     * Returns the first value of a header.
     *
     * @param name header name, any case
     * @return the value, or empty
     */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    /** @return the body bytes */
    public byte[] body() {
        return body;
    }
}
