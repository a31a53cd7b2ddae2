package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.core.exception.ResourceNotFoundException;
import dev.glanceshare.core.http.ApacheHttpTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Project directories: a lookup credential, a static map, and the cache of resolved names. */
class ProjectDirectoryTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String DEMO_ID = Keystone.PROJECT_ID;
    private static final String ALT_ID = Keystone.ALT_PROJECT_ID;
    private static final String LOOKUP_TOKEN = Keystone.TOKEN_2;

    @BeforeEach
    void keystone() {
        Keystone.stubIssue(wm);
    }

    private static ResponseDefinitionBuilder projects(String id, String name) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"links\": {\"next\": null}, \"projects\": [{\"id\": \"" + id + "\", \"name\": \"" + name
                        + "\", \"domain_id\": \"default\"}]}");
    }

    private static Credentials lookupUser() {
        return Credentials.password().userName("project-lookup").userDomainName("Default").password("lookup-Pw-77")
                .build();
    }

    /** The lookup user's password auth answers with a domain-scoped token of its own. */
    private static void stubLookupAuth() {
        wm.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).withRequestBody(containing("project-lookup"))
                .willReturn(Keystone.issued(LOOKUP_TOKEN, Keystone.domainTokenBody())));
    }

    private static long requests(String method, String url) {
        return wm.getAllServeEvents().stream().filter(e -> e.getRequest().getMethod().getName().equals(method)
                && e.getRequest().getUrl().equals(url)).count();
    }

    @Test
    void aLookupCredentialResolvesNamesWithItsOwnTokenAndTheCallerNeverAsks() {
        stubLookupAuth();
        wm.stubFor(get(urlEqualTo("/v3/projects?name=demo")).withHeader("X-Auth-Token", equalTo(LOOKUP_TOKEN))
                .willReturn(projects(DEMO_ID, "demo")));
        try (KeystoneSession owner = Keystone.session(wm).projectLookup(lookupUser(), Scope.domainName("Default"))
                .build()) {
            assertThat(owner.resolveProjectId("demo")).isEqualTo(DEMO_ID);
            assertThat(owner.toString()).contains("Keystone through a lookup session", "project-lookup",
                    "domain 'Default'").doesNotContain("lookup-Pw-77");
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")).withRequestBody(containing("project-lookup"))
                .withRequestBody(containing("\"domain\"")));
        wm.verify(1, getRequestedFor(urlEqualTo("/v3/projects?name=demo")).withHeader("X-Auth-Token",
                equalTo(LOOKUP_TOKEN)));
        assertThat(requests("GET", "/v3/auth/projects")).as("no fallback to the caller's own projects").isZero();
    }

    @Test
    void aRefusedLookupCredentialSaysWhatItNeeds() {
        stubLookupAuth();
        wm.stubFor(get(urlEqualTo("/v3/projects?name=demo")).willReturn(Keystone.forbidden("identity:list_projects")));
        try (KeystoneSession owner = Keystone.session(wm).projectLookup(lookupUser(), null).build()) {
            assertThatThrownBy(() -> owner.resolveProjectId("demo"))
                    .isInstanceOfSatisfying(ProjectLookupRefusedException.class, e -> {
                        assertThat(e.tried()).singleElement().asString().startsWith("GET /v3/projects?name=demo as the "
                                + "lookup credential (TokenInfo[user admin").endsWith(": refused (403)");
                        assertThat(e.advice()).contains("reader role", "Scope.domainName");
                    })
                    .hasMessageNotContaining(LOOKUP_TOKEN).hasMessageNotContaining("lookup-Pw-77");
        }
        assertThat(requests("GET", "/v3/auth/projects")).isZero();
    }

    @Test
    void aDomainLookupThatFindsNothingIsNotFoundAndSaysItSeesOneDomain() {
        stubLookupAuth();
        wm.stubFor(get(urlEqualTo("/v3/projects?name=elsewhere")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"links\": {}, \"projects\": []}")));
        try (KeystoneSession owner = Keystone.session(wm).projectLookup(lookupUser(), Scope.domainId("default")).build()) {
            assertThatThrownBy(() -> owner.resolveProjectId("elsewhere")).isExactlyInstanceOf(ResourceNotFoundException.class)
                    .hasMessageContaining("its own domain only");
        }
    }

    @Test
    void closingTheSessionClosesTheLookupSessionButNotABorrowedTransport() {
        stubLookupAuth();
        wm.stubFor(get(urlEqualTo("/v3/projects?name=demo")).willReturn(projects(DEMO_ID, "demo")));
        try (ApacheHttpTransport transport = ApacheHttpTransport.create()) {
            KeystoneSession owner = Keystone.session(wm).transport(transport)
                    .projectLookup(lookupUser(), Scope.domainName("Default")).build();
            owner.resolveProjectId("demo");
            owner.close();

            assertThatThrownBy(() -> owner.resolveProjectId("other")).isInstanceOf(IllegalStateException.class);
            try (KeystoneSession again = Keystone.session(wm).transport(transport).build()) {
                assertThat(again.token().value()).as("the borrowed transport still works").isEqualTo(Keystone.TOKEN);
            }
        }
    }

    @Test
    void aStaticDirectoryAnswersWithoutAnyRequest() {
        try (KeystoneSession owner = Keystone.session(wm)
                .projectDirectory(ProjectDirectory.of(Map.of("demo", DEMO_ID, " R&D team ", ALT_ID))).build()) {
            assertThat(owner.resolveProjectId("demo")).isEqualTo(DEMO_ID);
            assertThat(owner.resolveProjectId("R&D team")).isEqualTo(ALT_ID);
            assertThatThrownBy(() -> owner.resolveProjectId("nobody")).isExactlyInstanceOf(ResourceNotFoundException.class)
                    .hasMessageContaining("is in the project directory (given in code, 2 name(s)); no Keystone request");
        }
        assertThat(wm.getAllServeEvents()).as("requests").isEmpty();
    }

    @Test
    void aStaticDirectoryRefusesValuesThatAreNotIds() {
        assertThatThrownBy(() -> ProjectDirectory.of(Map.of("demo", "demo"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the ID of 'demo' is not a Keystone project ID");
        assertThatThrownBy(() -> ProjectDirectory.of(Map.of(" ", DEMO_ID))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDirectoryFileIsYamlOrJson(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("projects.yaml"), "# our tenants\ndemo: " + DEMO_ID
                + "\n\"R&D: team\": " + ALT_ID + "\n");
        Path json = Files.writeString(dir.resolve("projects.json"), "{\"demo\": \"" + DEMO_ID + "\"}");

        assertThat(ProjectDirectory.fromFile(yaml).projectId("R&D: team")).isEqualTo(ALT_ID);
        assertThat(ProjectDirectory.fromFile(json).projectId("demo")).isEqualTo(DEMO_ID);
        assertThat(ProjectDirectory.fromFile(yaml).toString()).contains("projects.yaml", "2 name(s)");
    }

    @Test
    void aBadDirectoryFileFailsNamingTheFileAndTheProblem(@TempDir Path dir) throws Exception {
        Path twice = Files.writeString(dir.resolve("twice.yaml"), "demo: " + DEMO_ID + "\ndemo: " + ALT_ID + "\n");
        Path list = Files.writeString(dir.resolve("list.yaml"), "- demo\n- alt\n");
        Path nested = Files.writeString(dir.resolve("nested.yaml"), "demo: {id: " + DEMO_ID + "}\n");
        Path name = Files.writeString(dir.resolve("name.yaml"), "demo: demo\n");

        assertThatThrownBy(() -> ProjectDirectory.fromFile(twice)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("twice.yaml").hasMessageContaining("demo");
        assertThatThrownBy(() -> ProjectDirectory.fromFile(list)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("must map project names to IDs");
        assertThatThrownBy(() -> ProjectDirectory.fromFile(nested)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("the ID of 'demo' is not a Keystone project ID");
        assertThatThrownBy(() -> ProjectDirectory.fromFile(name)).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> ProjectDirectory.fromFile(dir.resolve("missing.yaml")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("missing.yaml");
    }

    @Test
    void aResolvedNameIsKeptSoItCostsOneLookupUntilItExpires() {
        wm.stubFor(get(urlEqualTo("/v3/projects?name=demo")).willReturn(projects(DEMO_ID, "demo")));
        Keystone.TestClock clock = new Keystone.TestClock(Keystone.ISSUED);
        try (KeystoneSession admin = Keystone.session(wm).clock(clock).projectNameCache(Duration.ofMinutes(5), 10)
                .build()) {
            for (int i = 0; i < 3; i++) {
                assertThat(admin.resolveProjectId("demo")).isEqualTo(DEMO_ID);
            }
            assertThat(requests("GET", "/v3/projects?name=demo")).isEqualTo(1);

            clock.set(Keystone.ISSUED.plus(Duration.ofMinutes(5)));
            admin.resolveProjectId("demo");
            assertThat(requests("GET", "/v3/projects?name=demo")).as("after the expiry").isEqualTo(2);
        }
    }

    @Test
    void theCacheKeepsAtMostItsSizeAndCanBeTurnedOff() {
        wm.stubFor(get(urlEqualTo("/v3/projects?name=demo")).willReturn(projects(DEMO_ID, "demo")));
        wm.stubFor(get(urlEqualTo("/v3/projects?name=alt")).willReturn(projects(ALT_ID, "alt")));
        try (KeystoneSession one = Keystone.session(wm).projectNameCache(Duration.ofHours(1), 1).build()) {
            one.resolveProjectId("demo");
            one.resolveProjectId("alt"); // pushes demo out
            one.resolveProjectId("demo");
            assertThat(requests("GET", "/v3/projects?name=demo")).isEqualTo(2);
        }
        try (KeystoneSession off = Keystone.session(wm).projectNameCache(Duration.ZERO, 1000).build()) {
            off.resolveProjectId("alt");
            off.resolveProjectId("alt");
            assertThat(requests("GET", "/v3/projects?name=alt")).isEqualTo(3);
        }
    }

    @Test
    void refusalsAreNeverKept() {
        wm.stubFor(get(urlEqualTo("/v3/projects?name=demo")).willReturn(Keystone.forbidden("identity:list_projects")));
        wm.stubFor(get(urlEqualTo("/v3/auth/projects")).willReturn(projects(ALT_ID, "alt")));
        try (KeystoneSession member = Keystone.session(wm).build()) {
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> member.resolveProjectId("demo")).isInstanceOf(ForbiddenException.class);
            }
        }
        assertThat(requests("GET", "/v3/projects?name=demo")).isEqualTo(2);
    }

    @Test
    void contradictoryOrImpossibleSettingsFailAtBuild() {
        KeystoneSession.Builder both = Keystone.session(wm).projectDirectory(ProjectDirectory.of(Map.of()))
                .projectLookup(lookupUser(), Scope.domainName("Default"));
        assertThatThrownBy(both::build).isInstanceOf(ConfigurationException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> Keystone.session(wm).projectNameCache(Duration.ofSeconds(-1), 5).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("projectNameCache");
        Credentials appCred = Credentials.applicationCredential().id("21dced0fd20347869b93710d2b98aae0")
                .secret(Keystone.APP_SECRET).build();
        assertThatThrownBy(() -> Keystone.session(wm).projectLookup(appCred, Scope.domainName("Default")).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("takes no scope")
                .hasMessageNotContaining(Keystone.APP_SECRET);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
