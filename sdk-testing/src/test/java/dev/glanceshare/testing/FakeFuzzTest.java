package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the fake over raw sockets with generated requests: random methods, request targets (known routes
 * mutated with odd segments, encodings, dot segments and queries), headers (tokens, media types, random
 * names and values, chunked framing) and bodies (JSON built from Glance's and Keystone's vocabulary, raw
 * bytes). A bounded, seeded number of cases; the count is printed. Targets: never a 5xx but Glance's own
 * 501 for a method it does not implement on a path it does not route; never a hang or a dropped connection
 * for a well-framed request; and afterwards the state invariants hold and the fake still serves the SDK.
 * {@link RobustnessTest} has the hand-picked cases; this one explores.
 */
class FakeFuzzTest extends GlanceFixture {
    private static final Set<String> IMPLEMENTED = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH");
    private static final List<String> METHODS = List.of("GET", "GET", "GET", "POST", "POST", "PUT", "PUT", "PATCH",
            "PATCH", "DELETE", "DELETE", "HEAD", "OPTIONS", "TRACE", "PURGE", "FOO", "get", "Post", "M-SEARCH");
    private static final List<String> ODD = List.of("", ".", "..", "%2e%2e", "%2F", "%", "%zz", "%00", "%20", "+",
            "a%2Fb", "%E2%82%AC", "%C3%28", "%FF", "~", "%7E", "x".repeat(300), "images", "members", "tags", "file",
            "actions", "deactivate", "schemas", "info", "v2", "v3", "auth", "tokens", "projects", ";", "a;b=c", "*",
            "null", "-1", "0", "%3F", "%23", "@", ":", "!$&'()*+,=");
    private static final List<String> KEYS = List.of("member", "status", "name", "visibility", "tags", "op", "path",
            "value", "id", "min_disk", "min_ram", "protected", "os_hidden", "disk_format", "container_format", "owner",
            "auth", "identity", "methods", "password", "user", "domain", "scope", "project", "token",
            "application_credential", "secret", "x", "", "\u0000", "a/b");
    private static final List<String> WORDS = List.of("pending", "accepted", "rejected", "ACCEPTED", "shared",
            "private", "public", "community", "add", "replace", "remove", "move", "copy", "test", "/name", "/tags",
            "/visibility", "/protected", "/x/y", "/", "", "~1", "password", "token", "application_credential",
            "Default", "demo", "admin", "alt", "demo-secret", "raw", "qcow2", "bare", "é", "\u0000", "\ud800",
            "x".repeat(300));
    private static final List<String> CONTENT_TYPES = List.of("application/json",
            "application/openstack-images-v2.1-json-patch", "application/openstack-images-v2.0-json-patch",
            "application/octet-stream", "text/plain", "application/json; charset=latin-1", "*/*", "garbage", ";",
            "application/json-patch+json", "multipart/form-data; boundary=x");
    private static final List<String> ACCEPTS = List.of("application/json", "*/*", "text/html", "text/plain",
            "application/json;q=0", "garbage;;;q=x", "", "image/*, application/*;q=0.5");
    private static final List<String> QUERY_KEYS = List.of("limit", "marker", "name", "visibility", "member_status",
            "sort", "sort_key", "sort_dir", "tag", "owner", "status", "created_at", "updated_at", "size_min",
            "size_max", "os_hidden", "protected", "min_disk", "nocatalog", "allow_expired", "x");
    private static final List<String> QUERY_VALUES = List.of("1", "0", "-1", "99999999999999999999", "abc", "",
            "in:a,b", "in:\"a", "gt:2026-01-01T00:00:00Z", "lt:x", "neq:1", "name:asc", "name:desc,size", "status",
            "all", "pending", "shared", "true", "FALSE", "%", "%zz", "%00", "a%26b%3Dc", "x".repeat(300));

    private final List<String> violations = new ArrayList<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private int cases;

    @Override
    FakeOpenStackBuilder configure(FakeOpenStackBuilder builder) {
        return builder.maxRequestBodyBytes(64 * 1024).memberQuota(5).tagQuota(5);
    }

    @Test
    @Timeout(300)
    void seededFuzzGetsNoServerErrorNoHangAndKeepsTheInvariants() throws Exception {
        fuzz(20261123L, 2500);
    }

