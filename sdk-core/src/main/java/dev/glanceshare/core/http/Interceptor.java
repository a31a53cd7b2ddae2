package dev.glanceshare.core.http;

/**
 * Observes, changes or repeats a request on its way to the transport. Auth, retry and redacted logging
 * are interceptors. The order is the order of the list given to {@link HttpPipeline}: the first is
 * closest to the API call, the last closest to the wire.
 *
 * <pre>{@code
 * Interceptor userAgent = chain -> chain.proceed(
 *     chain.request().toBuilder().header("User-Agent", "my-app/1.0").build());
 * }</pre>
 */
@FunctionalInterface
public interface Interceptor {

    /**
     * Handles one request.
     *
     * @param chain the request and the rest of the pipeline
     * @return the response; an interceptor that discards a response must close it
     */
    HttpResponse intercept(Chain chain);

    /** The request being sent and the way on to the next interceptor. */
    interface Chain {
        /** @return the request as it reached this interceptor */
        HttpRequest request();

        /**
         * Passes a request on to the next interceptor, or the transport after the last one. It may be
         * called more than once (retries), closing each response it does not return.
         *
         * @param request the request to send
         * @return the response
         */
        HttpResponse proceed(HttpRequest request);
    }
}
