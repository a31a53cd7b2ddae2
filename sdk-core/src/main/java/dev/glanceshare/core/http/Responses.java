package dev.glanceshare.core.http;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Helpers for interceptors that throw a response away. */
final class Responses {
    /** A discarded body up to this size is read, so its connection can go back to the pool. */
    private static final int DRAIN_LIMIT = 16 * 1024;

    private Responses() {}

    /**
     * Closes a response the caller will never see. A small body (an error page) is read first so that
     * the connection is reused; a larger one is not read, and closing drops the connection instead.
     * Failures are ignored: the response is useless either way, and the caller's outcome comes from the
     * next attempt.
     *
     * @param response the response to throw away
     */
    static void discard(HttpResponse response) {
        try {
            long length = response.contentLength();
            if (length > 0 && length <= DRAIN_LIMIT) {
                // a buffer of the announced size: readNBytes(int) would take 8 KiB even for an empty body
                byte[] sink = new byte[(int) length];
                while (response.body().read(sink) > 0) {
                    // until the end, which frees the connection
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // the close below still releases or drops the connection
        }
        try {
            response.close();
        } catch (UncheckedIOException | IllegalStateException ignored) {
            // nothing more can be done with a connection that failed while closing
        }
    }

    /** @return the response's request id, in any header case, or {@code null} */
    static String requestId(HttpResponse response) {
        return response.headers().first(ServiceCaller.REQUEST_ID).orElse(null);
    }
}