    @Test
    @Tag("long")
    @Timeout(1800)
    void longFuzzWithARandomSeed() throws Exception {
        long seed = System.nanoTime();
        System.out.println("FakeFuzzTest long run, seed " + seed);
        fuzz(seed, 50_000);
    }

    private void fuzz(long seed, int count) throws Exception {
        Random rnd = new Random(seed);
        List<String> images = new ArrayList<>();
        images.add(demo.imageId());
        for (int i = 0; i < 4; i++) {
            images.add(create(alt, "{\"name\": \"fuzz-" + i + "\"}"));
        }
        images.add("00000000-0000-4000-8000-000000000000");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i % 100 == 0) {
                // Fuzzed DELETE /v3/auth/tokens revokes the cast's tokens now and then: take new ones.
                tokens = List.of(fake.issueToken("admin", "admin"), fake.issueToken("alt", "alt"),
                        fake.issueToken("demo", "demo"), fake.issueToken("other", "other"), "garbage", "",
                        "x".repeat(8000));
            }
            boolean keystone = rnd.nextInt(5) == 0;
            Request r = keystone ? keystoneRequest(rnd, tokens) : glanceRequest(rnd, images, tokens);
            r.headers().put("X-Fuzz-Case", String.valueOf(i));
            Answer answer = send(keystone ? fake.identityPort() : fake.imagePort(), r);
            check(r, answer.status());
            if (answer.status() == 201 && !keystone) {
                // images the fuzz created join the targets, so members and tags pile up on them too
                java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\": \"([0-9a-f-]{36})\"")
                        .matcher(answer.body());
                if (id.find()) {
                    images.add(id.group(1));
                }
            }
            if (i % 1000 == 999) {
                fake.journal().clear();
            }
        }
        String summary = statuses.entrySet().stream().map(e -> e.getKey() + "x" + e.getValue())
                .collect(Collectors.joining(" "));
        System.out.printf("FakeFuzzTest: seed %d, %d cases, %d violations; statuses %s; state after: %d images, "
                        + "%d members, %d tags%n", seed, cases, violations.size(), summary, fake.images().size(),
                fake.images().stream().mapToInt(i -> i.members().size()).sum(),
                fake.images().stream().mapToInt(i -> i.tags().size()).sum());
        violations.stream().limit(30).forEach(v -> System.out.println("  VIOLATION " + v));
        assertThat(violations).isEmpty();
        assertInvariants();
    }

    /** One generated request; {@code framed} is false when its framing is broken on purpose. */
    private record Request(String method, String target, Map<String, String> headers, byte[] body, boolean chunked,
            boolean framed) {
        String describe() {
            String b = new String(body, StandardCharsets.UTF_8);
            return method + " " + target + " " + headers.keySet() + " body=" + (b.length() > 120 ? b.substring(0, 120)
                    + "..." : b);
        }
    }

    private static <T> T pick(Random rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private Request glanceRequest(Random rnd, List<String> images, List<String> tokens) {
        String id = rnd.nextInt(6) == 0 ? pick(rnd, ODD) : pick(rnd, images);
        String member = pick(rnd, List.of(demo.demoProjectId(), demo.altProjectId(), otherProject, "m" + rnd.nextInt(8),
                pick(rnd, ODD)));
        String status = quote(pick(rnd, List.of("pending", "accepted", "rejected", pick(rnd, WORDS))));
        // A route, the method it expects and a plausible body; the method and body are swapped for random ones
        // often enough to reach every refusal.
        String[][] routes = {
            {"GET", "/v2/images", ""},
            {"POST", "/v2/images", "{\"name\": " + quote(pick(rnd, WORDS)) + ", \"visibility\": "
                    + quote(pick(rnd, List.of("shared", "private", "public", "community"))) + "}"},
            {"GET", "/v2/images/" + id, ""},
            {"PATCH", "/v2/images/" + id, "[" + patchOp(rnd) + "]"},
            {"DELETE", "/v2/images/" + id, ""},
            {"GET", "/v2/images/" + id + "/members", ""},
            {"POST", "/v2/images/" + id + "/members", "{\"member\": " + quote(member) + "}"},
            {"GET", "/v2/images/" + id + "/members/" + member, ""},
            {"PUT", "/v2/images/" + id + "/members/" + member, "{\"status\": " + status + "}"},
            {"DELETE", "/v2/images/" + id + "/members/" + member, ""},
            {"PUT", "/v2/images/" + id + "/tags/t" + rnd.nextInt(8), ""},
            {"DELETE", "/v2/images/" + id + "/tags/" + pick(rnd, List.of("t1", "t2", pick(rnd, ODD))), ""},
            {"PUT", "/v2/images/" + id + "/file", "fuzz data"},
            {"GET", "/v2/images/" + id + "/file", ""},
            {"POST", "/v2/images/" + id + "/actions/" + pick(rnd, List.of("deactivate", "reactivate", "x")), ""},
            {"GET", "/v2/images/" + id + "/tasks", ""},
            {"GET", "/v2/schemas/" + pick(rnd, List.of("image", "images", "member", "members", "x")), ""},
            {"GET", "/v2/info/" + pick(rnd, List.of("import", "stores", "stores/detail", "x")), ""},
            {"GET", pick(rnd, List.of("/", "/v2", "/v2/", "/v1/images", "/v2.9/images")), ""},
        };
        String[] route = routes[rnd.nextInt(routes.length)];
        String target = mutate(rnd, route[1]);
        boolean plausible = rnd.nextInt(5) < 3;
        Request r = request(rnd, target, tokens, plausible && !route[2].isEmpty()
                ? route[2].getBytes(StandardCharsets.UTF_8) : glanceBody(rnd));
        if (plausible) {
            r = new Request(route[0], r.target(), r.headers(), r.body(), r.chunked(), r.framed());
            r.headers().put("Content-Type", route[0].equals("PATCH") ? "application/openstack-images-v2.1-json-patch"
                    : route[1].endsWith("/file") ? "application/octet-stream" : "application/json");
        }
        return r;
    }

    private Request keystoneRequest(Random rnd, List<String> tokens) {
        String[] routes = {"/v3/auth/tokens", "/v3/auth/tokens", "/v3/auth/projects", "/v3/auth/catalog",
            "/v3/projects", "/v3/projects/" + demo.demoProjectId(), "/v3/projects/" + pick(rnd, ODD), "/v3", "/",
            "/v3/users", "/v2.0/tokens"};
        String target = mutate(rnd, routes[rnd.nextInt(routes.length)]);
        Request r = request(rnd, target, tokens, keystoneBody(rnd));
        if (rnd.nextBoolean()) {
            r.headers().put("X-Subject-Token", pick(rnd, tokens));
        }
        return r;
    }

    private String mutate(Random rnd, String path) {
        StringBuilder p = new StringBuilder(path);
        switch (rnd.nextInt(16)) {
            case 0 -> p.append('/').append(pick(rnd, ODD));
            case 1 -> p.append('/');
            case 2 -> p.insert(0, "/");
            case 3 -> p.append("/../").append(pick(rnd, ODD));
            default -> { }
        }
        int params = rnd.nextInt(3) == 0 ? rnd.nextInt(4) : 0;
        for (int i = 0; i < params; i++) {
            p.append(i == 0 ? '?' : '&').append(pick(rnd, QUERY_KEYS)).append('=').append(pick(rnd, QUERY_VALUES));
        }
        if (rnd.nextInt(20) == 0) {
            p.append('#').append(pick(rnd, ODD));
        }
        return p.toString();
    }

    private Request request(Random rnd, String target, List<String> tokens, byte[] body) {
        String method = pick(rnd, METHODS);
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (rnd.nextInt(8) != 0) {
            // mostly the cast's tokens, so that requests get past auth and change state
            headers.put("X-Auth-Token", rnd.nextInt(4) == 0 ? pick(rnd, tokens) : pick(rnd, tokens.subList(0, 4)));
        }
        if (rnd.nextInt(4) != 0) {
            headers.put("Content-Type", pick(rnd, CONTENT_TYPES));
        }
        if (rnd.nextInt(3) != 0) {
            headers.put("Accept", pick(rnd, ACCEPTS));
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            headers.put("X-Fuzz-" + rnd.nextInt(100), pick(rnd, WORDS).replaceAll("[\\x00-\\x1f\\x7f]", "?"));
        }
        if (rnd.nextInt(10) == 0) {
            headers.put("X-Openstack-Request-Id", pick(rnd, List.of("req-1", "", "x".repeat(500), "req-\u00e9")));
        }
        boolean chunked = rnd.nextInt(10) == 0;
        boolean framed = rnd.nextInt(25) != 0;
        byte[] sent = rnd.nextInt(6) == 0 ? new byte[0] : body;
        return new Request(method, target, headers, sent, chunked, framed);
    }

    private byte[] glanceBody(Random rnd) {
        return switch (rnd.nextInt(6)) {
            case 0 -> randomBytes(rnd);
            case 1 -> ("[" + patchOp(rnd) + (rnd.nextBoolean() ? ", " + patchOp(rnd) : "") + "]").getBytes(StandardCharsets.UTF_8);
            default -> json(rnd, 0).getBytes(StandardCharsets.UTF_8);
        };
    }

    private String patchOp(Random rnd) {
        return "{\"op\": " + quote(pick(rnd, WORDS)) + ", \"path\": " + quote(pick(rnd, WORDS))
                + (rnd.nextBoolean() ? ", \"value\": " + json(rnd, 1) : "") + "}";
    }

    private byte[] keystoneBody(Random rnd) {
        if (rnd.nextInt(4) == 0) {
            return json(rnd, 0).getBytes(StandardCharsets.UTF_8);
        }
        String user = "{\"name\": " + quote(pick(rnd, List.of("demo", "admin", "nope", ""))) + ", \"domain\": {\"name\": "
                + quote(pick(rnd, List.of("Default", "x"))) + "}, \"password\": " + json(rnd, 2) + "}";
        String scope = rnd.nextBoolean() ? "" : ", \"scope\": " + pick(rnd, List.of("\"unscoped\"", "{\"project\": "
                + "{\"name\": \"demo\", \"domain\": {\"id\": \"default\"}}}", "{\"domain\": {\"id\": " + json(rnd, 2)
                + "}}", "{\"system\": {\"all\": true}}", json(rnd, 1)));
        return ("{\"auth\": {\"identity\": {\"methods\": " + pick(rnd, List.of("[\"password\"]", "[\"token\"]",
                "[\"application_credential\"]", "[]", "\"password\"", "[1]")) + ", \"password\": {\"user\": " + user
                + "}, \"token\": {\"id\": " + json(rnd, 2) + "}}" + scope + "}}").getBytes(StandardCharsets.UTF_8);
    }

    private String json(Random rnd, int depth) {
        int kind = depth > 3 ? rnd.nextInt(5) : rnd.nextInt(8);
        return switch (kind) {
            case 0 -> quote(pick(rnd, WORDS));
            case 1 -> String.valueOf(rnd.nextInt(5) == 0 ? rnd.nextLong() : rnd.nextInt(200) - 100);
            case 2 -> pick(rnd, List.of("true", "false", "null", "1e400", "-0", "1.5", "99999999999999999999"));
            case 3 -> quote(pick(rnd, ODD));
            case 4 -> "{}";
            case 5 -> {
                List<String> items = new ArrayList<>();
                for (int i = rnd.nextInt(4); i > 0; i--) {
                    items.add(json(rnd, depth + 1));
                }
                yield "[" + String.join(", ", items) + "]";
            }
            default -> {
                List<String> fields = new ArrayList<>();
                for (int i = rnd.nextInt(4); i > 0; i--) {
                    fields.add(quote(pick(rnd, KEYS)) + ": " + json(rnd, depth + 1));
                }
                yield "{" + String.join(", ", fields) + "}";
            }
        };
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                q.append(String.format("\\u%04x", (int) c));
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }

    private static byte[] randomBytes(Random rnd) {
        byte[] b = new byte[rnd.nextInt(64)];
        rnd.nextBytes(b);
        return b;
    }

    /** The status (0 when the connection closed without a status line, -1 on a timeout) and the raw answer. */
    private record Answer(int status, String body) {}

    private static Answer send(int port, Request r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(r.method() + " " + r.target() + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n");
        r.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        byte[] body = r.body();
        if (r.chunked()) {
            head.append("Transfer-Encoding: chunked\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body.length > 0) {
                out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write((r.framed() ? "0\r\n\r\n" : "zz\r\n").getBytes(StandardCharsets.US_ASCII));
        } else {
            int declared = r.framed() ? body.length : body.length + 10;
            head.append("Content-Length: ").append(declared).append("\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
        }
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream o = s.getOutputStream();
            o.write(out.toByteArray());
            o.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            String answer = new String(in.readNBytes(2 * 1024 * 1024), StandardCharsets.UTF_8); // until the server closes
            if (!answer.startsWith("HTTP/1.1 ") || answer.length() < 12) {
                return new Answer(0, answer);
            }
            return new Answer(Integer.parseInt(answer.substring(9, 12)), answer);
        } catch (SocketTimeoutException e) {
            return new Answer(-1, "");
        } catch (IOException e) {
            return new Answer(0, ""); // reset: judged like a connection closed without an answer
        }
    }

    private void check(Request r, int status) {
        cases++;
        statuses.merge(status <= 0 ? (status == 0 ? "dropped" : "timeout") : String.valueOf(status), 1, Integer::sum);
        boolean ok;
        if (status == -1) {
            ok = false; // a hang
        } else if (status == 0) {
            // The JDK's HTTP layer answers 400 (a target that is no URI) or 404 (no path) and closes without
            // reading the body, so the client may see a reset instead; the fake itself never saw those.
            // A request that reached the fake must get an answer, unless its framing was broken on purpose.
            String id = r.headers().get("X-Fuzz-Case");
            boolean reachedTheFake = fake.journal().requests().stream()
                    .anyMatch(j -> j.header("X-Fuzz-Case").filter(id::equals).isPresent());
            ok = !r.framed() || !reachedTheFake;
            if (ok) {
                statuses.merge("refused by the HTTP layer", 1, Integer::sum);
            }
        } else if (status == 501) {
            ok = !IMPLEMENTED.contains(r.method());
        } else {
            ok = status >= 100 && status < 500;
        }
        if (!ok) {
            violations.add(status + " for " + r.describe());
        }
    }

    private void assertInvariants() {
        // The fuzz may have revoked the cast's tokens (DELETE /v3/auth/tokens): take new ones.
        admin = fake.issueToken("admin", "admin");
        alt = fake.issueToken("alt", "alt");
        demoToken = fake.issueToken("demo", "demo");
        Set<String> memberStatuses = Set.of("pending", "accepted", "rejected");
        List<ImageSnapshot> all = fake.images();
        for (ImageSnapshot image : all) {
            assertThat(image.visibility()).isIn("public", "community", "shared", "private");
            assertThat(image.status()).isIn("queued", "active", "deactivated");
            assertThat(image.tags()).hasSizeLessThanOrEqualTo(5).doesNotHaveDuplicates();
            assertThat(image.members()).hasSizeLessThanOrEqualTo(5);
            assertThat(image.members()).extracting(MemberSnapshot::memberId).doesNotHaveDuplicates();
            for (MemberSnapshot m : image.members()) {
                assertThat(m.imageId()).as("a member belongs to its image").isEqualTo(image.id());
                assertThat(m.status()).isIn(memberStatuses);
            }
            if (image.status().equals("active")) {
                assertThat(fake.imageData(image.id())).isPresent();
            }
            // What the API shows an admin agrees with the store, for images that have a member list.
            if (image.visibility().equals("shared")) {
                Wire.Reply members = get(admin, "/images/" + image.id() + "/members");
                assertThat(members.status()).isEqualTo(200);
                List<String> ids = new ArrayList<>();
                members.json().get("members").forEach(n -> ids.add(n.get("member_id").asText()));
                assertThat(ids).containsExactlyInAnyOrderElementsOf(
                        image.members().stream().map(MemberSnapshot::memberId).toList());
            }
        }
        JsonNode listed = get(admin, "/images?visibility=all&limit=1000&os_hidden=false").json().get("images");
        assertThat(listed).hasSize((int) all.stream().filter(i -> !i.hidden()).count());
        // and it still serves the SDK's sharing calls
        String image = create(alt, "{\"name\": \"after-fuzz\"}");
        assertThat(post(alt, "/images/" + image + "/members", "{\"member\": \"" + demo.demoProjectId() + "\"}").status())
                .isEqualTo(200);
        assertThat(put(demoToken, "/images/" + image + "/members/" + demo.demoProjectId(), "{\"status\": \"accepted\"}")
                .status()).isEqualTo(200);
    }
}
