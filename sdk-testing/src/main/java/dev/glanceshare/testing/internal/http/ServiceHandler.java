package dev.glanceshare.testing.internal.http;

import dev.glanceshare.testing.RequestClass;

/** One service's request handling, as the listener pipeline calls it. Implementations are thread-safe. */
public interface ServiceHandler {
    /**
     * Says which latency class a request belongs to.
     *
     * @param request the request
     * @return its class
     */
    RequestClass classify(HttpRequest request);

    /**
     * Answers a request.
     *
     * @param request the request
     * @return the response to send
     */
    HttpResponse handle(HttpRequest request);

    /**
     * Answers a request whose body exceeded the configured bound (the body is not available).
     *
     * @param request the request, with an empty body
     * @return a 413 response in the service's own error shape
     */
    HttpResponse tooLarge(HttpRequest request);

    /**
     * Renders an injected fault's status as this service would render an error of that status.
     *
     * @param request the request
     * @param status the injected status
     * @return an error response
     */
    HttpResponse error(HttpRequest request, int status);
}
