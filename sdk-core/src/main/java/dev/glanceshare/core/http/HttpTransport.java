package dev.glanceshare.core.http;

import dev.glanceshare.core.observation.SdkObserver;

/**
 * Sends one HTTP request and returns its response: no retries, no redirects, no auth. Those are
 * {@link Interceptor}s. Implementations are thread-safe and meant to be shared by every client of an
 * application; {@link ApacheHttpTransport} is the standard one.
 *
 * <p>Ownership: whoever creates a transport closes it. A client or session that was given a transport
 * never closes it; one that built its own closes it with itself.
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Sends the request.
     *
     * @param request the request
     * @return the response, streaming; the caller closes it
     * @throws dev.glanceshare.core.exception.TransportException when no response arrived
     */
    HttpResponse send(HttpRequest request);

    /**
     * @return the observer that sessions and clients on this transport report their operations, exchanges and
     *     token events to; {@link SdkObserver#NONE} unless the implementation has one
     */
    default SdkObserver observer() {
        return SdkObserver.NONE;
    }

    /** Releases pooled connections and threads. */
    @Override
    void close();
}
