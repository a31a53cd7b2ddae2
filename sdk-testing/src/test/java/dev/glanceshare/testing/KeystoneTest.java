package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeystoneTest {
    private static final String UNAUTHORIZED =
            "{\"error\": {\"code\": 401, \"message\": \"The request you have made requires authentication.\","
                    + " \"title\": \"Unauthorized\"}}";

    private FakeClock clock;
    private FakeOpenStack fake;
    private DemoSeed demo;

    @BeforeEach
    void start() {
        clock = FakeClock.frozenAt(Instant.parse("2026-11-22T22:50:42.123456Z"));
        fake = FakeOpenStack.builder().clock(clock).start();
        demo = fake.seed().demo();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    static String passwordAuth(String user, String password, String scope) {
        return "{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": \""
                + user + "\", \"domain\": {\"name\": \"Default\"}, \"password\": \"" + password + "\"}}}"
                + (scope == null ? "" : ", \"scope\": " + scope) + "}}";
    }

    static String projectScope(String name) {
        return "{\"project\": {\"name\": \"" + name + "\", \"domain\": {\"name\": \"Default\"}}}";
    }

    private Wire.Reply issue(String body) {
        return Wire.request("POST", fake.identityUrl() + "/auth/tokens").jsonBody(body).send();
    }

    @Test
    void rootAnswers300WithLocationAndVersionValues() {
        Wire.Reply r = Wire.get(fake.identityUrl().replace("/v3", "/")).send();
        assertThat(r.status()).isEqualTo(300);
        assertThat(r.header("Location")).contains(fake.identityUrl() + "/");
        assertThat(r.body()).isEqualTo("{\"versions\": {\"values\": [{\"id\": \"v3.14\", \"status\": \"stable\","
                + " \"updated\": \"2020-04-07T00:00:00Z\", \"links\": [{\"rel\": \"self\", \"href\": \""
                + fake.identityUrl() + "/\"}], \"media-types\": [{\"base\": \"application/json\", \"type\":"
                + " \"application/vnd.openstack.identity-v3+json\"}]}]}}");
    }

    @Test
    void v3AnswersTheVersionWithAndWithoutTrailingSlash() {
        for (String url : new String[] {fake.identityUrl(), fake.identityUrl() + "/"}) {
            Wire.Reply r = Wire.get(url).send();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().at("/version/id").asText()).isEqualTo("v3.14");
            assertThat(r.header("x-openstack-request-id")).hasValueSatisfying(v -> assertThat(v).startsWith("req-"));
        }
    }

    @Test
    void passwordAuthByNameReturns201WithFernetLikeTokenAndCatalog() {
        Wire.Reply r = issue(passwordAuth("demo", "demo-secret", projectScope("demo")));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("X-Subject-Token")).hasValueSatisfying(t -> assertThat(t).startsWith("gAAAAAB").hasSize(183));
        assertThat(r.header("Vary")).contains("X-Auth-Token");
        JsonNode token = r.json().get("token");
        assertThat(token.get("methods").toString()).isEqualTo("[\"password\"]");
        assertThat(token.at("/user/name").asText()).isEqualTo("demo");
        assertThat(token.at("/user/domain/id").asText()).isEqualTo("default");
        assertThat(token.at("/project/id").asText()).isEqualTo(demo.demoProjectId());
        assertThat(token.get("is_domain").asBoolean()).isFalse();
        assertThat(token.get("issued_at").asText()).isEqualTo("2026-11-22T22:50:42.000000Z");
        assertThat(token.get("expires_at").asText()).isEqualTo("2026-11-22T23:50:42.000000Z");
        assertThat(token.get("roles").findValuesAsText("name")).containsExactly("member", "reader");
        JsonNode catalog = token.get("catalog");
        assertThat(catalog.findValuesAsText("type")).containsExactly("identity", "image");
        JsonNode image = catalog.get(1).get("endpoints");
        assertThat(image.findValuesAsText("interface")).containsExactly("public", "internal", "admin");
        assertThat(image.findValuesAsText("url")).containsOnly(fake.imageUrl());
        assertThat(image.findValuesAsText("region")).containsOnly("RegionOne");
        assertThat(catalog.get(0).at("/endpoints/0/url").asText()).isEqualTo(fake.identityUrl());
    }

    @Test
    void adminTokenCarriesImpliedMemberAndReaderRoles() {
        Wire.Reply r = issue(passwordAuth("admin", "admin-secret", projectScope("admin")));
        assertThat(r.json().at("/token/roles").findValuesAsText("name")).containsExactly("admin", "member", "reader");
    }

    @Test
    void passwordAuthByIdsWorks() {
        String body = "{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"id\": \""
                + demo.demoUserId() + "\", \"password\": \"demo-secret\"}}}, \"scope\": {\"project\": {\"id\": \""
                + demo.demoProjectId() + "\"}}}}";
        assertThat(issue(body).status()).isEqualTo(201);
    }

    @Test
    void nocatalogLeavesTheCatalogOut() {
        Wire.Reply r = Wire.request("POST", fake.identityUrl() + "/auth/tokens?nocatalog")
                .jsonBody(passwordAuth("demo", "demo-secret", projectScope("demo"))).send();
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("token").has("catalog")).isFalse();
        assertThat(r.json().get("token").has("project")).isTrue();
    }

    @Test
    void unscopedRequestOfUserWithDefaultProjectComesBackProjectScoped() {
        Wire.Reply r = issue(passwordAuth("demo", "demo-secret", null));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().at("/token/project/name").asText()).isEqualTo("demo");
    }

    @Test
    void userWithoutDefaultProjectGetsAnUnscopedTokenWithoutCatalog() {
        fake.seed().user("loner", "pw").create();
        Wire.Reply r = issue(passwordAuth("loner", "pw", null));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("token").has("project")).isFalse();
        assertThat(r.json().get("token").has("catalog")).isFalse();
        assertThat(r.json().get("token").has("roles")).isFalse();
    }

    @Test
    void badPasswordUnknownUserAndUnassignedProjectAllGiveTheSame401() {
        String[] bodies = {passwordAuth("demo", "wrong", projectScope("demo")),
            passwordAuth("nobody", "x", projectScope("demo")), passwordAuth("demo", "demo-secret", projectScope("alt"))};
        for (String body : bodies) {
            Wire.Reply r = issue(body);
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.body()).isEqualTo(UNAUTHORIZED);
            assertThat(r.header("WWW-Authenticate")).contains("Keystone uri=\"" + fake.identityUrl() + "\"");
        }
    }

    @Test
    void malformedBodiesGive400() {
        Wire.Reply missingIdentity = issue("{\"auth\": {}}");
        assertThat(missingIdentity.status()).isEqualTo(400);
        assertThat(missingIdentity.json().at("/error/message").asText()).startsWith("'identity' is a required property");
        Wire.Reply notJson = issue("{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().at("/error/title").asText()).isEqualTo("Bad Request");
        assertThat(issue("[1, 2]").status()).isEqualTo(400);
    }

    @Test
    void applicationCredentialByIdAndByNameIssueProjectScopedTokens() {
        String id = fake.seed().applicationCredential("demo", "demo").name("ci").secret("s3cret").create();
        Wire.Reply byId = issue("{\"auth\": {\"identity\": {\"methods\": [\"application_credential\"],"
                + " \"application_credential\": {\"id\": \"" + id + "\", \"secret\": \"s3cret\"}}}}");
        assertThat(byId.status()).isEqualTo(201);
        assertThat(byId.json().at("/token/project/id").asText()).isEqualTo(demo.demoProjectId());
        assertThat(byId.json().at("/token/application_credential/id").asText()).isEqualTo(id);
        Wire.Reply byName = issue("{\"auth\": {\"identity\": {\"methods\": [\"application_credential\"],"
                + " \"application_credential\": {\"name\": \"ci\", \"user\": {\"name\": \"demo\", \"domain\":"
                + " {\"id\": \"default\"}}, \"secret\": \"s3cret\"}}}}");
        assertThat(byName.status()).isEqualTo(201);
        Wire.Reply wrong = issue("{\"auth\": {\"identity\": {\"methods\": [\"application_credential\"],"
                + " \"application_credential\": {\"id\": \"" + id + "\", \"secret\": \"nope\"}}}}");
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void tokenMethodRescopesButKeepsTheOriginalExpiry() {
        String first = issue(passwordAuth("admin", "admin-secret", projectScope("admin"))).header("X-Subject-Token").orElseThrow();
        fake.seed().project("extra");
        fake.seed().user("x", "y").create();
        clock.advance(Duration.ofMinutes(10));
        Wire.Reply r = issue("{\"auth\": {\"identity\": {\"methods\": [\"token\"], \"token\": {\"id\": \"" + first
                + "\"}}, \"scope\": {\"project\": {\"id\": \"" + demo.adminProjectId() + "\"}}}}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().at("/token/expires_at").asText()).isEqualTo("2026-11-22T23:50:42.000000Z");
        assertThat(r.json().at("/token/methods").toString()).contains("token").contains("password");
        assertThat(r.json().at("/token/audit_ids")).hasSize(2);
    }

    @Test
    void domainScopeNeedsADomainRole() {
        String domainScope = "{\"domain\": {\"name\": \"Default\"}}";
        assertThat(issue(passwordAuth("demo", "demo-secret", domainScope)).status()).isEqualTo(401);
        fake.seed().user("dadmin", "pw").domainRole("admin").create();
        Wire.Reply r = issue(passwordAuth("dadmin", "pw", domainScope));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().at("/token/domain/id").asText()).isEqualTo("default");
    }

    @Test
    void validatingAnotherUsersTokenIsAdminOnly() {
        String demoToken = fake.issueToken("demo", "demo");
        String altToken = fake.issueToken("alt", "alt");
        String adminToken = fake.issueToken("admin", "admin");
        Wire.Reply asAlt = Wire.get(fake.identityUrl() + "/auth/tokens").token(altToken)
                .header("X-Subject-Token", demoToken).send();
        assertThat(asAlt.status()).isEqualTo(403);
        assertThat(asAlt.body()).isEqualTo("{\"error\": {\"code\": 403, \"message\": \"You are not authorized to"
                + " perform the requested action: identity:validate_token.\", \"title\": \"Forbidden\"}}");
        Wire.Reply asAdmin = Wire.get(fake.identityUrl() + "/auth/tokens").token(adminToken)
                .header("X-Subject-Token", demoToken).send();
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.header("X-Subject-Token")).contains(demoToken);
        assertThat(asAdmin.json().at("/token/user/name").asText()).isEqualTo("demo");
    }

    @Test
    void validatingARevokedTokenIs404EvenForANonAdmin() {
        String demoToken = fake.issueToken("demo", "demo");
        fake.revokeToken(demoToken);
        Wire.Reply r = Wire.get(fake.identityUrl() + "/auth/tokens").token(fake.issueToken("alt", "alt"))
                .header("X-Subject-Token", demoToken).send();
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).isEqualTo("{\"error\": {\"code\": 404, \"message\": \"Failed to validate token\","
                + " \"title\": \"Not Found\"}}");
    }

    @Test
    void deletingATokenRevokesIt() {
        String demoToken = fake.issueToken("demo", "demo");
        Wire.Reply r = Wire.request("DELETE", fake.identityUrl() + "/auth/tokens").token(demoToken)
                .header("X-Subject-Token", demoToken).send();
        assertThat(r.status()).isEqualTo(204);
        assertThat(Wire.get(fake.identityUrl() + "/auth/projects").token(demoToken).send().status()).isEqualTo(401);
    }

    @Test
    void expiredTokensAreRefusedOnceTheClockPassesExpiry() {
        String token = fake.issueToken("demo", "demo");
        clock.advance(Duration.ofMinutes(59));
        assertThat(Wire.get(fake.identityUrl() + "/auth/projects").token(token).send().status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        Wire.Reply r = Wire.get(fake.identityUrl() + "/auth/projects").token(token).send();
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body()).isEqualTo(UNAUTHORIZED);
    }

    @Test
    void listingProjectsIsAdminOnlyForProjectScopedTokens() {
        Wire.Reply asDemo = Wire.get(fake.identityUrl() + "/projects?name=demo").token(fake.issueToken("demo", "demo")).send();
        assertThat(asDemo.status()).isEqualTo(403);
        assertThat(asDemo.json().at("/error/message").asText())
                .isEqualTo("You are not authorized to perform the requested action: identity:list_projects.");
        Wire.Reply asAdmin = Wire.get(fake.identityUrl() + "/projects?name=demo").token(fake.issueToken("admin", "admin")).send();
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.json().get("projects").findValuesAsText("id")).containsExactly(demo.demoProjectId());
        Wire.Reply all = Wire.get(fake.identityUrl() + "/projects").token(fake.issueToken("admin", "admin")).send();
        assertThat(all.json().get("projects").findValuesAsText("name")).containsExactly("admin", "demo", "alt", "other");
    }

    @Test
    void gettingAProjectIsAllowedForItsOwnScopeOrAdmin() {
        String altToken = fake.issueToken("alt", "alt");
        assertThat(Wire.get(fake.identityUrl() + "/projects/" + demo.demoProjectId()).token(altToken).send().status())
                .isEqualTo(403);
        Wire.Reply own = Wire.get(fake.identityUrl() + "/projects/" + demo.altProjectId()).token(altToken).send();
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().at("/project/name").asText()).isEqualTo("alt");
        Wire.Reply missing = Wire.get(fake.identityUrl() + "/projects/nope").token(fake.issueToken("admin", "admin")).send();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().at("/error/message").asText()).isEqualTo("Could not find project: nope.");
    }

    @Test
    void authProjectsListsTheCallersProjects() {
        Wire.Reply r = Wire.get(fake.identityUrl() + "/auth/projects").token(fake.issueToken("demo", "demo")).send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("projects").findValuesAsText("name")).containsExactly("demo");
    }

    @Test
    void revokedOrGarbageTokensGet401OnKeystoneApis() {
        Wire.Reply r = Wire.get(fake.identityUrl() + "/projects").token("garbage").send();
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body()).isEqualTo(UNAUTHORIZED);
    }

    @Test
    void unroutedPathGetsFlasksHtml404() {
        Wire.Reply r = Wire.get(fake.identityUrl() + "/nope").json().send();
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(r.body()).contains("<title>404 Not Found</title>");
    }

    @Test
    void tokensIssuedAreCounted() {
        long before = fake.tokensIssued();
        issue(passwordAuth("demo", "demo-secret", null));
        issue(passwordAuth("demo", "bad", null));
        assertThat(fake.tokensIssued()).isEqualTo(before + 1);
    }

    @Test
    void checkingAnOwnTokenWithHeadAnswers200WithoutBody() {
        String token = fake.issueToken("demo", "demo");
        Wire.Reply r = Wire.request("HEAD", fake.identityUrl() + "/auth/tokens").token(token)
                .header("X-Subject-Token", token).send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.bytes()).isEmpty();
        assertThat(r.header("X-Subject-Token")).contains(token);
    }

    @Test
    void authCatalogListsIdentityAndImage() {
        Wire.Reply r = Wire.get(fake.identityUrl() + "/auth/catalog").token(fake.issueToken("alt", "alt")).send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("catalog").findValuesAsText("name")).containsExactly("keystone", "glance");
    }

    @Test
    void wrongMethodOnAKnownRouteIs405() {
        Wire.Reply r = Wire.request("PUT", fake.identityUrl() + "/auth/tokens").send();
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).hasValueSatisfying(a -> assertThat(a).contains("POST"));
    }

    @Test
    void bodiesOverKeystonesSizeLimitGet413() {
        Wire.Reply r = Wire.request("POST", fake.identityUrl() + "/auth/tokens").json()
                .jsonBody("{\"auth\": \"" + "x".repeat(120_000) + "\"}").send();
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("message").asText())
                .startsWith("Request is too large. Larger than max_request_body_size (114688).");
    }
}
