package dev.glanceshare.identity.internal;

import dev.glanceshare.core.EndpointInterface;
import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.identity.ApplicationCredentials;
import dev.glanceshare.identity.CloudConfig;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.FileTokenStore;
import dev.glanceshare.identity.PasswordCredentials;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.identity.TokenStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns settings (from {@code OS_*} or clouds.yaml) into {@link CloudSettings} for a {@link CloudConfig}, with messages that name
 * the variable or key to fix. Where openrc files commonly set both spellings, the ID wins over the name,
 * as in keystoneauth.
 */
public final class ConfigReader {
    private static final Logger LOG = LoggerFactory.getLogger(CloudConfig.class);
    /** The variable that selects the token store, over any clouds.yaml {@code token_cache}: {@value}. */
    public static final String TOKEN_CACHE_VARIABLE = "GLANCESHARE_TOKEN_CACHE";
    /** The variable naming a project directory file, over any clouds.yaml {@code project_directory}: {@value}. */
    public static final String PROJECT_DIRECTORY_VARIABLE = "GLANCESHARE_PROJECT_DIRECTORY";
    /** The variable naming the lookup credential's cloud, over any {@code project_lookup_cloud}: {@value}. */
    public static final String PROJECT_LOOKUP_VARIABLE = "GLANCESHARE_PROJECT_LOOKUP_CLOUD";
    private static final List<String> SCOPE_KEYS = List.of("project_id", "project_name", "project_domain_id",
            "project_domain_name", "domain_id", "domain_name");

    private final ConfigSource s;
    private final List<Path> searchDirectories;

    private ConfigReader(ConfigSource source, List<Path> searchDirectories) {
        this.s = source;
        this.searchDirectories = searchDirectories;
    }

    /**
     * @param source the variables or the clouds.yaml entry
     * @param searchDirectories where a lookup credential's cloud is looked for
     * @return the settings, checked
     * @throws ConfigurationException naming the variable or key to fix
     */
    public static CloudSettings read(ConfigSource source, List<Path> searchDirectories) {
        CloudSettings cloud = new ConfigReader(source, searchDirectories).read(true);
        ProjectLookupSettings lookup = cloud.projectLookup();
        if (lookup == null || lookup.cloud() == null) {
            return cloud;
        }
        YamlSupport.require(); // before CloudsYaml's mapper is made: an openrc setup has not read YAML yet
        ConfigSource other = CloudsYaml.load(lookup.cloud(), source.environment(), searchDirectories);
        String where = Texts.clean(source.environment().get(PROJECT_LOOKUP_VARIABLE)) != null ? PROJECT_LOOKUP_VARIABLE
                : source.name("project_lookup_cloud");
        return withLookup(cloud, ProjectLookupSettings.checkedCloud(cloud, lookup.cloud(),
                new ConfigReader(other, searchDirectories).read(false), where));
    }

    private static CloudSettings withLookup(CloudSettings c, ProjectLookupSettings lookup) {
        return new CloudSettings(c.origin(), c.cloudName(), c.authUrl(), c.credentials(), c.scope(), c.region(),
                c.endpointInterface(), c.caCertificate(), c.insecure(), c.tokenStore(), lookup);
    }

