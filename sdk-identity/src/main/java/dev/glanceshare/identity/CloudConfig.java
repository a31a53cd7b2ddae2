package dev.glanceshare.identity;

import dev.glanceshare.core.EndpointInterface;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.identity.internal.CloudSettings;
import dev.glanceshare.identity.internal.CloudsYaml;
import dev.glanceshare.identity.internal.ConfigReader;
import dev.glanceshare.identity.internal.EnvironmentSource;
import dev.glanceshare.identity.internal.ProjectLookupSettings;
import dev.glanceshare.identity.internal.YamlSupport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Project names are looked up through Keystone as the configured user unless one of these says
 * otherwise (see {@link ProjectDirectory} for who can resolve what): {@code GLANCESHARE_PROJECT_LOOKUP_CLOUD},
 * or {@code project_lookup_cloud} at the top of the entry, names another cloud in clouds.yaml whose
 * credentials and scope look names up (a user with the reader role on the domain, with {@code domain_name}
 * set); {@code GLANCESHARE_PROJECT_DIRECTORY}, or {@code project_directory}, names a YAML or JSON file of
 * {@code name: id} lines, read when the configuration is loaded. Each variable wins over its key.
 */
public final class CloudConfig {
    private final CloudSettings s;

    private CloudConfig(CloudSettings settings) {
        this.s = settings;
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
        return fromEnvironment(environment, CloudConfigLoader.defaultSearchDirectories());
    }

    /** {@link #fromEnvironment(Map)}, looking for a lookup credential's cloud in these directories. */
    static CloudConfig fromEnvironment(Map<String, String> environment, List<Path> searchDirectories) {
        return new CloudConfig(ConfigReader.read(new EnvironmentSource(environment), searchDirectories));
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
        return new CloudConfig(ConfigReader.read(CloudsYaml.load(cloud, environment, searchDirectories), searchDirectories));
    }

    /** @return the cloud's name, when read from clouds.yaml */
    public Optional<String> cloudName() { return Optional.ofNullable(s.cloudName()); }

    /** @return Keystone's URL as configured */
    public String authUrl() { return s.authUrl(); }

    /** @return the credentials */
    public Credentials credentials() { return s.credentials(); }

    /** @return the scope; empty to let Keystone use the user's default project */
    public Optional<Scope> scope() { return Optional.ofNullable(s.scope()); }

    /** @return the region, if configured */
    public Optional<String> region() { return Optional.ofNullable(s.region()); }

    /** @return the endpoint interface; public unless configured */
    public EndpointInterface endpointInterface() { return s.endpointInterface(); }

    /** @return a CA file to trust besides the JDK's ({@code OS_CACERT}, {@code cacert}) */
    public Optional<Path> caCertificate() { return Optional.ofNullable(s.caCertificate()); }

    /** @return whether TLS verification is off ({@code OS_INSECURE}, {@code verify: false}) */
    public boolean insecure() { return s.insecure(); }

    /**
     * @return the token store selected by {@code GLANCESHARE_TOKEN_CACHE=file} or the cloud's
     *     {@code token_cache: file}; empty for the default (in memory, per session)
     */
    public Optional<TokenStore> tokenStore() { return Optional.ofNullable(s.tokenStore()); }

    /**
     * @return the file of project names to IDs that {@code GLANCESHARE_PROJECT_DIRECTORY} or the cloud's
     *     {@code project_directory} names (read when the configuration was loaded); empty when not configured
     */
    public Optional<Path> projectDirectory() {
        return Optional.ofNullable(s.projectLookup()).map(ProjectLookupSettings::directoryFile);
    }

    /**
     * @return the clouds.yaml cloud whose credentials and scope look project names up, as
     *     {@code GLANCESHARE_PROJECT_LOOKUP_CLOUD} or the cloud's {@code project_lookup_cloud} names it (such as
     *     a user with the reader role on the domain, with {@code domain_name} set); empty when not configured
     */
    public Optional<String> projectLookupCloud() {
        return Optional.ofNullable(s.projectLookup()).map(ProjectLookupSettings::cloud);
    }

    /**
     * @return a session builder with these settings; the caller may change any of them before
     *     {@link KeystoneSession.Builder#build()}
     */
    public KeystoneSession.Builder toSessionBuilder() {
        KeystoneSession.Builder b = KeystoneSession.builder().authUrl(s.authUrl()).credentials(s.credentials())
                .scope(s.scope()).region(s.region()).endpointInterface(s.endpointInterface()).tokenStore(s.tokenStore());
        ProjectLookupSettings lookup = s.projectLookup();
        if (lookup != null && lookup.directory() != null) {
            b.projectDirectory(lookup.directory());
        } else if (lookup != null) {
            b.projectLookup(lookup.credentials(), lookup.scope());
        }
        if (s.caCertificate() != null || s.insecure()) {
            b.transportOptions(TransportOptions.builder().caCertificate(s.caCertificate()).insecure(s.insecure()).build());
        }
        return b;
    }

    /** @return where the settings came from and what they are; secrets are redacted */
    @Override
    public String toString() {
        return "CloudConfig[from " + s.origin() + ", authUrl=" + s.authUrl() + ", credentials=" + s.credentials()
                + ", scope=" + (s.scope() == null ? "default" : s.scope()) + ", region="
                + (s.region() == null ? "any" : s.region()) + ", interface=" + s.endpointInterface().wireName()
                + (s.caCertificate() == null ? "" : ", cacert=" + s.caCertificate()) + (s.insecure() ? ", insecure" : "")
                + (s.tokenStore() == null ? "" : ", tokenStore=" + s.tokenStore())
                + (s.projectLookup() == null ? "" : ", projects=" + s.projectLookup()) + "]";
    }
}
