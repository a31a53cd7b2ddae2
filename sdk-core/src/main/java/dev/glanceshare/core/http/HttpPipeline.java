package dev.glanceshare.core.http;

import java.util.List;
import java.util.Objects;

/**
 * A transport behind an ordered list of interceptors. Immutable and thread-safe.
 *
 * <pre>{@code
 * HttpPipeline pipeline = HttpPipeline.of(transport, List.of(retry, auth, logging));
 * try (HttpResponse response = pipeline.send(request)) { ... }
 * }</pre>
 */
public final class HttpPipeline {
    private final HttpTransport transport;
    private final List<Interceptor> interceptors;

    private HttpPipeline(HttpTransport transport, List<Interceptor> interceptors) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.interceptors = List.copyOf(interceptors);
    }

    /**
     * @param transport the transport at the end of the pipeline
     * @param interceptors the interceptors, closest to the API first
     * @return the pipeline
     */
    public static HttpPipeline of(HttpTransport transport, List<Interceptor> interceptors) {
        return new HttpPipeline(transport, interceptors);
    }

    /** @return the transport at the end of the pipeline */
    public HttpTransport transport() {
        return transport;
    }

    /** @return the interceptors, closest to the API first */
    public List<Interceptor> interceptors() {
        return interceptors;
    }

    /**
     * Sends a request through every interceptor and the transport.
     *
     * @param request the request
     * @return the response; the caller closes it
     */
    public HttpResponse send(HttpRequest request) {
        return new Link(0, request).proceed(request);
    }

    private final class Link implements Interceptor.Chain {
        private final int index;
        private final HttpRequest request;

        Link(int index, HttpRequest request) {
            this.index = index;
            this.request = request;
        }

        @Override
        public HttpRequest request() {
            return request;
        }

        @Override
        public HttpResponse proceed(HttpRequest next) {
            Objects.requireNonNull(next, "request");
            if (index == interceptors.size()) {
                return transport.send(next);
            }
            return interceptors.get(index).intercept(new Link(index + 1, next));
        }
    }
}
