package dev.glanceshare.identity;

import dev.glanceshare.core.Session;
import dev.glanceshare.core.http.AuthInterceptor;
import dev.glanceshare.core.http.HttpPipeline;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.Interceptor;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where the identity module's HTTP pipelines are assembled. Two are built per session: one
 * without a token for discovery and {@code POST /v3/auth/tokens}, and one that sends the session's token
 * (for the project lookups). Retry and redacting log interceptors from sdk-core belong in
 * {@link #interceptors(Session)}.
 */
final class IdentityPipeline {
    private IdentityPipeline() {}

    /**
     * @param transport the session's transport
     * @param tokenSource the session whose token to send, or {@code null} for requests that carry none
     * @return the pipeline
     */
    static HttpPipeline create(HttpTransport transport, Session tokenSource) {
        return HttpPipeline.of(transport, interceptors(tokenSource));
    }

    /**
     * The interceptors, closest to the API first (see {@link HttpPipeline}).
     *
     * @param tokenSource the session whose token to send, or {@code null}
     * @return the list
     */
    static List<Interceptor> interceptors(Session tokenSource) {
        List<Interceptor> list = new ArrayList<>();
        // sdk-core's RetryInterceptor goes first here once it exists (idempotent requests only).
        if (tokenSource != null) {
            list.add(new AuthInterceptor(tokenSource)); // one re-auth and one retry after a 401
        }
        // sdk-core's redacting LoggingInterceptor goes last here (closest to the wire).
        return list;
    }
}