    /** @param main whether this is the cloud asked for, not its lookup credential's cloud */
    private CloudSettings read(boolean main) {
        String authUrl = required("auth_url", "Keystone's URL, such as https://keystone.example.com:5000/v3");
        String version = s.get("identity_api_version");
        if (version != null && !version.equals("3") && !version.startsWith("3.")) {
            fail(s.name("identity_api_version") + " is '" + version + "', but only identity v3 is supported: set it to 3");
        }
        String type = authType();
        Credentials credentials;
        Scope scope = null;
        if (type.equals("v3applicationcredential")) {
            credentials = applicationCredential();
            SCOPE_KEYS.stream().filter(k -> s.get(k) != null).forEach(k -> LOG.warn("{} is ignored ({}): an application "
                    + "credential carries its own project", s.name(k), s.origin()));
        } else {
            credentials = type.equals("token") ? Credentials.token(required("token", "the token")) : password();
            scope = scope();
        }
        EndpointInterface iface = EndpointInterface.PUBLIC;
        if (s.get("interface") != null) {
            try {
                iface = EndpointInterface.parse(s.get("interface"));
            } catch (IllegalArgumentException e) {
                fail(s.name("interface") + " is '" + s.get("interface") + "': use public, internal or admin");
            }
        }
        Path cacert = null;
        if (s.get("cacert") != null) {
            cacert = Path.of(s.get("cacert"));
            if (!Files.isReadable(cacert)) {
                fail(s.name("cacert") + " names " + cacert + ", which is not a readable file");
            }
        }
        boolean insecure = flag("insecure");
        if (insecure && cacert != null) {
            fail(s.name("insecure") + " and " + s.name("cacert") + " are both set: drop one");
        }
        return new CloudSettings(s.origin(), s.cloudName(), authUrl, credentials, scope, s.get("region_name"), iface,
                cacert, insecure, tokenStore(), main ? projectLookup() : null);
    }

    /**
     * {@code GLANCESHARE_PROJECT_DIRECTORY} or {@code project_directory}, or {@code GLANCESHARE_PROJECT_LOOKUP_CLOUD}
     * or {@code project_lookup_cloud} (each variable wins over its key); not both.
     */
    private ProjectLookupSettings projectLookup() {
        String directory = setting(PROJECT_DIRECTORY_VARIABLE, "project_directory");
        String cloud = setting(PROJECT_LOOKUP_VARIABLE, "project_lookup_cloud");
        if (directory != null && cloud != null) {
            fail(settingName(PROJECT_DIRECTORY_VARIABLE, "project_directory") + " and "
                    + settingName(PROJECT_LOOKUP_VARIABLE, "project_lookup_cloud") + " are both set: names are looked "
                    + "up either in a directory or through a lookup credential; drop one");
        }
        if (directory != null) {
            try {
                return ProjectLookupSettings.directory(Path.of(directory));
            } catch (ConfigurationException | java.nio.file.InvalidPathException e) {
                throw fail(settingName(PROJECT_DIRECTORY_VARIABLE, "project_directory") + " names " + directory + ": "
                        + e.getMessage());
            }
        }
        return cloud == null ? null : ProjectLookupSettings.cloud(cloud);
    }

    private String authType() {
        String type = s.get("auth_type");
        if (type == null) {
            boolean appCred = s.get("application_credential_secret") != null || s.get("application_credential_id") != null;
            if (appCred && s.get("password") == null) {
                return "v3applicationcredential";
            }
            return s.get("token") != null && s.get("password") == null && s.get("username") == null ? "token" : "password";
        }
        switch (type.toLowerCase(Locale.ROOT)) {
            case "password": case "v3password": return "password";
            case "v3applicationcredential": case "applicationcredential": return "v3applicationcredential";
            case "token": case "v3token": return "token";
            default:
                throw fail(s.name("auth_type") + " is '" + type + "', which is not supported: use password, "
                        + "v3applicationcredential or token");
        }
    }

    private Credentials password() {
        PasswordCredentials.Builder b = Credentials.password();
        if (!user(b::userId, b::userName, b::userDomainId, b::userDomainName)) {
            fail("password auth needs a user: set " + s.name("username") + " with " + s.name("user_domain_name")
                    + ", or " + s.name("user_id"));
        }
        return b.password(required("password", "the password")).build();
    }

    private Credentials applicationCredential() {
        ApplicationCredentials.Builder b = Credentials.applicationCredential();
        if (s.get("application_credential_id") != null) {
            b.id(s.get("application_credential_id"));
        } else if (s.get("application_credential_name") != null) {
            String name = s.get("application_credential_name");
            b.name(name);
            if (!user(b::userId, b::userName, b::userDomainId, b::userDomainName)) {
                fail("application credential '" + name + "' is given by name, so it needs its user: set "
                        + s.name("user_id") + ", or " + s.name("username") + " with " + s.name("user_domain_name"));
            }
        } else {
            fail("application credential auth needs " + s.name("application_credential_id") + ", or "
                    + s.name("application_credential_name") + " with the user");
        }
        return b.secret(required("application_credential_secret", "the application credential's secret")).build();
    }

