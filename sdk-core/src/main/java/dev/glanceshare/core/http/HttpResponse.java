package dev.glanceshare.core.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An HTTP response whose body may still be streaming from the connection. Close it (try-with-resources)
 * to give the connection back to the pool; reading the body to the end and closing are both safe to
 * repeat.
 */
public final class HttpResponse implements AutoCloseable {
    private final int status;
    private final Headers headers;
    private final InputStream body;
    private final long contentLength;
    private final AtomicBoolean closed = new AtomicBoolean();

    private HttpResponse(int status, Headers headers, InputStream body, long contentLength) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("Invalid HTTP status " + status);
        }
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = Objects.requireNonNull(body, "body");
        this.contentLength = contentLength;
    }

    /**
     * @param status the status code
     * @param headers the headers
     * @param body the whole body (may be empty)
     * @return a response held in memory
     */
    public static HttpResponse of(int status, Headers headers, byte[] body) {
        return new HttpResponse(status, headers, new ByteArrayInputStream(body.clone()), body.length);
    }

    /**
     * @param status the status code
     * @param headers the headers
     * @param body the body stream; closing the response closes it
     * @param contentLength the length in bytes, or -1 if unknown
     * @return a streaming response
     */
    public static HttpResponse streaming(int status, Headers headers, InputStream body, long contentLength) {
        return new HttpResponse(status, headers, body, contentLength);
    }

    /** @return the status code */
    public int status() {
        return status;
    }

    /** @return whether the status is 2xx */
    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** @return the headers */
    public Headers headers() {
        return headers;
    }

    /** @return the {@code Content-Type} without parameters, lower case, if present */
    public Optional<String> mediaType() {
        return headers.first("Content-Type")
                .map(v -> v.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT))
                .filter(v -> !v.isEmpty());
    }

    /** @return the declared body length, or -1 when unknown */
    public long contentLength() {
        return contentLength;
    }

    /**
     * The body as a stream, for downloads. It can be read once.
     *
     * @return the body stream
     */
    public InputStream body() {
        return body;
    }

    /**
     * Reads the whole body into memory, refusing bodies larger than a bound so that a misbehaving server
     * cannot exhaust the heap.
     *
     * @param maxBytes the largest body accepted
     * @return the body
     * @throws IOException when reading fails
     * @throws BodyTooLargeException when the body is larger than {@code maxBytes}
     */
    public byte[] readBody(int maxBytes) throws IOException {
        if (contentLength > maxBytes) {
            throw new BodyTooLargeException(contentLength, maxBytes);
        }
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new BodyTooLargeException(-1, maxBytes);
        }
        return bytes;
    }

    /** Closes the body and releases the connection. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                body.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Closing the response body failed", e);
            }
        }
    }

    @Override
    public String toString() {
        return "HttpResponse[" + status + "]";
    }

    /** Thrown by {@link #readBody(int)} for a body over the bound. */
    public static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(long declared, int max) {
            super(declared >= 0
                    ? "response body of " + declared + " bytes is larger than the limit of " + max
                    : "response body is larger than the limit of " + max + " bytes");
        }
    }
}
