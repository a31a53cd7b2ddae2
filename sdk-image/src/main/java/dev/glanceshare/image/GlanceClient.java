package dev.glanceshare.image;

import dev.glanceshare.core.EndpointFilter;
import dev.glanceshare.core.EndpointInterface;
import dev.glanceshare.core.Session;
import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.core.http.HttpPipeline;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.Interceptor;
import dev.glanceshare.core.http.RetryPolicy;
import dev.glanceshare.core.http.StandardPipeline;
import dev.glanceshare.core.http.ServiceCaller;
import dev.glanceshare.core.internal.SupportedVersions;
import dev.glanceshare.image.bulk.BulkOptions;
import dev.glanceshare.image.bulk.BulkSharing;
import dev.glanceshare.image.internal.DefaultImageService;
import dev.glanceshare.image.internal.GlanceApi;
import dev.glanceshare.image.internal.ImageEndpoints;
import dev.glanceshare.image.internal.VersionCheck;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The entry point to Glance: one per application, immutable and safe to share between threads.
 *
 * <pre>{@code
 * try (KeystoneSession session = CloudConfig.fromEnvironment().toSessionBuilder().build();
 *      GlanceClient glance = GlanceClient.builder().session(session).build()) {
 *     glance.images().members(imageId).add(projectId);
 * }
 * }</pre>
 *
 * <p>The image endpoint is the catalog's (or the override), with {@code /v2} appended unless it already
 * names v2; no discovery request is sent unless {@link Builder#verifyVersion(boolean)} asks for one. On a
 * warm client, any call given IDs costs exactly one request.
 *
 * <p>Ownership: the client never closes the session or a transport it was given.
 */
public final class GlanceClient implements AutoCloseable {
    private final ImageService images;
    private final Session session;
    private final List<AutoCloseable> owned;

    private GlanceClient(Builder b) {
        HttpTransport transport = b.transport != null ? b.transport : b.session.transport();
        StandardPipeline.Builder standard = StandardPipeline.builder(transport)
                .service("Glance").session(b.session).retryPolicy(b.retryPolicy);
        b.interceptors.forEach(standard::addInterceptor);
        if (b.requestIds != null) {
            standard.requestIds(b.requestIds);
        }
        HttpPipeline pipeline = standard.build();
        EndpointFilter filter = EndpointFilter.of("image").withInterface(b.endpointInterface).withRegion(b.region);
        Session session = b.session;
        URI override = b.endpointOverride;
        boolean verify = b.verifyVersion;
        GlanceApi api = new GlanceApi(new ServiceCaller("Glance", pipeline, b.maxJsonBytes), () -> {
            URI versioned = ImageEndpoints.versioned(override != null ? override : session.endpoint(filter));
            if (verify) {
                VersionCheck.requireSharing(pipeline, ImageEndpoints.root(versioned));
            }
            return versioned;
        });
        this.images = new DefaultImageService(api, session);
        this.session = session;
        this.owned = List.copyOf(b.owned);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the image service */
    public ImageService images() {
        return images;
    }

    /**
     * Bulk sharing with {@link BulkOptions#defaults()}: 4 requests at a time on this client.
     *
     * @return the bulk operations; nothing is sent until one is called
     */
    public BulkSharing bulk() {
        return bulk(BulkOptions.defaults());
    }

    /**
     * Bulk sharing with chosen parallelism, progress, cancellation and failure handling.
     *
     * @param options how runs behave
     * @return the bulk operations; nothing is sent until one is called
     */
    public BulkSharing bulk(BulkOptions options) {
        return BulkSharing.of(images, () -> session.projectId().orElseThrow(() -> new IllegalStateException(
                "The session is not scoped to a project, so there is no owner or member to act as: "
                        + "authenticate with a project scope")), session::resolveProjectId, options);
    }

    /** Closes what the client owns; a session or transport given to the builder is left open. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (AutoCloseable c : owned) {
            try {
                c.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e instanceof RuntimeException ? (RuntimeException) e : new IllegalStateException(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Builds a {@link GlanceClient}. */
    public static final class Builder {
        private Session session;
        private String region;
        private EndpointInterface endpointInterface = EndpointInterface.PUBLIC;
        private URI endpointOverride;
        private HttpTransport transport;
        private final List<Interceptor> interceptors = new ArrayList<>();
        private boolean verifyVersion;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private java.util.function.Supplier<String> requestIds;
        private int maxJsonBytes = 64 * 1024 * 1024;
        private final List<AutoCloseable> owned = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the authenticated session (required)
         * @return this builder
         */
        public Builder session(Session value) {
            this.session = value;
            return this;
        }

        /**
         * @param value the catalog region; needed when the image service is in several
         * @return this builder
         */
        public Builder region(String value) {
            this.region = value;
            return this;
        }

        /**
         * @param value the catalog interface; default public
         * @return this builder
         */
        public Builder endpointInterface(EndpointInterface value) {
            this.endpointInterface = Objects.requireNonNull(value, "endpointInterface");
            return this;
        }

        /**
         * @param value the image endpoint to use instead of the catalog's, such as {@code http://glance:9292}
         *     (with or without {@code /v2})
         * @return this builder
         */
        public Builder endpointOverride(URI value) {
            this.endpointOverride = value;
            return this;
        }

        /**
         * @param value the transport; default the session's. It is never closed by the client
         * @return this builder
         */
        public Builder transport(HttpTransport value) {
            this.transport = value;
            return this;
        }

        /**
         * @param value an interceptor, run before auth (closest to the API)
         * @return this builder
         */
        public Builder addInterceptor(Interceptor value) {
            interceptors.add(Objects.requireNonNull(value, "interceptor"));
            return this;
        }

        /**
         * @param value how idempotent requests are retried on 429, 502, 503, 504 and connection failures;
         *     default {@link RetryPolicy#defaults()}, {@link RetryPolicy#none()} to turn retries off
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /**
         * @param value supplies the {@code X-Openstack-Request-ID} each call sends, to correlate the
         *     cloud's logs with yours; default none (Glance makes its own)
         * @return this builder
         */
        public Builder requestIds(java.util.function.Supplier<String> value) {
            this.requestIds = value;
            return this;
        }

        /**
         * @param value check once, lazily, that the cloud offers image API v2.5+ (one {@code GET /} request)
         * @return this builder
         */
        public Builder verifyVersion(boolean value) {
            this.verifyVersion = value;
            return this;
        }

        /**
         * @param value the largest JSON body accepted; default 64 MiB
         * @return this builder
         */
        public Builder maxJsonBytes(int value) {
            this.maxJsonBytes = value;
            return this;
        }

        /**
         * Hands a resource to the client to close with itself, such as a session built only for it.
         *
         * @param value what to close
         * @return this builder
         */
        public Builder closeWithClient(AutoCloseable value) {
            owned.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * @return the client; no request is sent
         * @throws ConfigurationException naming the missing or contradictory setting
         * @throws dev.glanceshare.core.exception.UnsupportedDependencyException if Jackson on the class path is
         *     older than the SDK supports
         */
        public GlanceClient build() {
            SupportedVersions.requireJackson(); // a clear message now, not a linkage error at the first call
            if (session == null) {
                throw new ConfigurationException("GlanceClient needs a session: call session(...) with a "
                        + "KeystoneSession (sdk-identity) or your own dev.glanceshare.core.Session");
            }
            if (endpointOverride != null) {
                ImageEndpoints.versioned(endpointOverride); // fails now, not at the first call
                if (!"http".equals(endpointOverride.getScheme()) && !"https".equals(endpointOverride.getScheme())) {
                    throw new ConfigurationException("endpointOverride must be an http(s) URL, was " + endpointOverride);
                }
            }
            if (maxJsonBytes < 1024) {
                throw new ConfigurationException("maxJsonBytes must be at least 1024");
            }
            return new GlanceClient(this);
        }
    }
}
