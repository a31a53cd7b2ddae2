package dev.glanceshare.identity;

import dev.glanceshare.core.EndpointInterface;
import dev.glanceshare.core.http.TransportOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Cloud settings read the way the {@code openstack} CLI reads them: from {@code clouds.yaml} (plus
 * {@code secure.yaml}) when {@code OS_CLOUD} names a cloud, otherwise from the {@code OS_*} variables an
 * openrc file exports. Immutable; {@link #toString()} never shows a secret.
 *
 * <pre>{@code
 * try (KeystoneSession session = CloudConfig.load().toSessionBuilder().build()) {
 *     System.out.println(session.projectId().orElseThrow());
 * }
 * }</pre>
 *
 * <p>Supported: {@code OS_AUTH_URL}, {@code OS_AUTH_TYPE} ({@code password}, {@code v3applicationcredential},
 * {@code token}), {@code OS_USERNAME}/{@code OS_USER_ID}, {@code OS_PASSWORD},
 * {@code OS_USER_DOMAIN_NAME}/{@code _ID}, {@code OS_PROJECT_NAME}/{@code _ID} (or {@code OS_TENANT_*}),
 * {@code OS_PROJECT_DOMAIN_NAME}/{@code _ID}, {@code OS_DOMAIN_NAME}/{@code _ID},
 * {@code OS_APPLICATION_CREDENTIAL_ID}/{@code _NAME}/{@code _SECRET}, {@code OS_TOKEN},
 * {@code OS_REGION_NAME}, {@code OS_INTERFACE} (or {@code OS_ENDPOINT_TYPE}), {@code OS_CACERT},
 * {@code OS_INSECURE}, and the matching clouds.yaml keys. When a cloud is read from clouds.yaml, the
 * {@code OS_*} settings above are not read (openstacksdk's rule too); keep secrets in secure.yaml.
 *
 * <p>The token store is opt-in: {@code GLANCESHARE_TOKEN_CACHE=file}, or {@code token_cache: file} at the
 * top of the cloud's clouds.yaml entry, selects {@link FileTokenStore} (the variable wins over the key,
 * so {@code GLANCESHARE_TOKEN_CACHE=memory} turns it off for one run).
 */
public final class CloudConfig {
    private final String origin;
    private final String cloudName;
    private final String authUrl;
    private final Credentials credentials;
    private final Scope scope;
    private final String region;
    private final EndpointInterface endpointInterface;
    private final Path caCertificate;
    private final boolean insecure;
    private final TokenStore tokenStore;

    CloudConfig(String origin, String cloudName, String authUrl, Credentials credentials, Scope scope, String region,
            EndpointInterface endpointInterface, Path caCertificate, boolean insecure, TokenStore tokenStore) {
        this.origin = origin;
        this.cloudName = cloudName;
        this.authUrl = Objects.requireNonNull(authUrl, "authUrl");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.scope = scope;
        this.region = region;
        this.endpointInterface = endpointInterface;
        this.caCertificate = caCertificate;
        this.insecure = insecure;
        this.tokenStore = tokenStore;
    }

    /**
     * Reads the process's configuration: clouds.yaml when {@code OS_CLOUD} is set, else {@code OS_*}.
     *
     * @return the configuration
     * @throws dev.glanceshare.core.exception.ConfigurationException naming the missing variable or key
     */
    public static CloudConfig load() {
        return loader().load();
    }

    /** @return a loader whose environment, search directories and cloud name can be set (tests, tools) */
    public static CloudConfigLoader loader() {
        return new CloudConfigLoader();
    }

    /**
     * Reads {@code OS_*} variables only, ignoring {@code OS_CLOUD}.
     *
     * @param environment the variables, such as {@code System.getenv()}
     * @return the configuration
     * @throws dev.glanceshare.core.exception.ConfigurationException naming the missing variable
     */
    public static CloudConfig fromEnvironment(Map<String, String> environment) {
        return ConfigReader.read(new EnvironmentSource(environment));
    }

    /**
     * Reads one cloud from clouds.yaml and secure.yaml in the given directories.
     *
     * @param cloud the cloud's name
     * @param environment the variables, for {@code OS_CLIENT_CONFIG_FILE} and {@code OS_CLIENT_SECURE_FILE}
     * @param searchDirectories where to look, in order
     * @return the configuration
     * @throws dev.glanceshare.core.exception.ConfigurationException naming the missing file, cloud or key
     */
    public static CloudConfig fromCloudsYaml(String cloud, Map<String, String> environment, List<Path> searchDirectories) {
        YamlSupport.require(); // before CloudsYaml's mapper is made
        return ConfigReader.read(CloudsYaml.load(cloud, environment, searchDirectories));
    }

    /** @return the cloud's name, when read from clouds.yaml */
    public Optional<String> cloudName() { return Optional.ofNullable(cloudName); }

    /** @return Keystone's URL as configured */
    public String authUrl() { return authUrl; }

    /** @return the credentials */
    public Credentials credentials() { return credentials; }

    /** @return the scope; empty to let Keystone use the user's default project */
    public Optional<Scope> scope() { return Optional.ofNullable(scope); }

    /** @return the region, if configured */
    public Optional<String> region() { return Optional.ofNullable(region); }

    /** @return the endpoint interface; public unless configured */
    public EndpointInterface endpointInterface() { return endpointInterface; }

    /** @return a CA file to trust besides the JDK's ({@code OS_CACERT}, {@code cacert}) */
    public Optional<Path> caCertificate() { return Optional.ofNullable(caCertificate); }

    /** @return whether TLS verification is off ({@code OS_INSECURE}, {@code verify: false}) */
    public boolean insecure() { return insecure; }

    /**
     * @return the token store selected by {@code GLANCESHARE_TOKEN_CACHE=file} or the cloud's
     *     {@code token_cache: file}; empty for the default (in memory, per session)
     */
    public Optional<TokenStore> tokenStore() { return Optional.ofNullable(tokenStore); }

    /**
     * @return a session builder with these settings; the caller may change any of them before
     *     {@link KeystoneSession.Builder#build()}
     */
    public KeystoneSession.Builder toSessionBuilder() {
        KeystoneSession.Builder b = KeystoneSession.builder().authUrl(authUrl).credentials(credentials).scope(scope)
                .region(region).endpointInterface(endpointInterface).tokenStore(tokenStore);
        if (caCertificate != null || insecure) {
            b.transportOptions(TransportOptions.builder().caCertificate(caCertificate).insecure(insecure).build());
        }
        return b;
    }

    /** @return where the settings came from and what they are; secrets are redacted */
    @Override
    public String toString() {
        return "CloudConfig[from " + origin + ", authUrl=" + authUrl + ", credentials=" + credentials + ", scope="
                + (scope == null ? "default" : scope) + ", region=" + (region == null ? "any" : region) + ", interface="
                + endpointInterface.wireName() + (caCertificate == null ? "" : ", cacert=" + caCertificate)
                + (insecure ? ", insecure" : "") + (tokenStore == null ? "" : ", tokenStore=" + tokenStore) + "]";
    }
}
