package dev.glanceshare.identity;

import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.EndpointFilter;
import dev.glanceshare.core.EndpointInterface;
import dev.glanceshare.core.Session;
import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.core.internal.SupportedVersions;
import dev.glanceshare.identity.internal.SessionSettings;
import dev.glanceshare.identity.internal.SessionState;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
 *         .scope(Scope.projectName("demo", "Default")).region("RegionOne")
 *         .build()) {
 *     URI glance = session.endpoint(EndpointFilter.of("image"));
 *     String me = session.projectId().orElseThrow();
 * }
 * }</pre>
 *
 * <p>Requests sent: {@code GET authUrl} once, only for an unversioned URL; {@code POST /v3/auth/tokens} ({@code GET}
 * for a fixed token without a scope); {@link #resolveProjectId}'s lookups. With a {@link Builder#tokenStore(TokenStore)
 * token store} holding a valid token, none at all: a short-lived process sends only its own call.
 */
public final class KeystoneSession implements Session, AutoCloseable {
    /** The default {@link Builder#refreshWindow}: a new token is fetched this long before the old one expires. */
    public static final Duration DEFAULT_REFRESH_WINDOW = Duration.ofMinutes(5);

    private final SessionState state;

    private KeystoneSession(SessionSettings.Checked settings) {
        this.state = new SessionState(settings, Logins.of(settings.credentials()), TokenInfo::new, this);
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
        return state.current();
    }

    /**
     * @return the token held now, without authenticating (a health check must not cost Keystone a request);
     *     empty before the first authentication
     */
    public Optional<TokenInfo> cachedToken() {
        return state.cachedToken();
    }

    @Override
    public AuthToken token() {
        return authenticate().token();
    }

    @Override
    public AuthToken reauthenticate(AuthToken stale) {
        return state.replace(stale).token();
    }

