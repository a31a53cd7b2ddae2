package dev.glanceshare.core.http;

import dev.glanceshare.core.observation.SdkObserver;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for {@link ApacheHttpTransport}: pool size, timeouts, TLS trust and proxy. Immutable; the
 * defaults suit one application talking to one cloud.
 *
 * <p>TLS verifies certificates and host names by default against the JDK's trust store. Add a CA
 * ({@link Builder#caCertificate(Path)}) or a trust store for a private cloud; turning verification off
 * ({@link Builder#insecure(boolean)}) is an explicit opt-in and logs a warning when the transport starts.
 */
public final class TransportOptions {
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Duration connectionRequestTimeout;
    private final int maxConnections;
    private final int maxConnectionsPerRoute;
    private final Path caCertificate;
    private final Path trustStore;
    private final char[] trustStorePassword;
    private final String trustStoreType;
    private final boolean insecure;
    private final URI proxy;
    private final SdkObserver observer;

    private TransportOptions(Builder b) {
        this.connectTimeout = positive(b.connectTimeout, "connectTimeout");
        this.responseTimeout = positive(b.responseTimeout, "responseTimeout");
        this.connectionRequestTimeout = positive(b.connectionRequestTimeout, "connectionRequestTimeout");
        if (b.maxConnections < 1 || b.maxConnectionsPerRoute < 1) {
            throw new IllegalArgumentException("Pool sizes must be at least 1");
        }
        this.maxConnections = b.maxConnections;
        this.maxConnectionsPerRoute = b.maxConnectionsPerRoute;
        this.caCertificate = b.caCertificate;
        this.trustStore = b.trustStore;
        this.trustStorePassword = b.trustStorePassword == null ? null : b.trustStorePassword.clone();
        this.trustStoreType = b.trustStoreType;
        this.insecure = b.insecure;
        this.proxy = b.proxy;
        this.observer = Objects.requireNonNull(b.observer, "observer");
        if (insecure && (caCertificate != null || trustStore != null)) {
            throw new IllegalArgumentException("insecure(true) ignores certificates; remove it or the CA/trust store");
        }
    }

    /** @return the defaults */
    public static TransportOptions defaults() {
        return builder().build();
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return how long to wait for a TCP (and TLS) connection; default 10 s */
    public Duration connectTimeout() { return connectTimeout; }

    /** @return how long to wait for response data between packets; default 60 s */
    public Duration responseTimeout() { return responseTimeout; }

    /** @return how long to wait for a free pooled connection; default 30 s */
    public Duration connectionRequestTimeout() { return connectionRequestTimeout; }

    /** @return the pool's total size; default 64 */
    public int maxConnections() { return maxConnections; }

    /** @return the pool's size per host; default 64, since a client usually talks to one Glance */
    public int maxConnectionsPerRoute() { return maxConnectionsPerRoute; }

    /** @return a PEM file of CA certificates to trust in addition to the JDK's */
    public Optional<Path> caCertificate() { return Optional.ofNullable(caCertificate); }

    /** @return a trust store (PKCS12 or JKS) to trust instead of the JDK's */
    public Optional<Path> trustStore() { return Optional.ofNullable(trustStore); }

    /** @return the trust store's password, a copy; empty when none */
    public Optional<char[]> trustStorePassword() {
        return Optional.ofNullable(trustStorePassword).map(char[]::clone);
    }

    /** @return the trust store's type; default {@code PKCS12} */
    public String trustStoreType() { return trustStoreType; }

    /** @return whether certificate and host name checks are off */
    public boolean insecure() { return insecure; }

    /** @return an HTTP proxy such as {@code http://proxy:3128}, for every request of this transport */
    public Optional<URI> proxy() { return Optional.ofNullable(proxy); }

    /** @return what the transport, its sessions and clients report to; default {@link SdkObserver#NONE} */
    public SdkObserver observer() { return observer; }

    /** @return the settings without the trust store password */
    @Override
    public String toString() {
        return "TransportOptions[connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout
                + ", maxConnections=" + maxConnections + ", maxConnectionsPerRoute=" + maxConnectionsPerRoute
                + ", caCertificate=" + caCertificate + ", trustStore=" + trustStore + ", insecure=" + insecure
                + ", proxy=" + proxy + (observer == SdkObserver.NONE ? "" : ", observer=" + observer) + "]";
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
        return d;
    }

    /** Builds {@link TransportOptions}. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(60);
        private Duration connectionRequestTimeout = Duration.ofSeconds(30);
        private int maxConnections = 64;
        private int maxConnectionsPerRoute = 64;
        private Path caCertificate;
        private Path trustStore;
        private char[] trustStorePassword;
        private String trustStoreType = "PKCS12";
        private boolean insecure;
        private URI proxy;
        private SdkObserver observer = SdkObserver.NONE;

        private Builder() {}

        /**
         * @param value receives every operation, exchange and token event of the sessions and clients on this
         *     transport, and the state of its pool; {@link SdkObserver#NONE} (the default) for none
         * @return this builder
         */
        public Builder observer(SdkObserver value) { this.observer = Objects.requireNonNull(value, "observer"); return this; }

        /**
         * @param value connect timeout
         * @return this builder
         */
        public Builder connectTimeout(Duration value) { this.connectTimeout = value; return this; }

        /**
         * @param value response (socket read) timeout
         * @return this builder
         */
        public Builder responseTimeout(Duration value) { this.responseTimeout = value; return this; }

        /**
         * @param value how long to wait for a pooled connection
         * @return this builder
         */
        public Builder connectionRequestTimeout(Duration value) { this.connectionRequestTimeout = value; return this; }

        /**
         * @param value total pool size
         * @return this builder
         */
        public Builder maxConnections(int value) { this.maxConnections = value; return this; }

        /**
         * @param value pool size per host
         * @return this builder
         */
        public Builder maxConnectionsPerRoute(int value) { this.maxConnectionsPerRoute = value; return this; }

        /**
         * @param value a PEM file of CA certificates to trust besides the JDK's
         * @return this builder
         */
        public Builder caCertificate(Path value) { this.caCertificate = value; return this; }

        /**
         * @param path a trust store file
         * @param password its password, or {@code null}
         * @param type {@code PKCS12} or {@code JKS}
         * @return this builder
         */
        public Builder trustStore(Path path, char[] password, String type) {
            this.trustStore = Objects.requireNonNull(path, "path");
            this.trustStorePassword = password == null ? null : password.clone();
            this.trustStoreType = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * @param value turn off certificate and host name checks (logs a warning)
         * @return this builder
         */
        public Builder insecure(boolean value) { this.insecure = value; return this; }

        /**
         * @param value an {@code http://host:port} proxy, or {@code null} for none
         * @return this builder
         * @throws IllegalArgumentException when it is not {@code http}, has no host or port, or holds credentials
         */
        public Builder proxy(URI value) {
            if (value != null && value.getUserInfo() != null) {
                // Not supported, and the URI would carry a password into toString() and logs.
                throw new IllegalArgumentException("Proxy credentials in the URI are not supported: give http://host:port");
            }
            // A port is required: tools disagree on the default (curl assumes 1080, a URL 80).
            if (value != null && (value.getHost() == null || value.getPort() < 0
                    || !"http".equalsIgnoreCase(value.getScheme()))) {
                throw new IllegalArgumentException("Proxy must be http://host:port, was " + value);
            }
            this.proxy = value;
            return this;
        }

        /** @return the options */
        public TransportOptions build() {
            return new TransportOptions(this);
        }
    }
}
