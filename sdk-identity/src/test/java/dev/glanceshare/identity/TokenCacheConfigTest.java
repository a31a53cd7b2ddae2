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

/** The file token store is opt-in: from GLANCESHARE_TOKEN_CACHE or the cloud's token_cache key. */
class TokenCacheConfigTest {
    @TempDir
    Path tmp;

    private Map<String, String> openrc(String... more) {
        Map<String, String> env = new HashMap<>(Map.of("OS_AUTH_URL", "http://127.0.0.1:5000/v3", "OS_USERNAME", "demo",
                "OS_PASSWORD", Keystone.PASSWORD, "OS_USER_DOMAIN_NAME", "Default", "OS_PROJECT_NAME", "demo",
                "OS_PROJECT_DOMAIN_NAME", "Default", "XDG_CACHE_HOME", tmp.resolve("xdg").toString()));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    private CloudConfig fromYaml(String tokenCacheLine, Map<String, String> env) throws IOException {
        Files.writeString(tmp.resolve("clouds.yaml"), String.join("\n", "clouds:", "  c:",
                "    auth:", "      auth_url: http://127.0.0.1:5000/v3", "      username: demo",
                "      password: " + Keystone.PASSWORD, "      user_domain_name: Default", "      project_name: demo",
                "      project_domain_name: Default", tokenCacheLine, ""));
        Map<String, String> withCloud = new HashMap<>(env);
        withCloud.put("OS_CLOUD", "c");
        return CloudConfig.loader().environment(withCloud).searchDirectories(List.of(tmp)).load();
    }

    @Test
    void withoutAnOptInTheStoreIsTheSessionsOwnMemory() throws IOException {
        assertThat(CloudConfig.fromEnvironment(openrc()).tokenStore()).isEmpty();
        assertThat(fromYaml("", Map.of()).tokenStore()).isEmpty();
    }

    @Test
    void theVariableSelectsTheFileStoreUnderXdgCacheHome() {
        CloudConfig config = CloudConfig.fromEnvironment(openrc("GLANCESHARE_TOKEN_CACHE", "file"));

        assertThat(config.tokenStore()).containsInstanceOf(FileTokenStore.class);
        assertThat(((FileTokenStore) config.tokenStore().orElseThrow()).directory())
                .isEqualTo(tmp.resolve("xdg").resolve("glanceshare"));
        assertThat(config.toString()).contains("tokenStore=FileTokenStore[");
    }

    @Test
    void theCloudsYamlKeySelectsItAndTheVariableWins() throws IOException {
        assertThat(fromYaml("    token_cache: file", Map.of()).tokenStore()).containsInstanceOf(FileTokenStore.class);
        assertThat(fromYaml("    token_cache: file", Map.of("GLANCESHARE_TOKEN_CACHE", "memory")).tokenStore()).isEmpty();
        assertThat(fromYaml("", Map.of("GLANCESHARE_TOKEN_CACHE", "FILE")).tokenStore())
                .containsInstanceOf(FileTokenStore.class);
    }

    @Test
    void anUnknownValueNamesTheSettingAndTheChoices() {
        assertThatThrownBy(() -> fromYaml("    token_cache: keyring", Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("token_cache is 'keyring': use file").hasMessageContaining("or memory");
        assertThatThrownBy(() -> CloudConfig.fromEnvironment(openrc("GLANCESHARE_TOKEN_CACHE", "disk")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("GLANCESHARE_TOKEN_CACHE is 'disk'");
    }

    @Test
    void theSessionBuilderGetsTheSelectedStore() {
        CloudConfig config = CloudConfig.fromEnvironment(openrc("GLANCESHARE_TOKEN_CACHE", "file"));
        try (KeystoneSession session = config.toSessionBuilder().build()) {
            assertThat(session.toString()).contains("tokenStore=FileTokenStore[" + tmp.resolve("xdg").resolve("glanceshare"));
        }
    }
}
