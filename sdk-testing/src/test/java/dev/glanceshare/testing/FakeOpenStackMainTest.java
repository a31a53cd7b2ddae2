package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeOpenStackMainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private FakeOpenStack start(String... args) {
        List<String> all = new ArrayList<>(List.of("--port", "0", "--glance-port", "0"));
        all.addAll(List.of(args));
        return FakeOpenStackMain.start(all.toArray(String[]::new), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : printed().split("\n")) {
            if (line.startsWith("export ")) {
                String[] kv = line.substring(7).split("=", 2);
                env.put(kv[0], kv[1]);
            }
        }
        return env;
    }

    /** Logs in with the printed variables and lists images as that user. */
    private static JsonNode imagesSeenWith(FakeOpenStack fake, Map<String, String> env) {
        Wire.Reply token = Wire.request("POST", env.get("OS_AUTH_URL") + "/auth/tokens").jsonBody(
                KeystoneTest.passwordAuth(env.get("OS_USERNAME"), env.get("OS_PASSWORD"),
                        KeystoneTest.projectScope(env.get("OS_PROJECT_NAME")))).send();
        assertThat(token.status()).isEqualTo(201);
        Wire.Reply list = Wire.get(fake.imageUrl() + "/v2/images?member_status=all")
                .token(token.header("X-Subject-Token").orElseThrow()).send();
        assertThat(list.status()).isEqualTo(200);
        return list.json().get("images");
    }

    @Test
    void withoutOptionsItPrintsAdminWhoSeesTheDemoImageAndSaysWhoThatIs() {
        try (FakeOpenStack fake = start()) {
            Map<String, String> env = env();
            assertThat(env).containsKeys("OS_AUTH_URL", "OS_USERNAME", "OS_PASSWORD", "OS_PROJECT_NAME",
                    "OS_USER_DOMAIN_NAME", "OS_PROJECT_DOMAIN_NAME", "OS_REGION_NAME", "OS_IDENTITY_API_VERSION",
                    "OS_INTERFACE");
            assertThat(env.get("OS_AUTH_URL")).isEqualTo(fake.identityUrl());
            assertThat(env.get("OS_USERNAME")).isEqualTo("admin");
            assertThat(printed()).contains("# credentials of user admin (project admin, roles [admin]); other users:"
                    + " demo, alt, other (--user NAME)");
            assertThat(imagesSeenWith(fake, env)).extracting(i -> i.get("name").asText())
                    .containsExactly(DemoSeed.IMAGE_NAME);
            assertThat(printed()).doesNotContain("image list is empty");
        }
    }

    @Test
    void aUserWhoseImageListIsEmptyIsToldWhyAndHowToShareWithIt() {
        try (FakeOpenStack fake = start("--user", "demo")) {
            assertThat(printed()).contains("# demo's image list is empty until an image is shared with project demo "
                    + "and accepted: as an owner, openstack image add project IMAGE demo; then as demo, openstack "
                    + "image set --accept IMAGE_ID");
            Wire.Reply token = Wire.request("POST", fake.identityUrl() + "/auth/tokens").jsonBody(
                    KeystoneTest.passwordAuth("demo", "demo-secret", KeystoneTest.projectScope("demo"))).send();
            Wire.Reply list = Wire.get(fake.imageUrl() + "/v2/images")
                    .token(token.header("X-Subject-Token").orElseThrow()).send();
            assertThat(list.json().get("images")).isEmpty();
        }
    }

    @Test
    void theDemoSeedHasASecondStrangerWhoSeesNothing() {
        try (FakeOpenStack fake = start("--user", "other")) {
            assertThat(env().get("OS_USERNAME")).isEqualTo("other");
            assertThat(printed()).contains("# credentials of user other (project other, roles [member])");
            assertThat(imagesSeenWith(fake, env())).isEmpty();
        }
    }

    @Test
    void aSeedFileSetsUpUsersProjectsAndSharedImagesAndClouds() throws IOException {
        Files.writeString(dir.resolve("disk.img"), "bytes from a file");
        Path seed = Files.writeString(dir.resolve("cloud.json"), """
                {"users": [
                   {"name": "root", "password": "s3cret", "roles": ["admin"]},
                   {"name": "alice", "password": "a"},
                   {"name": "bob", "password": "b", "project": "team-b"}],
                 "images": [
                   {"name": "base", "owner": "alice", "visibility": "shared", "tags": ["linux"],
                    "members": {"team-b": "accepted"}, "data_file": "disk.img", "disk_format": "qcow2"},
                   {"name": "draft", "owner": "alice", "visibility": "private"}]}
                """);
        Path clouds = dir.resolve("clouds.yaml");
        try (FakeOpenStack fake = start("--seed", seed.toString(), "--user", "bob", "--clouds-yaml",
                clouds.toString())) {
            assertThat(env()).containsEntry("OS_USERNAME", "bob").containsEntry("OS_PASSWORD", "b")
                    .containsEntry("OS_PROJECT_NAME", "team-b");
            assertThat(imagesSeenWith(fake, env())).extracting(i -> i.get("name").asText()).containsExactly("base");
            ImageSnapshot base = fake.images().get(0);
            assertThat(base.status()).isEqualTo("active");
            assertThat(fake.imageData(base.id())).hasValueSatisfying(d ->
                    assertThat(new String(d, StandardCharsets.UTF_8)).isEqualTo("bytes from a file"));
            assertThat(base.tags()).containsExactly("linux");
            String yaml = Files.readString(clouds);
            assertThat(yaml).contains("\"fake-root\":", "\"fake-alice\":", "\"fake-bob\":",
                    "      password: \"s3cret\"", "      project_name: \"team-b\"",
                    "      auth_url: \"" + fake.identityUrl() + "\"");
            assertThat(printed()).contains("# clouds.yaml: " + clouds);
        }
    }

    @Test
    void badSeedFilesAndUsersAreRefusedWithTheReason() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.json"), "{\"users\": [{\"name\": \"a\", \"pasword\": \"x\"}]}");
        assertThatThrownBy(() -> start("--seed", typo.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown key 'pasword' in a user");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"users\": [");
        assertThatThrownBy(() -> start("--seed", broken.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not JSON");
        assertThatThrownBy(() -> start("--user", "nobody")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no such user").hasMessageContaining("[admin, demo, alt, other]");
    }

    @Test
    void unknownOptionsAreRefused() {
        assertThatThrownBy(() -> FakeOpenStackMain.start(new String[] {"--bogus", "1"}, System.out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> FakeOpenStackMain.start(new String[] {"--port"}, System.out))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
