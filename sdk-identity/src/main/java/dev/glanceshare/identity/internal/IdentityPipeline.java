package dev.glanceshare.identity.internal;

import dev.glanceshare.core.Session;
import dev.glanceshare.core.http.HttpPipeline;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.RetryPolicy;
import dev.glanceshare.core.http.StandardPipeline;

/**
 * The one place where the identity module's HTTP pipelines are assembled, from sdk-core's
 * {@link StandardPipeline}: retry (idempotent requests only, so {@code POST /v3/auth/tokens} is retried
 * only when the connection was never made), auth, and redacted logging under the {@code Keystone} name.
 * Two are built per session: one without a token for discovery and {@code POST /v3/auth/tokens}, and
 * one that sends the session's token (for the project lookups).
 */
public final class IdentityPipeline {
    private IdentityPipeline() {}

    /**
     * @param transport the session's transport
     * @param tokenSource the session whose token to send, or {@code null} for requests that carry none
     * @return the pipeline
     */
    public static HttpPipeline create(HttpTransport transport, Session tokenSource) {
        StandardPipeline.Builder b = StandardPipeline.builder(transport)
                .service("Keystone")
                .retryPolicy(RetryPolicy.defaults());
        if (tokenSource != null) {
            b.session(tokenSource); // one re-auth and one retry after a 401
        }
        return b.build();
    }
}
