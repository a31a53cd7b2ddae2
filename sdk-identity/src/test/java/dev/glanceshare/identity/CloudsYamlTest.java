package dev.glanceshare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.EndpointInterface;
import dev.glanceshare.core.exception.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudsYamlTest {
    @TempDir
    Path home;

    private static final String CLOUDS = String.join("\n",
            "clouds:",
            "  devstack:",
            "    auth:",
            "      auth_url: http://127.0.0.1:5000",
            "      username: demo",
            "      project_name: demo",
            "      user_domain_name: Default",
            "      project_domain_name: Default",
            "    region_name: RegionOne",
            "    interface: internal",
            "    identity_api_version: 3",
            "  appcred:",
            "    auth_type: v3applicationcredential",
            "    auth:",
            "      auth_url: https://keystone.example.com/v3",
            "      application_credential_id: 21dced0fd20347869b93710d2b98aae0",
            "    verify: false",
            "");

    private static final String SECURE = String.join("\n",
            "clouds:",
            "  devstack:",
            "    auth:",
            "      password: " + Keystone.PASSWORD,
            "  appcred:",
            "    auth:",
            "      application_credential_secret: " + Keystone.APP_SECRET,
            "");

    private Path write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }

    private CloudConfig load(Map<String, String> env, Path... dirs) {
        return CloudConfig.loader().environment(env).searchDirectories(List.of(dirs)).load();
    }

    private void failsWith(Map<String, String> env, String message, Path... dirs) {
        assertThatThrownBy(() -> load(env, dirs)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(message).hasMessageNotContaining(Keystone.PASSWORD)
                .hasMessageNotContaining(Keystone.APP_SECRET);
    }

    @Test
    void osCloudSelectsTheCloudAndSecureYamlIsMergedOverCloudsYaml() throws IOException {
        write(home, "clouds.yaml", CLOUDS);
        write(home, "secure.yaml", SECURE);
        CloudConfig config = load(Map.of("OS_CLOUD", "devstack"), home);
        assertThat(config.cloudName()).contains("devstack");
        assertThat(config.authUrl()).isEqualTo("http://127.0.0.1:5000");
        assertThat(config.credentials()).isInstanceOfSatisfying(PasswordCredentials.class, p -> {
            assertThat(p.userName()).contains("demo");
            assertThat(p.secret()).isEqualTo(Keystone.PASSWORD);
        });
        assertThat(config.scope()).contains(Scope.projectName("demo", "Default"));
        assertThat(config.region()).contains("RegionOne");
        assertThat(config.endpointInterface()).isEqualTo(EndpointInterface.INTERNAL);
    }

    @Test
    void secureYamlWinsOverAValueInCloudsYaml() throws IOException {
        write(home, "clouds.yaml", CLOUDS.replace("      username: demo", "      username: demo\n      password: stale"));
        write(home, "secure.yml", SECURE);
        PasswordCredentials p = (PasswordCredentials) load(Map.of("OS_CLOUD", "devstack"), home).credentials();
        assertThat(p.secret()).isEqualTo(Keystone.PASSWORD);
    }

    @Test
    void anApplicationCredentialCloudWithVerifyFalseIsInsecure() throws IOException {
        write(home, "clouds.yaml", CLOUDS);
        write(home, "secure.yaml", SECURE);
        CloudConfig config = load(Map.of("OS_CLOUD", "appcred"), home);
        assertThat(config.credentials()).isInstanceOfSatisfying(ApplicationCredentials.class, a -> {
            assertThat(a.id()).contains("21dced0fd20347869b93710d2b98aae0");
            assertThat(a.secret()).isEqualTo(Keystone.APP_SECRET);
        });
        assertThat(config.insecure()).isTrue();
        assertThat(config.scope()).isEmpty();
    }

    @Test
    void theFirstDirectoryInTheSearchOrderWins() throws IOException {
        Path cwd = home.resolve("cwd");
        Path user = home.resolve(".config/openstack");
        Path etc = home.resolve("etc/openstack");
        write(user, "clouds.yaml", CLOUDS.replace("http://127.0.0.1:5000", "http://user-config:5000"));
        write(etc, "clouds.yaml", CLOUDS.replace("http://127.0.0.1:5000", "http://etc:5000"));
        write(etc, "secure.yaml", SECURE);
        assertThat(load(Map.of("OS_CLOUD", "devstack"), cwd, user, etc).authUrl()).isEqualTo("http://user-config:5000");
        write(cwd, "clouds.yml", CLOUDS.replace("http://127.0.0.1:5000", "http://cwd:5000"));
        assertThat(load(Map.of("OS_CLOUD", "devstack"), cwd, user, etc).authUrl()).isEqualTo("http://cwd:5000");
    }

    @Test
    void osClientConfigFileOverridesTheSearch() throws IOException {
        write(home, "clouds.yaml", CLOUDS);
        write(home, "secure.yaml", SECURE);
        Path elsewhere = write(home.resolve("elsewhere"), "my-clouds.yaml",
                CLOUDS.replace("http://127.0.0.1:5000", "http://elsewhere:5000"));
        CloudConfig config = load(Map.of("OS_CLOUD", "devstack", "OS_CLIENT_CONFIG_FILE", elsewhere.toString()), home);
        assertThat(config.authUrl()).isEqualTo("http://elsewhere:5000");
        failsWith(Map.of("OS_CLOUD", "devstack", "OS_CLIENT_CONFIG_FILE", home.resolve("nope.yaml").toString()),
                "OS_CLIENT_CONFIG_FILE names " + home.resolve("nope.yaml") + ", which is not a readable file", home);
    }

    @Test
    void anExplicitCloudNameBeatsOsCloud() throws IOException {
        write(home, "clouds.yaml", CLOUDS);
        write(home, "secure.yaml", SECURE);
        CloudConfig config = CloudConfig.loader().environment(Map.of("OS_CLOUD", "devstack"))
                .searchDirectories(List.of(home)).cloud("appcred").load();
        assertThat(config.cloudName()).contains("appcred");
    }

    @Test
    void anUnknownCloudListsTheCloudsInTheFile() throws IOException {
        write(home, "clouds.yaml", CLOUDS);
        failsWith(Map.of("OS_CLOUD", "prod"), "Cloud 'prod' is not in " + home.resolve("clouds.yaml")
                + " (it has: devstack, appcred). Set OS_CLOUD to one of those", home);
    }

    @Test
    void withoutACloudsYamlTheErrorListsWhereItLooked() {
        Path other = home.resolve("other");
        failsWith(Map.of("OS_CLOUD", "devstack"), "no clouds.yaml was found in " + home.resolve("clouds.yaml") + ", "
                + other.resolve("clouds.yaml") + ". Create one there, or set OS_CLIENT_CONFIG_FILE", home, other);
    }

    @Test
    void aMissingSecretNamesTheKeyAndTheFiles() throws IOException {
        write(home, "clouds.yaml", CLOUDS);
        failsWith(Map.of("OS_CLOUD", "devstack"), "auth.password is not set: it must hold the password (in clouds.yaml "
                + home.resolve("clouds.yaml") + ", cloud 'devstack')", home);
        failsWith(Map.of("OS_CLOUD", "appcred"), "auth.application_credential_secret is not set", home);
    }

    @Test
    void brokenYamlIsReportedWithoutQuotingTheFile() throws IOException {
        write(home, "clouds.yaml", "clouds:\n  devstack:\n    auth: {password: '" + Keystone.PASSWORD + "'\n  x: [\n");
        failsWith(Map.of("OS_CLOUD", "devstack"), "Cannot read " + home.resolve("clouds.yaml"), home);
        failsWith(Map.of("OS_CLOUD", "devstack"), "(line ", home);
    }

    @Test
    void tenantNamesEndpointTypeAndACaFileInVerifyAreUnderstood() throws IOException {
        Path ca = write(home, "ca.pem", "-----BEGIN CERTIFICATE-----");
        write(home, "clouds.yaml", String.join("\n", "clouds:", "  old:", "    auth:",
                "      auth_url: http://k:5000/v3", "      user_id: " + Keystone.USER_ID,
                "      password: " + Keystone.PASSWORD, "      tenant_id: " + Keystone.PROJECT_ID,
                "    endpoint_type: adminURL", "    verify: " + ca, ""));
        CloudConfig config = load(Map.of("OS_CLOUD", "old"), home);
        assertThat(config.scope()).contains(Scope.projectId(Keystone.PROJECT_ID));
        assertThat(config.endpointInterface()).isEqualTo(EndpointInterface.ADMIN);
        assertThat(config.caCertificate()).contains(ca);
        assertThat(config.insecure()).isFalse();
    }

    @Test
    void numericYamlValuesAreReadAsText() throws IOException {
        write(home, "clouds.yaml", String.join("\n", "clouds:", "  n:", "    auth:", "      auth_url: http://k/v3",
                "      user_id: 12345", "      password: 987654", "      project_id: 4242", ""));
        CloudConfig config = load(Map.of("OS_CLOUD", "n"), home);
        assertThat(((PasswordCredentials) config.credentials()).userId()).contains("12345");
        assertThat(((PasswordCredentials) config.credentials()).secret()).isEqualTo("987654");
        assertThat(config.scope()).contains(Scope.projectId("4242"));
    }
}
