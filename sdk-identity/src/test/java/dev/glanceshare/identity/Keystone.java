package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test fixtures: the Keystone answers measured on a real Zed Keystone (glance-zed-behaviour.md, 3.4), and
 * the secrets every test uses, so RedactionTest can look for them anywhere.
 */
final class Keystone {
    static final String PASSWORD = "demo-secret-P4ssw0rd!";
    static final String APP_SECRET = "AppCredSecret-9xQ2-never-log-me";
    /** A fernet token as Keystone issues them (183 characters). */
    static final String TOKEN = fernet('A');
    static final String TOKEN_2 = fernet('B');
    static final String FIXED_TOKEN = fernet('F');

    static final String USER_ID = "9cef5eac44a94e2cb1d1a3a9c7d8e633";
    static final String PROJECT_ID = "ec83cb1fb6a14f7b9c3e0e7f3c6b6aaa";
    static final String ALT_PROJECT_ID = "4d9a7e1c2b3f4a5e8d7c6b5a49382716";
    static final String REQUEST_ID = "req-6c2b3d2e-1f4a-4b8c-9d0e-7a6b5c4d3e2f";

    static final Instant ISSUED = Instant.parse("2026-11-22T22:50:42Z");
    static final Instant EXPIRES = Instant.parse("2026-11-22T23:50:42Z");

    private Keystone() {}

    private static String fernet(char c) {
        StringBuilder s = new StringBuilder("gAAAAABn");
        while (s.length() < 183) {
            s.append(c).append("x9_-Qz");
        }
        return s.substring(0, 183);
    }

    /** The token body of a project-scoped password token, with the image service at {@code imageUrl}. */
    static String projectTokenBody(String keystoneUrl, String imageUrl) {
        return projectTokenBodyWithCatalog(service("identity", "keystone", keystoneUrl + "/v3", "RegionOne") + ", "
                + service("image", "glance", imageUrl, "RegionOne"));
    }

    /** A project-scoped token body whose catalog holds the given services (JSON objects, comma-separated). */
    static String projectTokenBodyWithCatalog(String services) {
        return "{\"token\": {\"methods\": [\"password\"],"
                + " \"user\": {\"domain\": {\"id\": \"default\", \"name\": \"Default\"}, \"id\": \"" + USER_ID + "\","
                + " \"name\": \"demo\", \"password_expires_at\": null},"
                + " \"audit_ids\": [\"3T2dc1CGQxyJsHdDu1xkcw\"], \"expires_at\": \"2026-11-22T23:50:42.000000Z\","
                + " \"issued_at\": \"2026-11-22T22:50:42.000000Z\","
                + " \"project\": {\"domain\": {\"id\": \"default\", \"name\": \"Default\"}, \"id\": \"" + PROJECT_ID + "\","
                + " \"name\": \"demo\"}, \"is_domain\": false,"
                + " \"roles\": [{\"id\": \"5f0b3c1a0c9f4e0b8d0e4c2a1b3d5e7f\", \"name\": \"member\"},"
                + " {\"id\": \"8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d\", \"name\": \"reader\"}],"
                + " \"catalog\": [" + services + "]}}";
    }

    /** An unscoped token: no project, no roles, no catalog. */
    static String unscopedTokenBody() {
        return "{\"token\": {\"methods\": [\"password\"], \"user\": {\"domain\": {\"id\": \"default\", \"name\": \"Default\"},"
                + " \"id\": \"" + USER_ID + "\", \"name\": \"demo\", \"password_expires_at\": null},"
                + " \"audit_ids\": [\"x\"], \"expires_at\": \"2026-11-22T23:50:42.000000Z\","
                + " \"issued_at\": \"2026-11-22T22:50:42.000000Z\"}}";
    }

    /** A domain-scoped token. */
    static String domainTokenBody() {
        return "{\"token\": {\"methods\": [\"password\"], \"user\": {\"domain\": {\"id\": \"default\", \"name\": \"Default\"},"
                + " \"id\": \"" + USER_ID + "\", \"name\": \"admin\"}, \"expires_at\": \"2026-11-22T23:50:42.000000Z\","
                + " \"issued_at\": \"2026-11-22T22:50:42.000000Z\", \"domain\": {\"id\": \"default\", \"name\": \"Default\"},"
                + " \"roles\": [{\"id\": \"1\", \"name\": \"admin\"}], \"catalog\": []}}";
    }

    static String service(String type, String name, String url, String region) {
        StringBuilder s = new StringBuilder("{\"type\": \"" + type + "\", \"name\": \"" + name
                + "\", \"id\": \"" + type + "-service-id\", \"endpoints\": [");
        String[] interfaces = {"public", "internal", "admin"};
        for (int i = 0; i < interfaces.length; i++) {
            s.append(i == 0 ? "" : ", ").append("{\"id\": \"").append(type).append('-').append(interfaces[i])
                    .append("\", \"interface\": \"").append(interfaces[i]).append("\", \"region_id\": \"").append(region)
                    .append("\", \"url\": \"").append(url).append("\", \"region\": \"").append(region).append("\"}");
        }
        return s.append("]}").toString();
    }

    /** 201 with the token, as Keystone answers {@code POST /v3/auth/tokens}. */
    static ResponseDefinitionBuilder issued(String token, String body) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withHeader("X-Subject-Token", token).withHeader("Vary", "X-Auth-Token")
                .withHeader("x-openstack-request-id", REQUEST_ID).withBody(body);
    }

    /** Keystone's 401 for a bad password, unknown user or unassigned project. */
    static ResponseDefinitionBuilder unauthorized() {
        return aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withHeader("WWW-Authenticate", "Keystone uri=\"http://127.0.0.1:5000/v3\"")
                .withHeader("x-openstack-request-id", REQUEST_ID)
                .withBody("{\"error\": {\"code\": 401, \"message\": \"The request you have made requires authentication.\","
                        + " \"title\": \"Unauthorized\"}}");
    }

    /** Keystone's 403 for a policy refusal. */
    static ResponseDefinitionBuilder forbidden(String action) {
        return aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withHeader("x-openstack-request-id", REQUEST_ID)
                .withBody("{\"error\": {\"code\": 403, \"message\": \"You are not authorized to perform the requested "
                        + "action: " + action + ".\", \"title\": \"Forbidden\"}}");
    }

    /** Stubs a successful password auth returning {@link #TOKEN} and a project-scoped body. */
    static void stubIssue(WireMockExtension wm) {
        wm.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(issued(TOKEN, projectTokenBody(wm.baseUrl(),
                wm.baseUrl() + "/image"))));
    }

    /** A session for the WireMock Keystone with password credentials by name, scoped to project demo. */
    static KeystoneSession.Builder session(WireMockExtension wm) {
        return KeystoneSession.builder().authUrl(wm.baseUrl() + "/v3").credentials(password())
                .scope(Scope.projectName("demo", "Default")).clock(new TestClock(ISSUED));
    }

    static PasswordCredentials password() {
        return Credentials.password().userName("demo").userDomainName("Default").password(PASSWORD).build();
    }

    /** A clock tests move by hand. */
    static final class TestClock extends Clock {
        private final AtomicReference<Instant> now;

        TestClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void set(Instant value) {
            now.set(value);
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
