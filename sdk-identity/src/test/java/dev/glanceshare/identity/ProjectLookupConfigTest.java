package dev.glanceshare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.exception.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How clouds.yaml and the environment configure project name lookups. */
class ProjectLookupConfigTest {
    @TempDir
    Path home;

    private static final String DEMO_ID = Keystone.PROJECT_ID;
    private static final String LOOKUP_PASSWORD = "lookup-Pw-77";

    private static String cloud(String name, String authUrl, String user, String scope, String extra) {
        return String.join("\n", "  " + name + ":", "    auth:", "      auth_url: " + authUrl,
                "      username: " + user, "      password: " + (user.equals("lookup") ? LOOKUP_PASSWORD : Keystone.PASSWORD),
                "      user_domain_name: Default", "      " + scope, extra, "");
    }

    private void cloudsYaml(String... clouds) throws IOException {
        Files.writeString(home.resolve("clouds.yaml"), "clouds:\n" + String.join("", clouds));
    }

    private CloudConfig load(Map<String, String> env) {
        return CloudConfig.loader().environment(env).searchDirectories(List.of(home)).load();
    }

    private Path directoryFile() throws IOException {
        return Files.writeString(home.resolve("projects.yaml"), "demo: " + DEMO_ID + "\n");
    }

    @Test
    void aCloudsYamlProjectDirectoryResolvesNamesWithoutKeystone() throws IOException {
        Path file = directoryFile();
        cloudsYaml(cloud("owner", "http://127.0.0.1:9/v3", "alt", "project_name: alt\n      project_domain_name: Default",
                "    project_directory: " + file));

        CloudConfig config = load(Map.of("OS_CLOUD", "owner"));

        assertThat(config.projectDirectory()).contains(file);
        assertThat(config.toString()).contains("projects.yaml", "1 name(s)");
        // nothing listens on port 9: a Keystone request would fail
        try (KeystoneSession session = config.toSessionBuilder().build()) {
            assertThat(session.resolveProjectId("demo")).isEqualTo(DEMO_ID);
        }
    }

    @Test
    void theVariableNamesADirectoryForOsVariablesAndWinsOverTheKey(@TempDir Path other) throws IOException {
        Path file = directoryFile();
        Path elsewhere = Files.writeString(other.resolve("other.yaml"), "demo: " + Keystone.ALT_PROJECT_ID + "\n");
        Map<String, String> env = Map.of("OS_AUTH_URL", "http://127.0.0.1:9/v3", "OS_USERNAME", "alt", "OS_PASSWORD",
                Keystone.PASSWORD, "OS_USER_DOMAIN_NAME", "Default", "GLANCESHARE_PROJECT_DIRECTORY", file.toString());
        assertThat(load(env).projectDirectory()).contains(file);

        cloudsYaml(cloud("owner", "http://127.0.0.1:9/v3", "alt", "project_id: " + DEMO_ID,
                "    project_directory: " + elsewhere));
        Map<String, String> both = new HashMap<>(Map.of("OS_CLOUD", "owner", "GLANCESHARE_PROJECT_DIRECTORY", file.toString()));
        assertThat(load(both).projectDirectory()).contains(file);
    }

    @Test
    void aLookupCloudLendsItsCredentialsAndScope() throws IOException {
        cloudsYaml(cloud("owner", "http://127.0.0.1:9/v3/", "alt", "project_id: " + DEMO_ID,
                        "    project_lookup_cloud: lookup"),
                cloud("lookup", "http://127.0.0.1:9", "lookup", "domain_name: Default", ""));

        CloudConfig config = load(Map.of("OS_CLOUD", "owner"));

        assertThat(config.projectLookupCloud()).contains("lookup");
        assertThat(config.toString()).contains("lookup credential of cloud lookup").doesNotContain(LOOKUP_PASSWORD);
        try (KeystoneSession session = config.toSessionBuilder().build()) {
            assertThat(session.toString()).contains("Keystone through a lookup session", "user 'lookup'",
                    "domain 'Default'").doesNotContain(LOOKUP_PASSWORD);
        }
    }

    @Test
    void openrcVariablesCanNameALookupCloud() throws IOException {
        cloudsYaml(cloud("lookup", "http://127.0.0.1:9/v3", "lookup", "domain_name: Default", ""));
        Map<String, String> env = Map.of("OS_AUTH_URL", "http://127.0.0.1:9/v3", "OS_USERNAME", "alt", "OS_PASSWORD",
                Keystone.PASSWORD, "OS_USER_DOMAIN_NAME", "Default", "GLANCESHARE_PROJECT_LOOKUP_CLOUD", "lookup");

        assertThat(load(env).projectLookupCloud()).contains("lookup");
    }

    @Test
    void aLookupCloudOfAnotherKeystoneOrBothKindsOfLookupAreRefused() throws IOException {
        Path file = directoryFile();
        cloudsYaml(cloud("owner", "http://127.0.0.1:9/v3", "alt", "project_id: " + DEMO_ID,
                        "    project_lookup_cloud: lookup"),
                cloud("both", "http://127.0.0.1:9/v3", "alt", "project_id: " + DEMO_ID,
                        "    project_lookup_cloud: lookup\n    project_directory: " + file),
                cloud("lookup", "https://keystone.elsewhere:5000/v3", "lookup", "domain_name: Default", ""));

        assertThatThrownBy(() -> load(Map.of("OS_CLOUD", "owner"))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("project_lookup_cloud names cloud 'lookup', whose auth_url "
                        + "https://keystone.elsewhere:5000/v3 is not this cloud's http://127.0.0.1:9/v3")
                .hasMessageNotContaining(LOOKUP_PASSWORD);
        assertThatThrownBy(() -> load(Map.of("OS_CLOUD", "both"))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("project_directory and project_lookup_cloud are both set");
        assertThatThrownBy(() -> load(Map.of("OS_CLOUD", "owner", "GLANCESHARE_PROJECT_LOOKUP_CLOUD", "nope")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("Cloud 'nope' is not in");
    }

    @Test
    void aMissingOrBrokenDirectoryFileFailsWhenTheConfigurationIsLoaded() throws IOException {
        cloudsYaml(cloud("owner", "http://127.0.0.1:9/v3", "alt", "project_id: " + DEMO_ID,
                "    project_directory: " + home.resolve("nope.yaml")));

        assertThatThrownBy(() -> load(Map.of("OS_CLOUD", "owner"))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("project_directory names " + home.resolve("nope.yaml"))
                .hasMessageContaining("(in clouds.yaml");
    }
}
