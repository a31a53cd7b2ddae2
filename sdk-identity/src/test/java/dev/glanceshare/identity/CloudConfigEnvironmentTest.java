package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.EndpointInterface;
import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.identity.internal.AuthBodies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CloudConfigEnvironmentTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** The openrc for demo from glance-zed-behaviour.md, section 1. */
    private static Map<String, String> openrc() {
        Map<String, String> env = new HashMap<>();
        env.put("OS_AUTH_URL", "http://127.0.0.1:5000/v3");
        env.put("OS_USERNAME", "demo");
        env.put("OS_PASSWORD", Keystone.PASSWORD);
        env.put("OS_PROJECT_NAME", "demo");
        env.put("OS_USER_DOMAIN_NAME", "Default");
        env.put("OS_PROJECT_DOMAIN_NAME", "Default");
        env.put("OS_REGION_NAME", "RegionOne");
        env.put("OS_IDENTITY_API_VERSION", "3");
        env.put("OS_IMAGE_API_VERSION", "2");
        env.put("OS_INTERFACE", "public");
        return env;
    }

    private static Map<String, String> with(Map<String, String> env, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                env.remove(pairs[i]);
            } else {
                env.put(pairs[i], pairs[i + 1]);
            }
        }
        return env;
    }

    private static void failsWith(Map<String, String> env, String message) {
        assertThatThrownBy(() -> CloudConfig.fromEnvironment(env)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(message).hasMessageContaining("(in the OS_* environment variables)")
                .hasMessageNotContaining(Keystone.PASSWORD).hasMessageNotContaining(Keystone.APP_SECRET)
                .hasMessageNotContaining(Keystone.FIXED_TOKEN);
    }

    @Test
    void theOpenrcFromTheBehaviourFileGivesPasswordAuthScopedToTheProject() {
        CloudConfig config = CloudConfig.fromEnvironment(openrc());
        assertThat(config.authUrl()).isEqualTo("http://127.0.0.1:5000/v3");
        assertThat(config.credentials()).isInstanceOfSatisfying(PasswordCredentials.class, p -> {
            assertThat(p.userName()).contains("demo");
            assertThat(p.userDomainName()).contains("Default");
            assertThat(p.secret()).isEqualTo(Keystone.PASSWORD);
        });
        assertThat(config.scope()).contains(Scope.projectName("demo", "Default"));
        assertThat(config.region()).contains("RegionOne");
        assertThat(config.endpointInterface()).isEqualTo(EndpointInterface.PUBLIC);
        assertThat(config.cloudName()).isEmpty();
        assertThat(config.insecure()).isFalse();
    }

    @Test
    void theConfigTurnsIntoASessionThatSendsTheseCredentials() {
        Keystone.stubIssue(wm);
        CloudConfig config = CloudConfig.fromEnvironment(with(openrc(), "OS_AUTH_URL", wm.baseUrl() + "/v3/"));
        try (KeystoneSession session = config.toSessionBuilder().build()) {
            assertThat(session.projectId()).contains(Keystone.PROJECT_ID);
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")).withRequestBody(equalToJson(
                "{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": \"demo\","
                        + " \"domain\": {\"name\": \"Default\"}, \"password\": \"" + Keystone.PASSWORD + "\"}}},"
                        + " \"scope\": {\"project\": {\"name\": \"demo\", \"domain\": {\"name\": \"Default\"}}}}}")));
    }

    @Test
    void oldTenantVariablesAndEndpointTypeAreUnderstood() {
        CloudConfig config = CloudConfig.fromEnvironment(with(openrc(), "OS_PROJECT_NAME", null, "OS_INTERFACE", null,
                "OS_TENANT_NAME", "demo", "OS_ENDPOINT_TYPE", "internalURL"));
        assertThat(config.scope()).contains(Scope.projectName("demo", "Default"));
        assertThat(config.endpointInterface()).isEqualTo(EndpointInterface.INTERNAL);
        assertThat(CloudConfig.fromEnvironment(with(openrc(), "OS_PROJECT_NAME", null, "OS_TENANT_ID", "t1")).scope())
                .contains(Scope.projectId("t1"));
    }

    @Test
    void idsWinOverNamesAsInKeystoneauth() {
        CloudConfig config = CloudConfig.fromEnvironment(with(openrc(), "OS_USER_ID", Keystone.USER_ID,
                "OS_PROJECT_ID", Keystone.PROJECT_ID, "OS_USER_DOMAIN_ID", "default"));
        assertThat(((PasswordCredentials) config.credentials()).userId()).contains(Keystone.USER_ID);
        assertThat(config.scope()).contains(Scope.projectId(Keystone.PROJECT_ID));
        CloudConfig byDomainId = CloudConfig.fromEnvironment(with(openrc(), "OS_USER_DOMAIN_ID", "default",
                "OS_PROJECT_DOMAIN_ID", "default"));
        assertThat(((PasswordCredentials) byDomainId.credentials()).userDomainId()).contains("default");
        assertThat(byDomainId.scope()).contains(Scope.projectNameInDomainId("demo", "default"));
    }

    @Test
    void domainAndDefaultScopes() {
        Map<String, String> noProject = with(openrc(), "OS_PROJECT_NAME", null, "OS_PROJECT_DOMAIN_NAME", null);
        assertThat(CloudConfig.fromEnvironment(noProject).scope()).isEmpty();
        assertThat(CloudConfig.fromEnvironment(with(noProject, "OS_DOMAIN_NAME", "Default")).scope())
                .contains(Scope.domainName("Default"));
        assertThat(CloudConfig.fromEnvironment(with(noProject, "OS_DOMAIN_ID", "default")).scope())
                .contains(Scope.domainId("default"));
    }

    @Test
    void anApplicationCredentialByIdIgnoresProjectVariables() {
        CloudConfig config = CloudConfig.fromEnvironment(with(openrc(), "OS_AUTH_TYPE", "v3applicationcredential",
                "OS_APPLICATION_CREDENTIAL_ID", "21dced0f", "OS_APPLICATION_CREDENTIAL_SECRET", Keystone.APP_SECRET,
                "OS_PASSWORD", null));
        assertThat(config.credentials()).isInstanceOfSatisfying(ApplicationCredentials.class, a -> {
            assertThat(a.id()).contains("21dced0f");
            assertThat(a.secret()).isEqualTo(Keystone.APP_SECRET);
        });
        assertThat(config.scope()).isEmpty();
        config.toSessionBuilder().build().close(); // no scope reaches the builder, so it builds
    }

    @Test
    void anApplicationCredentialByNameTakesTheUser() {
        Map<String, String> env = Map.of("OS_AUTH_URL", "http://k/v3", "OS_AUTH_TYPE", "v3applicationcredential",
                "OS_APPLICATION_CREDENTIAL_NAME", "ci", "OS_APPLICATION_CREDENTIAL_SECRET", Keystone.APP_SECRET,
                "OS_USERNAME", "demo", "OS_USER_DOMAIN_NAME", "Default");
        ApplicationCredentials a = (ApplicationCredentials) CloudConfig.fromEnvironment(env).credentials();
        assertThat(a.name()).contains("ci");
        assertThat(a.userName()).contains("demo");
        assertThat(a.userDomainName()).contains("Default");
    }

    @Test
    void theAuthTypeIsInferredFromWhichSecretIsSet() {
        Map<String, String> appCred = Map.of("OS_AUTH_URL", "http://k/v3", "OS_APPLICATION_CREDENTIAL_ID", "c1",
                "OS_APPLICATION_CREDENTIAL_SECRET", Keystone.APP_SECRET);
        assertThat(CloudConfig.fromEnvironment(appCred).credentials()).isInstanceOf(ApplicationCredentials.class);
        Map<String, String> token = Map.of("OS_AUTH_URL", "http://k/v3", "OS_TOKEN", Keystone.FIXED_TOKEN);
        assertThat(CloudConfig.fromEnvironment(token).credentials()).isInstanceOf(TokenCredentials.class);
    }

    @Test
    void tokenAuthTypesTakeOsTokenAndKeepAScopeToExchangeItFor() {
        for (String type : List.of("token", "v3token")) {
            CloudConfig config = CloudConfig.fromEnvironment(Map.of("OS_AUTH_URL", "http://k/v3", "OS_AUTH_TYPE", type,
                    "OS_TOKEN", Keystone.FIXED_TOKEN, "OS_PROJECT_ID", Keystone.PROJECT_ID));
            assertThat(config.credentials()).isInstanceOfSatisfying(TokenCredentials.class,
                    t -> assertThat(new String(AuthBodies.issue(t.login(), null), java.nio.charset.StandardCharsets.UTF_8))
                            .contains("\"token\"", Keystone.FIXED_TOKEN).doesNotContain("password"));
            assertThat(config.scope()).contains(Scope.projectId(Keystone.PROJECT_ID));
        }
        failsWith(Map.of("OS_AUTH_URL", "http://k/v3", "OS_AUTH_TYPE", "token"), "OS_TOKEN is not set");
    }

    @Test
    void missingVariablesAreNamed() {
        failsWith(with(openrc(), "OS_AUTH_URL", null), "OS_AUTH_URL is not set");
        failsWith(with(openrc(), "OS_PASSWORD", null), "OS_PASSWORD is not set");
        failsWith(with(openrc(), "OS_USERNAME", null),
                "password auth needs a user: set OS_USERNAME with OS_USER_DOMAIN_NAME, or OS_USER_ID");
        failsWith(with(openrc(), "OS_USER_DOMAIN_NAME", null), "set OS_USER_DOMAIN_NAME (such as Default) or OS_USER_DOMAIN_ID");
        failsWith(with(openrc(), "OS_PROJECT_DOMAIN_NAME", null),
                "set OS_PROJECT_DOMAIN_NAME (such as Default) or OS_PROJECT_DOMAIN_ID, or give OS_PROJECT_ID instead");
        failsWith(Map.of("OS_AUTH_URL", "http://k/v3", "OS_AUTH_TYPE", "v3applicationcredential",
                "OS_APPLICATION_CREDENTIAL_ID", "c1"), "OS_APPLICATION_CREDENTIAL_SECRET is not set");
        failsWith(Map.of("OS_AUTH_URL", "http://k/v3", "OS_AUTH_TYPE", "v3applicationcredential",
                "OS_APPLICATION_CREDENTIAL_NAME", "ci", "OS_APPLICATION_CREDENTIAL_SECRET", Keystone.APP_SECRET),
                "set OS_USER_ID, or OS_USERNAME with OS_USER_DOMAIN_NAME");
    }

    @Test
    void blankVariablesCountAsUnset() {
        failsWith(with(openrc(), "OS_PASSWORD", ""), "OS_PASSWORD is not set");
    }

    @Test
    void unsupportedValuesAreNamed() {
        failsWith(with(openrc(), "OS_AUTH_TYPE", "v3oidcpassword"),
                "OS_AUTH_TYPE is 'v3oidcpassword', which is not supported: use password, v3applicationcredential or token");
        failsWith(with(openrc(), "OS_IDENTITY_API_VERSION", "2"), "only identity v3 is supported");
        failsWith(with(openrc(), "OS_INTERFACE", "private"), "OS_INTERFACE is 'private': use public, internal or admin");
        failsWith(with(openrc(), "OS_INSECURE", "maybe"), "OS_INSECURE is 'maybe': use true or false");
    }

    @Test
    void tlsSettingsBecomeTransportOptions(@TempDir Path dir) throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "not read until the transport is built");
        CloudConfig withCa = CloudConfig.fromEnvironment(with(openrc(), "OS_CACERT", ca.toString()));
        assertThat(withCa.caCertificate()).contains(ca);
        assertThat(CloudConfig.fromEnvironment(with(openrc(), "OS_INSECURE", "true")).insecure()).isTrue();
        failsWith(with(openrc(), "OS_CACERT", dir.resolve("missing.pem").toString()), "which is not a readable file");
        failsWith(with(openrc(), "OS_CACERT", ca.toString(), "OS_INSECURE", "true"), "are both set: drop one");
        try (KeystoneSession session = CloudConfig.fromEnvironment(with(openrc(), "OS_INSECURE", "1"))
                .toSessionBuilder().build()) {
            assertThat(session.transport()).isNotNull();
        }
    }

    @Test
    void loadUsesTheEnvironmentWhenOsCloudIsUnset() {
        CloudConfig config = CloudConfig.loader().environment(openrc()).searchDirectories(List.of()).load();
        assertThat(config.authUrl()).isEqualTo("http://127.0.0.1:5000/v3");
    }
}
