package dev.glanceshare.identity.internal;

import dev.glanceshare.core.EndpointInterface;
import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.identity.ApplicationCredentials;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.ProjectDirectory;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.identity.TokenStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@code KeystoneSession.Builder} collects, and the checks {@code build()} makes before anything
 * is created: each failure names the setting to fix. Mutable and confined to its builder.
 */
public final class SessionSettings {
    /** How long a session keeps a resolved project name by default. */
    public static final Duration DEFAULT_NAME_EXPIRY = Duration.ofMinutes(5);
    /** How many resolved project names a session keeps at most by default. */
    public static final int DEFAULT_MAX_NAMES = 1000;

    private String authUrl;
    private Credentials credentials;
    private Scope scope;
    private String region;
    private EndpointInterface endpointInterface = EndpointInterface.PUBLIC;
    private final Map<String, URI> endpointOverrides = new LinkedHashMap<>();
    private HttpTransport transport;
    private TransportOptions transportOptions;
    private Duration refreshWindow;
    private Clock clock = Clock.systemUTC();
    private TokenStore tokenStore;
    private ProjectDirectory directory;
    private Credentials lookupCredentials;
    private Scope lookupScope;
    private Duration nameExpiry = DEFAULT_NAME_EXPIRY;
    private int maxNames = DEFAULT_MAX_NAMES;

    /** @param defaultRefreshWindow the refresh window until one is set */
    public SessionSettings(Duration defaultRefreshWindow) {
        this.refreshWindow = defaultRefreshWindow;
    }

    /**
     * The settings as {@code build()} found them, checked; the session is made from these.
     *
     * @param authUrl Keystone's URL, normalised
     * @param credentials the credentials
     * @param scope the scope, or {@code null}
     * @param region the region, or {@code null}
     * @param endpointInterface the endpoint interface
     * @param endpointOverrides URLs per service type that win over the catalog
     * @param transport a transport to borrow, or {@code null} to create one
     * @param transportOptions options for a created transport, or {@code null}
     * @param refreshWindow how long before expiry to renew a token
     * @param clock the time source
     * @param tokenStore where tokens are kept, or {@code null} for the session's own memory
     * @param directory where project names are looked up, or {@code null} for Keystone
     * @param lookupCredentials the credentials Keystone is asked with for names, or {@code null} for the session's
     * @param lookupScope their scope, or {@code null}
     * @param nameExpiry how long a resolved name is kept
     * @param maxNames how many resolved names are kept at most
     */
    public record Checked(URI authUrl, Credentials credentials, Scope scope, String region,
            EndpointInterface endpointInterface, Map<String, URI> endpointOverrides, HttpTransport transport,
            TransportOptions transportOptions, Duration refreshWindow, Clock clock, TokenStore tokenStore,
            ProjectDirectory directory, Credentials lookupCredentials, Scope lookupScope, Duration nameExpiry,
            int maxNames) {}

    // The setters: KeystoneSession.Builder documents what each one means.

    public void authUrl(String value) { this.authUrl = Texts.clean(value); }

    public void credentials(Credentials value) { this.credentials = value; }

    public void scope(Scope value) { this.scope = value; }

    public void region(String value) { this.region = Texts.clean(value); }

    public void endpointInterface(EndpointInterface value) {
        this.endpointInterface = Objects.requireNonNull(value, "endpointInterface");
    }

    /** @throws IllegalArgumentException without a service type or an absolute URL */
    public void endpointOverride(String serviceType, URI url) {
        String type = Texts.clean(serviceType);
        if (type == null || url == null || !url.isAbsolute()) {
            throw new IllegalArgumentException("endpointOverride needs a service type and an absolute URL");
        }
        endpointOverrides.put(type, url);
    }

    public void transport(HttpTransport value) { this.transport = value; }

    public void transportOptions(TransportOptions value) { this.transportOptions = value; }

    public void refreshWindow(Duration value) { this.refreshWindow = value; }

    public void tokenStore(TokenStore value) { this.tokenStore = value; }

    public void clock(Clock value) { this.clock = Objects.requireNonNull(value, "clock"); }

    public void projectDirectory(ProjectDirectory value) { this.directory = value; }

    public void projectLookup(Credentials credentials, Scope scope) {
        this.lookupCredentials = credentials;
        this.lookupScope = credentials == null ? null : scope;
    }

    public void projectNameCache(Duration expiry, int max) {
        this.nameExpiry = expiry;
        this.maxNames = max;
    }

    /**
     * @return the settings, checked and frozen
     * @throws ConfigurationException naming the missing or contradictory setting
     */
    public Checked check() {
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
        checkProjectLookup();
        return new Checked(url, credentials, scope, region, endpointInterface, Map.copyOf(endpointOverrides), transport,
                transportOptions, refreshWindow, clock, tokenStore, directory, lookupCredentials, lookupScope,
                nameExpiry, maxNames);
    }

    private void checkProjectLookup() {
        if (directory != null && lookupCredentials != null) {
            throw new ConfigurationException("Project names are looked up either in a directory or through Keystone "
                    + "with a lookup credential: set projectDirectory(...) or projectLookup(...), not both");
        }
        if (lookupCredentials instanceof ApplicationCredentials && lookupScope != null) {
            throw new ConfigurationException("The lookup credential is an application credential, which is bound to "
                    + "its own project and takes no scope: remove the scope from projectLookup(...)");
        }
        if (nameExpiry == null || nameExpiry.isNegative() || maxNames < 0) {
            throw new ConfigurationException("projectNameCache needs an expiry of zero or more and a size of zero or "
                    + "more, such as projectNameCache(Duration.ofMinutes(5), 1000); zero turns the cache off");
        }
    }

    /** @return the settings so far, for the builder's {@code toString()}; secrets are redacted */
    public String describe() {
        return "authUrl=" + authUrl + ", credentials=" + credentials + ", scope=" + scope + ", region=" + region
                + ", interface=" + endpointInterface.wireName();
    }
}
