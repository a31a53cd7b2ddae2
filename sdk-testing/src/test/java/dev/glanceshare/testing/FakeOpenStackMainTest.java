package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakeOpenStackMainTest {

    @Test
    void printsOsVariablesThatAuthenticateAgainstTheSeededFake() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FakeOpenStack fake = FakeOpenStackMain.start(new String[] {"--port", "0", "--glance-port", "0",
            "--user", "alt"}, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            Map<String, String> env = new LinkedHashMap<>();
            for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("export ")) {
                    String[] kv = line.substring(7).split("=", 2);
                    env.put(kv[0], kv[1]);
                }
            }
            assertThat(env).containsKeys("OS_AUTH_URL", "OS_USERNAME", "OS_PASSWORD", "OS_PROJECT_NAME",
                    "OS_USER_DOMAIN_NAME", "OS_PROJECT_DOMAIN_NAME", "OS_REGION_NAME", "OS_IDENTITY_API_VERSION",
                    "OS_INTERFACE");
            assertThat(env.get("OS_AUTH_URL")).isEqualTo(fake.identityUrl());
            assertThat(env.get("OS_IDENTITY_API_VERSION")).isEqualTo("3");
            Wire.Reply token = Wire.request("POST", env.get("OS_AUTH_URL") + "/auth/tokens").jsonBody(
                    KeystoneTest.passwordAuth(env.get("OS_USERNAME"), env.get("OS_PASSWORD"),
                            KeystoneTest.projectScope(env.get("OS_PROJECT_NAME")))).send();
            assertThat(token.status()).isEqualTo(201);
            assertThat(fake.images()).extracting(i -> i.name().orElseThrow()).containsExactly(DemoSeed.IMAGE_NAME);
        }
    }

    @Test
    void unknownOptionsAreRefused() {
        assertThatThrownBy(() -> FakeOpenStackMain.start(new String[] {"--bogus", "1"}, System.out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> FakeOpenStackMain.start(new String[] {"--port"}, System.out))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
