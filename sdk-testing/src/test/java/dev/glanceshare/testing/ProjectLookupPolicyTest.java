package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may list and read projects: Keystone Zed's default policy as measured on a real Keystone 22
 * (docs/sharing-workflow.md, "Who can resolve a project name").
 */
class ProjectLookupPolicyTest {
    private static final String DOMAIN_SCOPE = "{\"domain\": {\"name\": \"Default\"}}";

    private FakeOpenStack fake;
    private DemoSeed demo;

    @BeforeEach
    void start() {
        fake = FakeOpenStack.builder().start();
        demo = fake.seed().demo();
        fake.seed().user("reader", "reader-secret").domainRole("reader").create();
        fake.seed().user("dmember", "dmember-secret").domainRole("member").create();
        fake.seed().user("preader", "preader-secret").role("alt", "reader").create();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private String token(String user, String scope) {
        Wire.Reply r = Wire.request("POST", fake.identityUrl() + "/auth/tokens")
                .jsonBody(KeystoneTest.passwordAuth(user, user + "-secret", scope)).send();
        assertThat(r.status()).as("token for " + user).isEqualTo(201);
        return r.header("X-Subject-Token").orElseThrow();
    }

    private Wire.Reply get(String token, String path) {
        return Wire.get(fake.identityUrl() + path).token(token).json().send();
    }

    @Test
    void aDomainScopedReaderListsAndReadsTheProjectsOfItsDomain() {
        for (String user : new String[] {"reader", "dmember"}) {
            String token = token(user, DOMAIN_SCOPE);

            Wire.Reply byName = get(token, "/projects?name=demo");
            assertThat(byName.status()).isEqualTo(200);
            assertThat(byName.json().get("projects").findValuesAsText("id")).containsExactly(demo.demoProjectId());
            assertThat(byName.json().at("/links/self").asText()).as("Keystone keeps the query")
                    .isEqualTo(fake.identityUrl() + "/projects?name=demo");
            assertThat(get(token, "/projects?name=demo&domain_id=default").json().get("projects")).hasSize(1);
            assertThat(get(token, "/projects?domain_id=elsewhere").json().get("projects")).as("not 403").isEmpty();
            assertThat(get(token, "/projects").json().get("projects").findValuesAsText("name"))
                    .contains("admin", "demo", "alt");
            assertThat(get(token, "/projects/" + demo.altProjectId()).status()).isEqualTo(200);
            assertThat(get(token, "/auth/projects").json().get("projects")).as("no project roles").isEmpty();
        }
    }

    @Test
    void theSameReaderUnscopedAndAProjectReaderAreRefused() {
        String unscoped = token("reader", null);
        String projectReader = token("preader", KeystoneTest.projectScope("alt"));
        String member = fake.issueToken("demo", "demo");
        for (String token : new String[] {unscoped, projectReader, member}) {
            Wire.Reply list = get(token, "/projects?name=demo&domain_id=default");
            assertThat(list.status()).isEqualTo(403);
            assertThat(list.json().at("/error/message").asText())
                    .isEqualTo("You are not authorized to perform the requested action: identity:list_projects.");
            assertThat(get(token, "/projects/" + demo.adminProjectId()).status()).isEqualTo(403);
        }
        assertThat(get(projectReader, "/auth/projects").json().get("projects").findValuesAsText("name"))
                .containsExactly("alt");
    }
}
