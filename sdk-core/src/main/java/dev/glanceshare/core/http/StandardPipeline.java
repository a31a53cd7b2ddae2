package dev.glanceshare.core.http;

import dev.glanceshare.core.Session;
import dev.glanceshare.core.observation.SdkObserver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Assembles the usual {@link HttpPipeline}. The order, from the API call to the wire:
 *
 * <ol>
 *   <li>the caller's own interceptors, in the order added (they see each call once);</li>
 *   <li>{@link RequestIdInterceptor}, when ids are configured (so every attempt carries the same id);</li>
 *   <li>{@link RetryInterceptor} (each attempt goes through auth again, so it gets the current token);</li>
 *   <li>{@link AuthInterceptor}, when a session is given (its one resend after a 401 is not counted as a
 *       retry);</li>
 *   <li>{@link LoggingInterceptor}, so each attempt and resend is logged with the headers actually sent
 *       (token redacted);</li>
 *   <li>when the transport has an {@link SdkObserver}, the step that reports each exchange to it, closest to
 *       the wire.</li>
 * </ol>
 *
 * <pre>{@code
 * HttpPipeline pipeline = StandardPipeline.builder(session.transport())
 *     .service("Glance")
 *     .session(session)
 *     .retryPolicy(RetryPolicy.defaults())
 *     .addInterceptor(chain -> chain.proceed(
 *         chain.request().toBuilder().header("User-Agent", "my-app/1.0").build()))
 *     .build();
 * }</pre>
 */
public final class StandardPipeline {
    private StandardPipeline() {}

    /**
     * @param transport the transport at the end of the pipeline (not closed by the pipeline)
     * @return a builder
     */
    public static Builder builder(HttpTransport transport) {
        return new Builder(transport);
    }

    /** Builds the standard {@link HttpPipeline}. */
    public static final class Builder {
        private final HttpTransport transport;
        private final List<Interceptor> own = new ArrayList<>();
        private String service = "OpenStack";
        private Session session;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private RetryInterceptor.Sleeper sleeper = RetryInterceptor.Sleeper.SYSTEM;
        private Supplier<String> requestIds;

        private Builder(HttpTransport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
        }

        /**
         * @param value the service name for log lines and the logger, such as {@code Glance}
         * @return this builder
         */
        public Builder service(String value) {
            this.service = Objects.requireNonNull(value, "service");
            return this;
        }

        /**
         * @param value the session whose token each request carries; none means no auth
         * @return this builder
         */
        public Builder session(Session value) {
            this.session = value;
            return this;
        }

        /**
         * @param value the retry policy; {@link RetryPolicy#none()} turns retries off
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /**
         * @param value how to wait between attempts (tests pass one that does not sleep)
         * @return this builder
         */
        public Builder retrySleeper(RetryInterceptor.Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /**
         * @param value gives the {@code X-Openstack-Request-ID} for each call, or {@code null} to send none
         *     (see {@link RequestIdInterceptor#randomIds()})
         * @return this builder
         */
        public Builder requestIds(Supplier<String> value) {
            this.requestIds = value;
            return this;
        }

        /**
         * @param value an interceptor of the caller's, run before all of the SDK's
         * @return this builder
         */
        public Builder addInterceptor(Interceptor value) {
            own.add(Objects.requireNonNull(value, "interceptor"));
            return this;
        }

        /** @return the pipeline */
        public HttpPipeline build() {
            List<Interceptor> chain = new ArrayList<>(own);
            if (requestIds != null) {
                chain.add(new RequestIdInterceptor(requestIds));
            }
            if (retryPolicy.isEnabled()) {
                chain.add(new RetryInterceptor(retryPolicy, sleeper, Clock.systemUTC()));
            }
            if (session != null) {
                chain.add(new AuthInterceptor(session));
            }
            chain.add(new LoggingInterceptor(service));
            if (transport.observer() != SdkObserver.NONE) {
                chain.add(new ObservingInterceptor(transport.observer(), service));
            }
            return HttpPipeline.of(transport, chain);
        }
    }
}
