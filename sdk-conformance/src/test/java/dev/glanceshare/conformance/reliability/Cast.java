package dev.glanceshare.conformance.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glanceshare.conformance.RealCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The projects the workload shares with and the member user who accepts in each of them, created in the
 * real Keystone as admin when missing (idempotent: a second run reads them). Seeded with the JDK's own
 * HTTP client, so that nothing here is counted as the SDK's traffic.
 */
final class Cast {
    static final String PROJECT_PREFIX = "glanceshare-rel-";
    static final String MEMBER_USER = "glanceshare-rel-member";
    static final String MEMBER_PASSWORD = MEMBER_USER + "-secret";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> projectIds;

    private Cast(List<String> projectIds) {
        this.projectIds = List.copyOf(projectIds);
    }

    /** @return the projects' IDs, in name order */
    List<String> projectIds() {
        return projectIds;
    }

    /**
     * @param credentials the real services' credentials
     * @param projects how many projects
     * @return the cast, created where missing
     */
    static Cast ensure(RealCredentials credentials, int projects) throws IOException, InterruptedException {
        Keystone ks = new Keystone(URI.create(credentials.get("REAL_AUTH_URL").replaceAll("/+$", "")));
        ks.token = ks.issueToken(credentials.get("REAL_ADMIN_USERNAME"), credentials.get("REAL_ADMIN_PASSWORD"),
                credentials.get("REAL_ADMIN_PROJECT_NAME"));
        String role = ks.call("GET", "/roles?name=member", null).path("roles").path(0).path("id").asText();
        Map<String, String> byName = new TreeMap<>();
        for (JsonNode p : ks.call("GET", "/projects?domain_id=default", null).path("projects")) {
            if (p.path("name").asText().startsWith(PROJECT_PREFIX)) {
                byName.put(p.path("name").asText(), p.path("id").asText());
            }
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < projects; i++) {
            String name = String.format("%s%02d", PROJECT_PREFIX, i);
            String id = byName.get(name);
            if (id == null) {
                id = ks.call("POST", "/projects", "{\"project\":{\"name\":\"" + name
                        + "\",\"domain_id\":\"default\",\"description\":\"glanceshare reliability\"}}")
                        .path("project").path("id").asText();
            }
            ids.add(id);
        }
        JsonNode users = ks.call("GET", "/users?domain_id=default&name=" + MEMBER_USER, null).path("users");
        String user = users.size() > 0 ? users.path(0).path("id").asText()
                : ks.call("POST", "/users", "{\"user\":{\"name\":\"" + MEMBER_USER + "\",\"domain_id\":\"default\","
                        + "\"password\":\"" + MEMBER_PASSWORD + "\",\"enabled\":true}}").path("user").path("id").asText();
        Set<String> assigned = new HashSet<>();
        for (JsonNode a : ks.call("GET", "/role_assignments?user.id=" + user, null).path("role_assignments")) {
            assigned.add(a.path("scope").path("project").path("id").asText());
        }
        for (String id : ids) {
            if (!assigned.contains(id)) {
                ks.call("PUT", "/projects/" + id + "/users/" + user + "/roles/" + role, null);
            }
        }
        return new Cast(ids);
    }

    /** Keystone's admin API through the JDK's client, 127.0.0.1 only. */
    private static final class Keystone {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .proxy(HttpClient.Builder.NO_PROXY).build();
        private final URI base;
        private String token;

        Keystone(URI base) {
            if (!"127.0.0.1".equals(base.getHost())) {
                throw new IllegalStateException("the reliability harness talks to 127.0.0.1 only, not " + base);
            }
            this.base = base;
        }

        String issueToken(String user, String password, String project) throws IOException, InterruptedException {
            String body = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\""
                    + user + "\",\"domain\":{\"id\":\"default\"},\"password\":\"" + password + "\"}}},"
                    + "\"scope\":{\"project\":{\"name\":\"" + project + "\",\"domain\":{\"id\":\"default\"}}}}}";
            HttpResponse<String> r = send("POST", "/auth/tokens", body);
            return r.headers().firstValue("X-Subject-Token")
                    .orElseThrow(() -> new IllegalStateException("Keystone issued no token: " + r.statusCode()));
        }

        JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
            HttpResponse<String> r = send(method, path, body);
            return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
        }

        private HttpResponse<String> send(String method, String path, String body)
                throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            if (token != null) {
                b.header("X-Auth-Token", token);
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException("Keystone " + method + " " + path + " -> " + r.statusCode());
            }
            return r;
        }
    }
}
