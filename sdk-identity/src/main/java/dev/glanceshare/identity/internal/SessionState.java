package dev.glanceshare.identity.internal;

import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.EndpointFilter;
import dev.glanceshare.core.Session;
import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.identity.FileTokenStore;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.ProjectDirectory;
import dev.glanceshare.identity.TokenCredentials;
import dev.glanceshare.identity.TokenInfo;
import dev.glanceshare.identity.TokenKey;
import dev.glanceshare.identity.TokenStore;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a {@code KeystoneSession} is made of, wired from its checked settings: the transport (and whether
 * the session created it), the identity API, the token cache, endpoint selection and project lookup, and
 * whether it is closed. Thread-safe; every call but {@link #close()} fails once it is closed.
 */
public final class SessionState {
    private final SessionSettings.Checked settings;
    private final HttpTransport transport;
    private final boolean ownsTransport;
    private final IdentityApi api;
    private final TokenStore tokenStore;
    private final TokenCache tokens;
    private final EndpointSelector endpoints;
    private final KeystoneSession lookupSession;
    private final ProjectNames projects;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param settings the builder's checked settings
     * @param login the credentials' login, handed over by the identity package
     * @param tokenInfo makes token details ({@code TokenInfo::new})
     * @param session the session the project lookups authenticate as
     */
    public SessionState(SessionSettings.Checked settings, Login login, TokenInfoFactory tokenInfo, Session session) {
        this.settings = settings;
        this.ownsTransport = settings.transport() == null;
        this.transport = ownsTransport ? ApacheHttpTransport.create(settings.transportOptions() == null
                ? TransportOptions.defaults() : settings.transportOptions()) : settings.transport();
        this.api = new IdentityApi(settings.authUrl(), transport, session, tokenInfo);
        boolean fixed = settings.credentials() instanceof TokenCredentials;
        // Without a store the session's own cache is the in-memory store: no key to compute.
        this.tokenStore = fixed ? null : settings.tokenStore();
        this.tokens = new TokenCache(new Authenticator(api, login, settings.scope(), settings.authUrl()), !fixed,
                settings.refreshWindow(), settings.clock(), tokenStore,
                tokenStore == null ? null : TokenKey.of(settings.authUrl(), settings.credentials(), settings.scope()),
                transport.observer());
        this.endpoints = new EndpointSelector(settings.endpointOverrides(), settings.region(),
                settings.endpointInterface());
        this.lookupSession = settings.lookupCredentials() == null ? null : KeystoneSession.builder()
                .authUrl(settings.authUrl()).credentials(settings.lookupCredentials()).scope(settings.lookupScope())
                .transport(transport).tokenStore(settings.tokenStore()).refreshWindow(settings.refreshWindow())
                .clock(settings.clock()).projectNameCache(Duration.ZERO, 0).build();
        ProjectDirectory directory = settings.directory() != null ? settings.directory()
                : lookupSession != null ? KeystoneDirectory.through(lookupSession) : KeystoneDirectory.asCaller(api);
        this.projects = new ProjectNames(directory, settings.nameExpiry(), settings.maxNames(), settings.clock());
    }

    /** @return a token not due for refresh, authenticating first if needed */
    public TokenInfo current() {
        checkOpen();
        return tokens.current();
    }

    /**
     * @param stale the token a service refused
     * @return a newer token; for a fixed token, an exception saying it cannot be renewed
     */
    public TokenInfo replace(AuthToken stale) {
        checkOpen();
        return tokens.replace(stale, () -> {
            throw IdentityErrors.fixedTokenRefused(api.authTokens());
        });
    }

    /** @return the endpoint for the filter; see {@link EndpointSelector} */
    public URI endpoint(EndpointFilter filter) {
        return endpoints.select(filter, () -> current().catalog());
    }

    /** @return the project's ID; see {@link ProjectNames} */
    public String resolveProjectId(String nameOrId) {
        checkOpen();
        return projects.resolve(nameOrId);
    }

    /** @return the identity v3 API's URL, discovered first if needed */
    public URI identityEndpoint() {
        checkOpen();
        return api.identityUrl();
    }

    /** @return the transport the session sends with */
    public HttpTransport transport() {
        return transport;
    }

    /**
     * Closes the lookup session the session created, and the transport if the session created it; a
     * transport passed to the builder stays open.
     */
    public void close() {
        if (closed.compareAndSet(false, true)) {
            if (lookupSession != null) {
                lookupSession.close(); // it borrows the transport, so closing it leaves the transport open
            }
            if (ownsTransport) {
                transport.close();
            }
        }
    }

    /** @return the token held now, without authenticating; empty before the first authentication */
    public Optional<TokenInfo> cachedToken() {
        return Optional.ofNullable(tokens.peek());
    }

    /** @return the configuration and token state, for the session's {@code toString()}; secrets are redacted */
    public String describe() {
        TokenInfo t = tokens.peek();
        return "authUrl=" + settings.authUrl() + ", credentials=" + settings.credentials() + ", scope="
                + (settings.scope() == null ? "default" : settings.scope()) + ", " + endpoints
                + (tokenStore instanceof FileTokenStore ? ", tokenStore=" + tokenStore : "") + ", projects=" + projects
                + (lookupSession == null ? "" : " as " + settings.lookupCredentials() + " with scope "
                + (settings.lookupScope() == null ? "default" : settings.lookupScope())) + ", token="
                + (t == null ? "none yet" : t.toString()) + (closed.get() ? ", closed" : "");
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This KeystoneSession is closed");
        }
    }
}
