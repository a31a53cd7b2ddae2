package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A bounded, reproducible batch of malformed requests: each must get a 4xx (or Glance's own 501 for a
 * method it does not implement), never a 5xx, a hang or a dropped connection, and the state must stay
 * consistent afterwards.
 */
class RobustnessTest extends GlanceFixture {
    private static final List<String> METHODS =
            List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "PURGE", "FOO");
    private static final List<String> BODIES = List.of("", "{", "}", "[]", "[1]", "null", "\"x\"", "42", "true",
            "{\"member\": 5}", "{\"member\": [\"x\"]}", "{\"member\": null}", "{\"member\": \"\"}", "{\"status\": 1}",
            "{\"status\": null}", "{\"status\": \"ACCEPTED\"}", "{\"name\": {}}", "{\"tags\": \"x\"}",
            "{\"tags\": [1]}", "{\"min_disk\": 1e400}", "{\"min_disk\": 99999999999999999999999}",
            "{\"visibility\": \"public\"}", "{\"id\": \"not-a-uuid\"}", "{\"protected\": \"yes\"}",
            "[{\"op\": \"add\"}]", "[{\"op\": \"add\", \"path\": 5, \"value\": 1}]",
            "[{\"op\": \"add\", \"path\": \"/a/b\", \"value\": \"x\"}]", "[{\"op\": \"remove\", \"path\": \"/\"}]",
            "[{\"op\": \"replace\", \"path\": \"/tags\", \"value\": [[]]}]", "[\"x\"]", "{\"a\": NaN}",
            "\u0000\u0001\u0002", "{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": 1}}}",
            "{\"auth\": {\"identity\": {\"methods\": 5}}}", "{\"auth\": \"x\"}", "[".repeat(5000) + "]".repeat(5000));
    private static final List<String> CONTENT_TYPES = List.of("application/json",
            "application/openstack-images-v2.1-json-patch", "application/openstack-images-v2.0-json-patch",
            "application/octet-stream", "text/plain", "", "application/json; charset=utf-8", "*/*");
    private static final List<String> ACCEPTS = List.of("application/json", "*/*", "text/plain", "", "text/html",
            "garbage", "application/json;q=0");

    private String imageId;

    @Override
    FakeOpenStackBuilder configure(FakeOpenStackBuilder builder) {
        return builder.maxRequestBodyBytes(64 * 1024).memberQuota(5).tagQuota(5);
    }

    // A route and a method it accepts; the caller swaps in a random method a quarter of the time.
    private String[] route(Random rnd) {
        String id = List.of(imageId, imageId, demo.imageId(), "not-a-uuid", "00000000-0000-4000-8000-000000000000",
                "", "%2F", "..", "a%00b", "%E2%82%AC", "x".repeat(300)).get(rnd.nextInt(11));
        String member = List.of(demo.demoProjectId(), "m1", "m2", "%20", "..", "").get(rnd.nextInt(6));
        String[][] routes = {
            {"GET", "/v2/images?limit=" + rnd.nextInt(5) + "&sort=name:" + member},
            {"GET", "/v2/images?marker=" + id + "&visibility=" + member + "&member_status=" + member},
            {"GET", "/v2/images?created_at=gt:" + member + "&size_min=" + member + "&tag=" + member},
            {"GET", "/v2/images?limit=" + "9".repeat(30) + "&name=in:%22a,b&os_hidden=" + member},
            {"POST", "/v2/images"},
            {"GET", "/v2/images/" + id},
            {"PATCH", "/v2/images/" + id},
            {"DELETE", "/v2/images/" + id},
            {"POST", "/v2/images/" + id + "/members"},
            {"GET", "/v2/images/" + id + "/members"},
            {"PUT", "/v2/images/" + id + "/members/" + member},
            {"DELETE", "/v2/images/" + id + "/members/" + member},
            {"GET", "/v2/images/" + id + "/members/" + member},
            {"PUT", "/v2/images/" + id + "/tags/t" + rnd.nextInt(8)},
            {"DELETE", "/v2/images/" + id + "/tags/t" + rnd.nextInt(8)},
            {"PUT", "/v2/images/" + id + "/file"},
            {"GET", "/v2/images/" + id + "/file"},
            {"GET", "/v2//images"},
            {"GET", "/v2/schemas/" + member},
            {"GET", "/v2.9/images/" + id},
            {"PUT", "/v2/images/" + id + "/tags/a%2Fb"},
        };
        String[] route = routes[rnd.nextInt(routes.length)].clone();
        if (rnd.nextInt(4) == 0) {
            route[0] = METHODS.get(rnd.nextInt(METHODS.size()));
        }
        return route;
    }

    @Test
    void garbageRequestsGetFourHundredsAndLeaveConsistentState() {
        imageId = create(alt, "{\"name\": \"target\"}");
        Random rnd = new Random(20261122);
        List<String> tokens = List.of(alt, demoToken, admin, other, "garbage");
        for (int i = 0; i < 800; i++) {
            String[] route = route(rnd);
            String method = route[0];
            String target = route[1];
            String token = rnd.nextInt(10) == 0 ? "garbage" : tokens.get(rnd.nextInt(tokens.size() - 1));
            Wire w = Wire.request(method, fake.imageUrl() + target).token(token);
            String type = CONTENT_TYPES.get(rnd.nextInt(CONTENT_TYPES.size()));
            if (!type.isEmpty()) {
                w.header("Content-Type", type);
            }
            String accept = ACCEPTS.get(rnd.nextInt(ACCEPTS.size()));
            if (!accept.isEmpty()) {
                w.header("Accept", accept);
            }
            String body = BODIES.get(rnd.nextInt(BODIES.size()));
            if (!body.isEmpty()) {
                w.body(body);
            }
            Wire.Reply r = w.send();
            assertThat(r.status()).as("%s %s %s -> %s", method, target, body, r.body())
                    .satisfiesAnyOf(s -> assertThat(s).isBetween(200, 499), s -> assertThat(s).isEqualTo(501));
        }
        for (int i = 0; i < 150; i++) {
            String body = BODIES.get(rnd.nextInt(BODIES.size()));
            String path = List.of("/auth/tokens", "/auth/tokens?nocatalog", "/projects", "/projects/x%2Fy",
                    "/auth/projects", "/nope", "").get(rnd.nextInt(7));
            Wire.Reply r = Wire.request(METHODS.get(rnd.nextInt(METHODS.size())), fake.identityUrl() + path)
                    .token(tokens.get(rnd.nextInt(tokens.size()))).header("X-Subject-Token", tokens.get(rnd.nextInt(5)))
                    .header("Content-Type", CONTENT_TYPES.get(rnd.nextInt(CONTENT_TYPES.size()))).body(body).send();
            assertThat(r.status()).as("keystone %s %s", path, body).isBetween(200, 499);
        }
        assertConsistent();
        assertThat(get(alt, "/images/" + imageId).status()).isEqualTo(200);
    }

    private void assertConsistent() {
        Set<String> statuses = Set.of("pending", "accepted", "rejected");
        List<ImageSnapshot> images = fake.images();
        for (ImageSnapshot image : images) {
            assertThat(image.visibility()).isIn("public", "community", "shared", "private");
            assertThat(image.status()).isIn("queued", "active", "deactivated");
            assertThat(image.tags()).hasSizeLessThanOrEqualTo(5);
            assertThat(image.members()).hasSizeLessThanOrEqualTo(5);
            for (MemberSnapshot m : image.members()) {
                assertThat(m.imageId()).isEqualTo(image.id());
                assertThat(m.status()).isIn(statuses);
            }
            if (image.status().equals("active")) {
                assertThat(fake.imageData(image.id())).isPresent();
            }
        }
        Wire.Reply all = get(admin, "/images?visibility=all&limit=1000");
        assertThat(all.json().get("images")).hasSize((int) images.stream().filter(i -> !i.hidden()).count());
    }

    @Test
    void oversizedBodyGets413AndTheServerKeepsServing() {
        Wire.Reply r = Wire.request("POST", v2("/images")).token(alt).json().jsonBody("{\"name\": \""
                + "x".repeat(100 * 1024) + "\"}").send();
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.message()).isEqualTo("The body of your request was too large for this server." + JSON_TAIL);
        assertThat(fake.images()).hasSize(1);
        Wire.Reply k = Wire.request("POST", fake.identityUrl() + "/auth/tokens").jsonBody("{\"a\": \""
                + "x".repeat(100 * 1024) + "\"}").send();
        assertThat(k.status()).isEqualTo(413);
        assertThat(get(alt, "/images").status()).isEqualTo(200);
    }

    @Test
    void rawSocketGarbageDoesNotHurtTheServer() throws Exception {
        for (String garbage : List.of("GARBAGE\r\n\r\n", "GET\r\n\r\n", "\u0000\u0001\u0002\r\n\r\n",
                "POST /v2/images HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"na")) {
            try (Socket s = new Socket("127.0.0.1", fake.imagePort())) {
                s.setSoTimeout(2000);
                OutputStream out = s.getOutputStream();
                out.write(garbage.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                s.shutdownOutput();
                InputStream in = s.getInputStream();
                String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(answer).satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(a).startsWith("HTTP/1.1 4"));
            }
        }
        assertThat(get(alt, "/images").status()).isEqualTo(200);
        assertThat(fake.images()).hasSize(1);
    }
}
