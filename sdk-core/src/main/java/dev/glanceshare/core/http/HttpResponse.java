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
    /** The whole body when it is held in memory and not yet handed out; {@code null} for a streaming body. */
    private byte[] held;
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
        return held(status, headers, body.clone());
    }

    /** A response over an array nobody else holds, so it is not copied: the SDK's own buffering. */
    static HttpResponse held(int status, Headers headers, byte[] body) {
        HttpResponse response = new HttpResponse(status, headers, new ByteArrayInputStream(body), body.length);
        response.held = body;
        return response;
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
        byte[] whole = takeHeld();
        if (whole != null) {
            return whole;
        }
        // A body of announced length is read into an array of that size; InputStream.readNBytes(int) would
        // fill 8 KiB buffers and copy them, which was the largest allocation of a typical call.
        byte[] bytes = contentLength >= 0 ? readAnnounced((int) contentLength, maxBytes) : readUnannounced(maxBytes);
        if (bytes.length > maxBytes) {
            throw new BodyTooLargeException(-1, maxBytes);
        }
        return bytes;
    }

    /** The held array, once: the stream is moved to its end, so nothing else can read the same bytes. */
    private byte[] takeHeld() throws IOException {
        byte[] whole = held;
        if (whole == null || body.available() != whole.length) {
            return null; // a streaming body, or someone read from the stream already
        }
        held = null;
        body.skip(whole.length);
        return whole;
    }

    private byte[] readAnnounced(int length, int maxBytes) throws IOException {
        byte[] bytes = new byte[length];
        int n = body.readNBytes(bytes, 0, length);
        if (n < length) {
            return java.util.Arrays.copyOf(bytes, n); // ended early: what arrived, as before
        }
        int more = body.read();
        if (more < 0) {
            return bytes;
        }
        // Longer than announced (not from HttpClient, which stops at Content-Length): read on, bounded.
        byte[] rest = body.readNBytes(maxBytes - length); // at most one byte over the limit in all
        byte[] all = java.util.Arrays.copyOf(bytes, length + 1 + rest.length);
        all[length] = (byte) more;
        System.arraycopy(rest, 0, all, length + 1, rest.length);
        return all;
    }

    private byte[] readUnannounced(int maxBytes) throws IOException {
        byte[] buffer = new byte[Math.min(maxBytes + 1, 4096)];
        int n = 0;
        while (true) {
            int r = body.read(buffer, n, buffer.length - n);
            if (r < 0) {
                return java.util.Arrays.copyOf(buffer, n);
            }
            n += r;
            if (n > maxBytes) {
                return java.util.Arrays.copyOf(buffer, n); // over the limit: the caller refuses it
            }
            if (n == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, (int) Math.min((long) maxBytes + 1, 2L * buffer.length));
            }
        }
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