    /**
     * Sets the user on a credentials builder: by ID, or by name with its domain (ID preferred over name).
     *
     * @return false when neither a user ID nor a user name is configured
     */
    private boolean user(Consumer<String> id, Consumer<String> name, Consumer<String> domainId,
            Consumer<String> domainName) {
        if (s.get("user_id") != null) {
            id.accept(s.get("user_id"));
            return true;
        }
        if (s.get("username") == null) {
            return false;
        }
        name.accept(s.get("username"));
        userDomain(s.get("username"));
        domainId.accept(s.get("user_domain_id"));
        domainName.accept(s.get("user_domain_id") == null ? s.get("user_domain_name") : null);
        return true;
    }

    private void userDomain(String user) {
        if (s.get("user_domain_id") == null && s.get("user_domain_name") == null) {
            fail("user '" + user + "' is given by name, so it needs its domain: set " + s.name("user_domain_name")
                    + " (such as Default) or " + s.name("user_domain_id"));
        }
    }

    private Scope scope() {
        if (s.get("project_id") != null) {
            return Scope.projectId(s.get("project_id"));
        }
        String project = s.get("project_name");
        if (project != null) {
            if (s.get("project_domain_id") != null) {
                return Scope.projectNameInDomainId(project, s.get("project_domain_id"));
            }
            if (s.get("project_domain_name") != null) {
                return Scope.projectName(project, s.get("project_domain_name"));
            }
            throw fail("project '" + project + "' (" + s.name("project_name") + ") is given by name, so it needs its "
                    + "domain: set " + s.name("project_domain_name") + " (such as Default) or " + s.name("project_domain_id")
                    + ", or give " + s.name("project_id") + " instead");
        }
        if (s.get("domain_id") != null) {
            return Scope.domainId(s.get("domain_id"));
        }
        return s.get("domain_name") != null ? Scope.domainName(s.get("domain_name")) : null;
    }

    /**
     * {@code GLANCESHARE_TOKEN_CACHE} (it wins, so one run can opt in or out) or the cloud's
     * {@code token_cache}: {@code file} or {@code memory} (the default).
     */
    private TokenStore tokenStore() {
        String variable = Texts.clean(s.environment().get(TOKEN_CACHE_VARIABLE));
        String value = variable != null ? variable : s.get("token_cache");
        if (value == null) {
            return null;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "file": return FileTokenStore.in(FileTokenStore.defaultDirectory(s.environment()));
            case "memory": return null;
            default:
                String where = variable != null ? TOKEN_CACHE_VARIABLE : s.name("token_cache");
                throw fail(where + " is '" + value + "': use file (keep tokens in owner-only files under "
                        + FileTokenStore.defaultDirectory(s.environment()) + ") or memory (the default)");
        }
    }

    /** @return the variable's value when set (it wins), else the key's */
    private String setting(String variable, String key) {
        String v = Texts.clean(s.environment().get(variable));
        return v != null ? v : s.get(key);
    }

    private String settingName(String variable, String key) {
        return Texts.clean(s.environment().get(variable)) != null ? variable : s.name(key);
    }

    private boolean flag(String key) {
        String v = s.get(key);
        if (v == null) {
            return false;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true": case "1": case "yes": case "on": return true;
            case "false": case "0": case "no": case "off": return false;
            default: throw fail(s.name(key) + " is '" + v + "': use true or false");
        }
    }

    private String required(String key, String what) {
        String v = s.get(key);
        if (v == null) {
            fail(s.name(key) + " is not set: it must hold " + what);
        }
        return v;
    }

    private ConfigurationException fail(String problem) {
        throw new ConfigurationException(problem + " (in " + s.origin() + ")");
    }
}
