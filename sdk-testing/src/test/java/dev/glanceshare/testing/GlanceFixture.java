package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh fake per test with the behaviour file's cast: admin (admin role), alt (owner), demo (member),
 * other (stranger); each has a project-scoped token.
 */
abstract class GlanceFixture {
    static final String JSON_TAIL = "<br /><br />\n\n\n";

    FakeClock clock;
    FakeOpenStack fake;
    DemoSeed demo;
    String otherProject;
    String admin;
    String alt;
    String demoToken;
    String other;

    FakeOpenStackBuilder configure(FakeOpenStackBuilder builder) {
        return builder;
    }

    @BeforeEach
    void startFake() {
        clock = FakeClock.frozenAt(Instant.parse("2026-11-22T22:44:00Z"));
        fake = configure(FakeOpenStack.builder().clock(clock)).start();
        demo = fake.seed().demo();
        otherProject = fake.seed().projectId("other");
        admin = fake.issueToken("admin", "admin");
        alt = fake.issueToken("alt", "alt");
        demoToken = fake.issueToken("demo", "demo");
        other = fake.issueToken("other", "other");
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    String v2(String path) {
        return fake.imageUrl() + "/v2" + path;
    }

    Wire.Reply get(String token, String path) {
        return Wire.get(v2(path)).token(token).json().send();
    }

    Wire.Reply post(String token, String path, String json) {
        return Wire.request("POST", v2(path)).token(token).json().jsonBody(json).send();
    }

    Wire.Reply put(String token, String path, String json) {
        return Wire.request("PUT", v2(path)).token(token).json().jsonBody(json).send();
    }

    Wire.Reply delete(String token, String path) {
        return Wire.request("DELETE", v2(path)).token(token).json().send();
    }

    Wire.Reply patch(String token, String id, String ops) {
        return Wire.request("PATCH", v2("/images/" + id)).token(token).json()
                .header("Content-Type", "application/openstack-images-v2.1-json-patch").body(ops).send();
    }

    /** Creates an image through the API and returns its ID. */
    String create(String token, String json) {
        Wire.Reply r = post(token, "/images", json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    static void assertGlanceError(Wire.Reply r, int status, String message) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).contains("application/json");
        assertThat(r.message()).isEqualTo(message + JSON_TAIL);
        assertThat(r.header("X-Openstack-Request-Id")).hasValueSatisfying(v -> assertThat(v).startsWith("req-"));
    }
}