    /**
     * Finds a service's endpoint in the token's catalog, authenticating first if needed.
     *
     * <p>An endpoint override for the service type wins without looking at the catalog. Otherwise the
     * session's region applies when the filter names none, and the session's interface applies when the
     * filter asks for the default ({@link EndpointInterface#PUBLIC}).
     *
     * @param filter the service type, and optionally interface and region
     * @return the endpoint's URL
     */
    @Override
    public URI endpoint(EndpointFilter filter) {
        return state.endpoint(filter);
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
     * Resolves a project name or ID to the project's ID, never falling back to the input.
     *
     * <p>An ID (32 hex digits, or a dashed UUID) is returned as it is, with no request. A name is looked up
     * in the {@linkplain Builder#projectDirectory project directory}: by default Keystone, asked as the
     * caller, which answers administrators, and anyone else only for their own projects. See
     * {@link ProjectDirectory} for who can resolve what, and for a lookup that works for everyone. A
     * resolved name is kept for a while ({@link Builder#projectNameCache}).
     *
     * @param nameOrId a project name or ID
     * @return the project's ID
     * @throws ProjectLookupRefusedException when Keystone refused the lookup (a {@code ForbiddenException})
     * @throws dev.glanceshare.core.exception.ResourceNotFoundException when the directory answered and no
     *     project has that name
     */
    @Override
    public String resolveProjectId(String nameOrId) {
        return state.resolveProjectId(nameOrId);
    }

    /** @return the identity v3 API's URL (discovering it first if the auth URL has no version) */
    public URI identityEndpoint() {
        return state.identityEndpoint();
    }

    @Override
    public HttpTransport transport() {
        return state.transport();
    }

    /** Closes the transport if this session created it; a transport passed to the builder stays open. */
    @Override
    public void close() {
        state.close();
    }

    /** @return the configuration and token state; secrets are redacted */
    @Override
    public String toString() {
        return "KeystoneSession[" + state.describe() + "]";
    }

    /**
     * Builds a {@link KeystoneSession}. Required: {@link #authUrl} and {@link #credentials}. Everything
     * else has a default. {@link #build()} checks the settings and names the fix for anything missing or
     * contradictory; it sends no request.
     */
    public static final class Builder {
        private final SessionSettings settings = new SessionSettings(DEFAULT_REFRESH_WINDOW);

        private Builder() {}

        /**
         * @param value Keystone's URL, with or without {@code /v3} and a trailing slash (without a version,
         *     the session asks Keystone once with {@code GET}); {@code OS_AUTH_URL}
         * @return this builder
         */
        public Builder authUrl(String value) { settings.authUrl(value); return this; }

        /**
         * @param value Keystone's URL, see {@link #authUrl(String)}
         * @return this builder
         */
        public Builder authUrl(URI value) { return authUrl(value == null ? null : value.toString()); }

        /**
         * @param value password, application credential or fixed token
         * @return this builder
         */
        public Builder credentials(Credentials value) { settings.credentials(value); return this; }

        /**
         * @param value the scope to ask for; without one Keystone uses the user's default project. Not
         *     allowed with application credentials, which carry their own
         * @return this builder
         */
        public Builder scope(Scope value) { settings.scope(value); return this; }

        /**
         * @param value the region whose endpoints to use ({@code OS_REGION_NAME}); default: the only one
         * @return this builder
         */
        public Builder region(String value) { settings.region(value); return this; }

        /**
         * @param value the endpoint interface ({@code OS_INTERFACE}); default public
         * @return this builder
         */
        public Builder endpointInterface(EndpointInterface value) { settings.endpointInterface(value); return this; }

        /**
         * @param serviceType a catalog service type, such as {@code image}
         * @param url the URL to use for it instead of the catalog's
         * @return this builder
         */
        public Builder endpointOverride(String serviceType, URI url) { settings.endpointOverride(serviceType, url); return this; }

        /**
         * @param value a transport to share; the session never closes it
         * @return this builder
         */
        public Builder transport(HttpTransport value) { settings.transport(value); return this; }

        /**
         * @param value options for the transport the session creates when none is given (CA file,
         *     insecure, timeouts, proxy)
         * @return this builder
         */
        public Builder transportOptions(TransportOptions value) { settings.transportOptions(value); return this; }

        /**
         * @param value how long before {@code expires_at} to get a new token; default 5 minutes
         * @return this builder
         */
        public Builder refreshWindow(Duration value) { settings.refreshWindow(value); return this; }

        /**
         * Where tokens are kept, looked up before authenticating and written after. Default: in memory, one
         * store per session (nothing outlives the session). {@link TokenStore#file()} keeps them in
         * owner-only files so the next process reuses them; see {@link FileTokenStore} for the trade-off.
         * Fixed tokens ({@link Credentials#token}) are never stored.
         *
         * @param value the store, or {@code null} for the default
         * @return this builder
         */
        public Builder tokenStore(TokenStore value) { settings.tokenStore(value); return this; }

        /**
         * Looks project names up through Keystone with a separate, low-privilege credential: for owners
         * without the admin role, whose own name lookups Keystone refuses. Keystone Zed's default policy
         * answers a user with the {@code reader} role on a domain whose token is scoped to that domain, with
         * that domain's projects. The session builds a second session on the same URL and transport,
         * authenticates it on the first name lookup, and closes it with itself.
         *
         * @param credentials the lookup credential; {@code null} to look names up as the caller (the default)
         * @param scope its scope, such as {@code Scope.domainName("Default")}; without one Keystone scopes the
         *     token to the user's default project, and refuses the lookup
         * @return this builder
         */
        public Builder projectLookup(Credentials credentials, Scope scope) { settings.projectLookup(credentials, scope); return this; }

        /**
         * @param value where project names are looked up instead of Keystone, such as
         *     {@link ProjectDirectory#fromFile}; {@code null} for Keystone
         * @return this builder
         */
        public Builder projectDirectory(ProjectDirectory value) { settings.projectDirectory(value); return this; }

        /**
         * @param expiry how long a resolved project name is kept, so it costs its lookup once; default 5 minutes
         * @param maxNames how many names are kept at most (the least recently used go first); default 1000.
         *     Zero for either turns the cache off. Refusals and names not found are never kept
         * @return this builder
         */
        public Builder projectNameCache(Duration expiry, int maxNames) { settings.projectNameCache(expiry, maxNames); return this; }

        /**
         * @param value the time source for expiry checks (tests); default the system clock
         * @return this builder
         */
        public Builder clock(Clock value) { settings.clock(value); return this; }

        /**
         * @return the session; nothing is sent until it is first used
         * @throws ConfigurationException naming the missing or contradictory setting
         * @throws dev.glanceshare.core.exception.UnsupportedDependencyException if Jackson or HttpClient on the
         *     class path is older than the SDK supports
         */
        public KeystoneSession build() {
            SupportedVersions.requireJackson(); // a clear message now, not a linkage error at the first call
            return new KeystoneSession(settings.check());
        }

        /** @return the settings so far; secrets are redacted */
        @Override
        public String toString() {
            return "KeystoneSession.Builder[" + settings.describe() + "]";
        }
    }
}
