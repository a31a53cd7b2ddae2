package dev.glanceshare.identity;

import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.EndpointFilter;
import dev.glanceshare.core.EndpointInterface;
import dev.glanceshare.core.Session;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.core.internal.SupportedVersions;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link Session} backed by Keystone v3: it authenticates (lazily, on first use), caches the token and
 * catalog, refreshes the token shortly before {@code expires_at}, and after a 401 re-authenticates once
 * for all threads that held the refused token. Immutable configuration, thread-safe: build one per cloud
 * and share it. Close it when done; that closes the transport only if the session created it.
 *
 * <pre>{@code
 * try (KeystoneSession session = KeystoneSession.builder()
 *         .authUrl("https://keystone.example.com:5000/v3")
 *         .credentials(Credentials.password().userName("demo").userDomainName("Default")
 *                 .password(System.getenv("OS_PASSWORD")).build())
 *         .scope(Scope.projectName("demo", "Default"))
 *         .region("RegionOne")
 *         .build()) {
 *     URI glance = session.endpoint(EndpointFilter.of("image"));
 *     String me = session.projectId().orElseThrow();
 * }
 * }</pre>
 *
 * <p>Requests sent: {@code GET authUrl} once, only when the URL has no version (discovery);
 * {@code POST /v3/auth/tokens} to authenticate (for a fixed token without a scope,
 * {@code GET /v3/auth/tokens} instead); and the GETs of {@link #resolveProjectId}. With a persistent
 * {@link Builder#tokenStore(TokenStore) token store} holding a valid token, none at all: a short-lived
 * process then sends only its own call.
 */
public final class KeystoneSession implements Session, AutoCloseable {
    /** The default {@link Builder#refreshWindow}: a new token is fetched this long before the old one expires. */
    public static final Duration DEFAULT_REFRESH_WINDOW = Duration.ofMinutes(5);

    private final URI authUrl;
    private final Credentials credentials;
    private final Scope scope;
    private final String region;
    private final EndpointInterface endpointInterface;
    private final Map<String, URI> endpointOverrides;
    private final HttpTransport transport;
    private final boolean ownsTransport;
    private final IdentityApi api;
    private final TokenStore tokenStore;
    private final TokenCache tokens;
    private final ProjectResolver projects;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KeystoneSession(Builder b, URI authUrl, HttpTransport transport, boolean ownsTransport) {
        this.authUrl = authUrl;
        this.credentials = b.credentials;
        this.scope = b.scope;
        this.region = b.region;
        this.endpointInterface = b.endpointInterface;
        this.endpointOverrides = Map.copyOf(b.endpointOverrides);
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        this.api = new IdentityApi(authUrl, transport, this);
        // Without a store the session's own cache is the in-memory store: no key to compute.
        this.tokenStore = credentials instanceof TokenCredentials ? null : b.tokenStore;
        this.tokens = new TokenCache(new Authenticator(api, credentials, scope, authUrl),
                !(credentials instanceof TokenCredentials), b.refreshWindow, b.clock, tokenStore,
                tokenStore == null ? null : TokenKey.of(authUrl, credentials, scope), transport.observer());
        this.projects = new ProjectResolver(api);
    }

    /** @return a builder; {@link Builder#build()} says what is missing */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Makes sure the session holds a token that is not due for refresh, authenticating now if not, and
     * returns its details. Sessions authenticate on first use anyway; call this to fail fast at start-up
     * or to read who and what the token is for.
     *
     * @return the current token's details
     * @throws dev.glanceshare.core.exception.AuthenticationException when Keystone refuses the credentials
     */
    public TokenInfo authenticate() {
        checkOpen();
        return tokens.current();
    }

    /**
     * Returns the token the session holds, without authenticating: for health checks and dashboards, which must
     * not cost Keystone a request.
     *
     * @return the current token's details; empty before the first authentication
     */
    public Optional<TokenInfo> cachedToken() {
        return Optional.ofNullable(tokens.peek());
    }

    @Override
    public AuthToken token() {
        return authenticate().token();
    }

    @Override
    public AuthToken reauthenticate(AuthToken stale) {
        checkOpen();
        return tokens.replace(stale, () -> {
            throw IdentityErrors.fixedTokenRefused(api.authTokens());
        }).token();
    }

    /**
     * {@inheritDoc}
     *
     * <p>An endpoint override for the service type wins without looking at the catalog. Otherwise the
     * session's region applies when the filter names none, and the session's interface applies when the
     * filter asks for the default ({@link EndpointInterface#PUBLIC}).
     */
    @Override
    public URI endpoint(EndpointFilter filter) {
        URI override = endpointOverrides.get(filter.serviceType());
        if (override != null) {
            return override;
        }
        EndpointFilter effective = filter;
        if (filter.region().isEmpty() && region != null) {
            effective = effective.withRegion(region);
        }
        if (filter.endpointInterface() == EndpointInterface.PUBLIC) {
            effective = effective.withInterface(endpointInterface);
        }
        return catalog().endpoint(effective);
    }

    /** @return the current token's service catalog (authenticating first if needed) */
    public ServiceCatalog catalog() {
        return authenticate().catalog();
    }

    @Override
    public Optional<String> projectId() {
        return authenticate().projectId();
    }

    /** @return the authenticated user's ID (authenticating first if needed) */
    public String userId() {
        return authenticate().userId();
    }

    /** @return the role names the token carries on its scope, such as {@code [member, reader]} */
    public List<String> roles() {
        return authenticate().roles();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Requests: {@code GET /v3/projects/{id}} when the input looks like an ID (32 hex digits), then
     * {@code GET /v3/projects?name=} (admin), and when both are refused {@code GET /v3/auth/projects}
     * (the caller's own projects). A user without the admin role can therefore only resolve its own
     * projects; for any other project, pass the ID.
     */
    @Override
    public String resolveProjectId(String nameOrId) {
        checkOpen();
        return projects.resolve(nameOrId);
    }

    /** @return the identity v3 API's URL (discovering it first if the auth URL has no version) */
    public URI identityEndpoint() {
        checkOpen();
        return api.identityUrl();
    }

    @Override
    public HttpTransport transport() {
        return transport;
    }

    /** Closes the transport if this session created it; a transport passed to the builder stays open. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownsTransport) {
            transport.close();
        }
    }

    /** @return the configuration and token state; secrets are redacted */
    @Override
    public String toString() {
        TokenInfo t = tokens.peek();
        return "KeystoneSession[authUrl=" + authUrl + ", credentials=" + credentials + ", scope="
                + (scope == null ? "default" : scope) + ", region=" + (region == null ? "any" : region)
                + ", interface=" + endpointInterface.wireName()
                + (tokenStore instanceof FileTokenStore ? ", tokenStore=" + tokenStore : "") + ", token="
                + (t == null ? "none yet" : t.toString()) + (closed.get() ? ", closed" : "") + "]";
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This KeystoneSession is closed");
        }
    }

    /**
     * Builds a {@link KeystoneSession}. Required: {@link #authUrl} and {@link #credentials}. Everything
     * else has a default. {@link #build()} checks the settings and names the fix for anything missing or
     * contradictory; it sends no request.
     */
    public static final class Builder {
        private String authUrl;
        private Credentials credentials;
        private Scope scope;
        private String region;
        private EndpointInterface endpointInterface = EndpointInterface.PUBLIC;
        private final Map<String, URI> endpointOverrides = new LinkedHashMap<>();
        private HttpTransport transport;
        private TransportOptions transportOptions;
        private Duration refreshWindow = DEFAULT_REFRESH_WINDOW;
        private Clock clock = Clock.systemUTC();
        private TokenStore tokenStore;

        private Builder() {}

        /**
         * @param value Keystone's URL, with or without {@code /v3} and a trailing slash (without a version,
         *     the session asks Keystone once with {@code GET}); {@code OS_AUTH_URL}
         * @return this builder
         */
        public Builder authUrl(String value) { this.authUrl = Texts.clean(value); return this; }

        /**
         * @param value Keystone's URL, see {@link #authUrl(String)}
         * @return this builder
         */
        public Builder authUrl(URI value) { return authUrl(value == null ? null : value.toString()); }

        /**
         * @param value password, application credential or fixed token
         * @return this builder
         */
        public Builder credentials(Credentials value) { this.credentials = value; return this; }

        /**
         * @param value the scope to ask for; without one Keystone uses the user's default project. Not
         *     allowed with application credentials, which carry their own
         * @return this builder
         */
        public Builder scope(Scope value) { this.scope = value; return this; }

        /**
         * @param value the region whose endpoints to use ({@code OS_REGION_NAME}); default: the only one
         * @return this builder
         */
        public Builder region(String value) { this.region = Texts.clean(value); return this; }

        /**
         * @param value the endpoint interface ({@code OS_INTERFACE}); default public
         * @return this builder
         */
        public Builder endpointInterface(EndpointInterface value) {
            this.endpointInterface = Objects.requireNonNull(value, "endpointInterface");
            return this;
        }

        /**
         * @param serviceType a catalog service type, such as {@code image}
         * @param url the URL to use for it instead of the catalog's
         * @return this builder
         */
        public Builder endpointOverride(String serviceType, URI url) {
            String type = Texts.clean(serviceType);
            if (type == null || url == null || !url.isAbsolute()) {
                throw new IllegalArgumentException("endpointOverride needs a service type and an absolute URL");
            }
            endpointOverrides.put(type, url);
            return this;
        }

        /**
         * @param value a transport to share; the session never closes it
         * @return this builder
         */
        public Builder transport(HttpTransport value) { this.transport = value; return this; }

        /**
         * @param value options for the transport the session creates when none is given (CA file,
         *     insecure, timeouts, proxy)
         * @return this builder
         */
        public Builder transportOptions(TransportOptions value) { this.transportOptions = value; return this; }

        /**
         * @param value how long before {@code expires_at} to get a new token; default 5 minutes
         * @return this builder
         */
        public Builder refreshWindow(Duration value) { this.refreshWindow = value; return this; }

        /**
         * Where tokens are kept, looked up before authenticating and written after. Default: in memory, one
         * store per session (nothing outlives the session). {@link TokenStore#file()} keeps them in
         * owner-only files so the next process reuses them; see {@link FileTokenStore} for the trade-off.
         * Fixed tokens ({@link Credentials#token}) are never stored.
         *
         * @param value the store, or {@code null} for the default
         * @return this builder
         */
        public Builder tokenStore(TokenStore value) { this.tokenStore = value; return this; }

        /**
         * @param value the time source for expiry checks (tests); default the system clock
         * @return this builder
         */
        public Builder clock(Clock value) { this.clock = Objects.requireNonNull(value, "clock"); return this; }

        /**
         * @return the session; nothing is sent until it is first used
         * @throws ConfigurationException naming the missing or contradictory setting
         * @throws dev.glanceshare.core.exception.UnsupportedDependencyException if Jackson or HttpClient on the
         *     class path is older than the SDK supports
         */
        public KeystoneSession build() {
            SupportedVersions.requireJackson(); // a clear message now, not a linkage error at the first call
            if (authUrl == null) {
                throw new ConfigurationException("KeystoneSession needs Keystone's URL: set authUrl(...), such as "
                        + "https://keystone.example.com:5000/v3 (OS_AUTH_URL)");
            }
            URI url = AuthUrls.normalize(authUrl);
            if (credentials == null) {
                throw new ConfigurationException("KeystoneSession needs credentials: set credentials(...) to "
                        + "Credentials.password()..., Credentials.applicationCredential()... or Credentials.token(...)");
            }
            if (credentials instanceof ApplicationCredentials && scope != null) {
                throw new ConfigurationException("An application credential is bound to its own project and takes no "
                        + "scope: remove scope(" + scope + ")");
            }
            if (refreshWindow == null || refreshWindow.isNegative()) {
                throw new ConfigurationException("refreshWindow must be zero or positive, such as Duration.ofMinutes(5)");
            }
            if (transport != null && transportOptions != null) {
                throw new ConfigurationException("transportOptions(...) only apply to a transport the session creates; "
                        + "remove them, or configure the transport you pass to transport(...)");
            }
            if (transport != null) {
                return new KeystoneSession(this, url, transport, false);
            }
            return new KeystoneSession(this, url, ApacheHttpTransport.create(
                    transportOptions == null ? TransportOptions.defaults() : transportOptions), true);
        }

        /** @return the settings so far; secrets are redacted */
        @Override
        public String toString() {
            return "KeystoneSession.Builder[authUrl=" + authUrl + ", credentials=" + credentials + ", scope=" + scope
                    + ", region=" + region + ", interface=" + endpointInterface.wireName() + "]";
        }
    }
}
