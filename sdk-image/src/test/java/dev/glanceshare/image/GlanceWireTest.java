package dev.glanceshare.image;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WireMock stands in for Glance; a warm client on a test session talks to it. */
abstract class GlanceWireTest {
    static final String IMAGE = "9faa0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
    static final String OWNER = "ec83aa11bb22cc33dd44ee55ff666aaa";
    static final String DEMO = "d34b00112233445566778899aabbccdd";
    static final String ME = "f00dfeedf00dfeedf00dfeedf00dfeed";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().jettyAcceptors(1))
            .build();

    TestSession session;
    GlanceClient glance;

    @BeforeEach
    void client() {
        session = new TestSession(URI.create(wm.baseUrl()), ME, Map.of("demo", DEMO));
        glance = GlanceClient.builder().session(session).build();
    }

    @AfterEach
    void close() {
        glance.close();
        session.close();
    }

    int requestCount() {
        return wm.getAllServeEvents().size();
    }

    static String imageJson(String id, String name, String visibility) {
        return "{\"name\": \"" + name + "\", \"disk_format\": \"raw\", \"container_format\": \"bare\", "
                + "\"visibility\": \"" + visibility + "\", \"size\": 1024, \"virtual_size\": null, \"status\": \"active\", "
                + "\"checksum\": \"0f343b0931126a20f133d67c2b018a3b\", \"protected\": false, \"min_ram\": 0, "
                + "\"min_disk\": 0, \"owner\": \"" + OWNER + "\", \"os_hidden\": false, \"os_hash_algo\": \"sha512\", "
                + "\"os_hash_value\": \"9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca7\", "
                + "\"id\": \"" + id + "\", \"created_at\": \"2026-11-22T22:44:00Z\", \"updated_at\": \"2026-11-22T22:44:01Z\", "
                + "\"tags\": [\"blue\"], \"self\": \"/v2/images/" + id + "\", \"file\": \"/v2/images/" + id + "/file\", "
                + "\"schema\": \"/v2/schemas/image\", \"os_distro\": \"cirros\"}";
    }

    static String memberJson(String member, String status) {
        return "{\"created_at\": \"2026-11-22T22:45:00Z\", \"image_id\": \"" + IMAGE + "\", \"member_id\": \"" + member
                + "\", \"schema\": \"/v2/schemas/member\", \"status\": \"" + status + "\", "
                + "\"updated_at\": \"2026-11-22T22:45:00Z\"}";
    }

    /** Glance's JSON error body, with the literal tail real Glance appends. */
    static String glanceError(int status, String reason, String message) {
        return "{\"message\": \"" + message + "<br /><br />\\n\\n\\n\", \"code\": \"" + status + " " + reason
                + "\", \"title\": \"" + reason + "\"}";
    }
}
