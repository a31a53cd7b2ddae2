package dev.glanceshare.identity.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code OS_*} environment variables, as an openrc file sets them. Blank values count as unset. */
public final class EnvironmentSource implements ConfigSource {
    /** clouds.yaml key to the variables that set it, preferred first (older aliases after). */
    private static final Map<String, List<String>> VARIABLES = Map.ofEntries(
            Map.entry("auth_url", List.of("OS_AUTH_URL")),
            Map.entry("auth_type", List.of("OS_AUTH_TYPE")),
            Map.entry("username", List.of("OS_USERNAME")),
            Map.entry("user_id", List.of("OS_USER_ID")),
            Map.entry("password", List.of("OS_PASSWORD")),
            Map.entry("user_domain_name", List.of("OS_USER_DOMAIN_NAME")),
            Map.entry("user_domain_id", List.of("OS_USER_DOMAIN_ID")),
            Map.entry("project_name", List.of("OS_PROJECT_NAME", "OS_TENANT_NAME")),
            Map.entry("project_id", List.of("OS_PROJECT_ID", "OS_TENANT_ID")),
            Map.entry("project_domain_name", List.of("OS_PROJECT_DOMAIN_NAME")),
            Map.entry("project_domain_id", List.of("OS_PROJECT_DOMAIN_ID")),
            Map.entry("domain_name", List.of("OS_DOMAIN_NAME")),
            Map.entry("domain_id", List.of("OS_DOMAIN_ID")),
            Map.entry("application_credential_id", List.of("OS_APPLICATION_CREDENTIAL_ID")),
            Map.entry("application_credential_name", List.of("OS_APPLICATION_CREDENTIAL_NAME")),
            Map.entry("application_credential_secret", List.of("OS_APPLICATION_CREDENTIAL_SECRET")),
            Map.entry("token", List.of("OS_TOKEN")),
            Map.entry("region_name", List.of("OS_REGION_NAME")),
            Map.entry("interface", List.of("OS_INTERFACE", "OS_ENDPOINT_TYPE")),
            Map.entry("cacert", List.of("OS_CACERT")),
            Map.entry("insecure", List.of("OS_INSECURE")),
            Map.entry("identity_api_version", List.of("OS_IDENTITY_API_VERSION")),
            Map.entry("token_cache", List.of(ConfigReader.TOKEN_CACHE_VARIABLE)),
            Map.entry("project_directory", List.of(ConfigReader.PROJECT_DIRECTORY_VARIABLE)),
            Map.entry("project_lookup_cloud", List.of(ConfigReader.PROJECT_LOOKUP_VARIABLE)));

    private final Map<String, String> env;

    public EnvironmentSource(Map<String, String> env) {
        Map<String, String> copy = new HashMap<>();
        env.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        this.env = Map.copyOf(copy);
    }

    @Override
    public String get(String key) {
        for (String variable : variables(key)) {
            String v = Texts.clean(env.get(variable));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    @Override
    public String name(String key) {
        List<String> names = variables(key);
        for (String variable : names) {
            if (Texts.clean(env.get(variable)) != null) {
                return variable;
            }
        }
        return names.get(0);
    }

    @Override
    public Map<String, String> environment() {
        return env;
    }

    @Override
    public String origin() {
        return "the OS_* environment variables";
    }

    private static List<String> variables(String key) {
        List<String> names = VARIABLES.get(key);
        if (names == null) {
            throw new IllegalArgumentException("no OS_* variable for " + key);
        }
        return names;
    }
}
