package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.glanceshare.core.exception.AmbiguousNameException;
import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.core.exception.ResourceNotFoundException;
import dev.glanceshare.core.exception.TransportException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectResolutionTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String DEMO_ID = Keystone.PROJECT_ID;
    private static final String ALT_ID = Keystone.ALT_PROJECT_ID;
    private static final String OTHER_DOMAIN_ID = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    @BeforeEach
    void keystone() {
        Keystone.stubIssue(wm);
    }

    private static String project(String id, String name, String domainId) {
        return "{\"is_domain\": false, \"description\": \"\", \"links\": {\"self\": \"http://k/v3/projects/" + id
                + "\"}, \"tags\": [], \"enabled\": true, \"id\": \"" + id + "\", \"parent_id\": \"" + domainId
                + "\", \"domain_id\": \"" + domainId + "\", \"name\": \"" + name + "\", \"options\": {}}";
    }

    private static ResponseDefinitionBuilder projects(String... projects) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"links\": {\"self\": \"http://k/v3/projects\", \"previous\": null, \"next\": null}, "
                        + "\"projects\": [" + String.join(", ", projects) + "]}");
    }

    private static void stubGet(String url, ResponseDefinitionBuilder response) {
        wm.stubFor(get(urlEqualTo(url)).willReturn(response));
    }

    /** Every request after authentication, as "METHOD url", in order. */
    private static List<String> lookups() {
        List<ServeEvent> events = wm.getAllServeEvents();
        return events.stream().map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl())
                .filter(r -> !r.equals("POST /v3/auth/tokens")).sorted().collect(Collectors.toList());
    }

    private static void expectTokenSent(String url) {
        wm.verify(1, getRequestedFor(urlEqualTo(url)).withHeader("X-Auth-Token", equalTo(Keystone.TOKEN))
                .withHeader("Accept", equalTo("application/json")));
    }

    private String resolve(String nameOrId) {
        try (KeystoneSession session = Keystone.session(wm).build()) {
            return session.resolveProjectId(nameOrId);
        }
    }

    @Test
    void anAdminResolvesANameWithOneQuery() {
        stubGet("/v3/projects?name=demo", projects(project(DEMO_ID, "demo", "default")));
        assertThat(resolve("demo")).isEqualTo(DEMO_ID);
        expectTokenSent("/v3/projects?name=demo");
        assertThat(lookups()).containsExactly("GET /v3/projects?name=demo");
    }

    @RegisterExtension
    static WireMockExtension elsewhere = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void aNextLinkToAnotherOriginIsNotFollowedSoTheTokenStaysHome() {
        elsewhere.stubFor(get(anyUrl()).willReturn(projects(project(DEMO_ID, "demo", "default"))));
        String page = "{\"links\": {\"self\": \"x\", \"previous\": null, \"next\": \"%s\"}, \"projects\": []}";
        stubGet("/v3/projects?name=demo", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(String.format(page, elsewhere.baseUrl() + "/v3/projects?name=demo&page=2")));

        assertThatThrownBy(() -> resolve("demo")).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.DECODE))
                .hasMessageContaining("another origin");
        assertThat(elsewhere.getAllServeEvents()).as("requests sent to the other origin").isEmpty();
    }

    @Test
    void aRelativeOrSameOriginNextLinkIsFollowed() {
        String page = "{\"links\": {\"self\": \"x\", \"previous\": null, \"next\": \"%s\"}, \"projects\": []}";
        stubGet("/v3/projects?name=demo", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(String.format(page, wm.baseUrl() + "/v3/projects?name=demo&page=2")));
        stubGet("/v3/projects?name=demo&page=2", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(String.format(page, "/v3/projects?name=demo&page=3")));
        stubGet("/v3/projects?name=demo&page=3", projects(project(DEMO_ID, "demo", "default")));

        assertThat(resolve("demo")).isEqualTo(DEMO_ID);
    }

    @Test
    void anIdIsUsedAsItIsWithoutAnyRequest() {
        // issue 17: a non-admin's addByName(<ID>) used to send 3 lookups (403, 403, 200) and then fail
        String dashed = "4d9a7e1c-2b3f-4a5e-8d7c-6b5a49382716";
        assertThat(resolve(ALT_ID)).isEqualTo(ALT_ID);
        assertThat(resolve(dashed)).isEqualTo(dashed);
        assertThat(resolve(" " + ALT_ID.toUpperCase() + " ")).isEqualTo(ALT_ID.toUpperCase());
        assertThat(wm.getAllServeEvents()).as("requests").isEmpty();
    }

    @Test
    void aNameKeystoneAnswersForWithNoMatchIsNotFound() {
        stubGet("/v3/projects?name=nobody", projects());
        assertThatThrownBy(() -> resolve("nobody")).isExactlyInstanceOf(ResourceNotFoundException.class)
                .hasMessage("No project named 'nobody' was found. Tried: GET /v3/projects?name=nobody: no project of "
                        + "that name.");
        assertThat(lookups()).containsExactly("GET /v3/projects?name=nobody");
    }

    @Test
    void anIdShapedButWrongTextIsANameNotAnId() {
        String almost = ALT_ID.substring(1); // 31 hex digits
        stubGet("/v3/projects?name=" + almost, projects());
        assertThatThrownBy(() -> resolve(almost)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(lookups()).containsExactly("GET /v3/projects?name=" + almost);
    }

    @Test
    void aNonAdminFallsBackToTheirOwnProjectsByName() {
        stubGet("/v3/projects?name=alt", aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": 403, \"message\": \"You are not authorized to perform the requested "
                        + "action: identity:list_projects.\", \"title\": \"Forbidden\"}}"));
        stubGet("/v3/auth/projects", projects(project(DEMO_ID, "demo", "default"), project(ALT_ID, "alt", "default")));
        assertThat(resolve("alt")).isEqualTo(ALT_ID);
        expectTokenSent("/v3/auth/projects");
        assertThat(lookups()).containsExactly("GET /v3/auth/projects", "GET /v3/projects?name=alt");
    }

    @Test
    void aNonAdminNamingAnotherUsersProjectIsRefusedTypedAsForbiddenNotNotFound() {
        // glance-zed-behaviour e11: the CLI would now add a member literally named "demo"
        stubGet("/v3/projects?name=demo", Keystone.forbidden("identity:list_projects"));
        stubGet("/v3/auth/projects", projects(project(ALT_ID, "alt", "default")));
        assertThatThrownBy(() -> resolve("demo")).isInstanceOfSatisfying(ProjectLookupRefusedException.class, e -> {
            assertThat(e).isInstanceOf(ForbiddenException.class).isNotInstanceOf(ResourceNotFoundException.class);
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.uri().getRawPath() + "?" + e.uri().getRawQuery()).isEqualTo("/v3/projects?name=demo");
            assertThat(e.requestId()).contains(Keystone.REQUEST_ID);
            assertThat(e.serverMessage()).isEqualTo("You are not authorized to perform the requested action: "
                    + "identity:list_projects.");
            assertThat(e.projectName()).isEqualTo("demo");
            assertThat(e.tried()).containsExactly("GET /v3/projects?name=demo: refused (403)",
                    "GET /v3/auth/projects: answered with only your own 1 project(s) (alt), which do not include it");
        })
                .hasMessageStartingWith("Keystone refused to look up project 'demo'")
                .hasMessageContaining("Tried: GET /v3/projects?name=demo: refused (403); GET /v3/auth/projects: "
                        + "answered with only your own 1 project(s) (alt), which do not include it.")
                .hasMessageContaining("pass the project's ID instead")
                .hasMessageNotContaining("not found").hasMessageNotContaining("No project");
        assertThat(lookups()).containsExactly("GET /v3/auth/projects", "GET /v3/projects?name=demo");
    }

    @Test
    void aNameInSeveralDomainsIsAmbiguousAndListsTheCandidates() {
        stubGet("/v3/projects?name=shared", projects(project(DEMO_ID, "shared", "default"),
                project(ALT_ID, "shared", OTHER_DOMAIN_ID)));
        assertThatThrownBy(() -> resolve("shared")).isInstanceOfSatisfying(AmbiguousNameException.class, e ->
                assertThat(e.candidates()).containsExactly(DEMO_ID + " (domain default)",
                        ALT_ID + " (domain " + OTHER_DOMAIN_ID + ")"))
                .hasMessageContaining("More than one project is named 'shared'");
    }

    @Test
    void keystonesLooseNameMatchesAreNotTakenForTheName() {
        // a case-insensitive database answers ?name=Demo with the project "demo"
        stubGet("/v3/projects?name=Demo", projects(project(DEMO_ID, "demo", "default")));
        assertThatThrownBy(() -> resolve("Demo")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void whenEveryLookupIsRefusedTheErrorSaysSoAndNothingIsGuessed() {
        stubGet("/v3/projects?name=demo", Keystone.forbidden("identity:list_projects"));
        stubGet("/v3/auth/projects", Keystone.forbidden("identity:list_user_projects"));
        assertThatThrownBy(() -> resolve("demo")).isInstanceOfSatisfying(ProjectLookupRefusedException.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.uri().getPath()).isEqualTo("/v3/auth/projects");
        })
                .hasMessageContaining("Tried: GET /v3/projects?name=demo: refused (403); GET /v3/auth/projects: "
                        + "refused (403)")
                .hasMessageContaining("pass the project's ID instead");
        assertThat(lookups()).containsExactly("GET /v3/auth/projects", "GET /v3/projects?name=demo");
    }

    @Test
    void aNameIsPercentEncodedInTheQuery() {
        stubGet("/v3/projects?name=R%26D%20team%2Fx%3Dy", projects(project(DEMO_ID, "R&D team/x=y", "default")));
        assertThat(resolve("R&D team/x=y")).isEqualTo(DEMO_ID);
    }

    @Test
    void anExpiredTokenDuringTheLookupIsRenewedOnceAndTheLookupRetried() {
        TokenRefreshTest.stubTwoTokens(wm, 0);
        wm.stubFor(get(urlEqualTo("/v3/projects?name=demo")).withHeader("X-Auth-Token", equalTo(Keystone.TOKEN))
                .willReturn(Keystone.unauthorized()));
        wm.stubFor(get(urlEqualTo("/v3/projects?name=demo")).withHeader("X-Auth-Token", equalTo(Keystone.TOKEN_2))
                .willReturn(projects(project(DEMO_ID, "demo", "default"))));
        assertThat(resolve("demo")).isEqualTo(DEMO_ID);
    }

    @Test
    void aBlankNameIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> resolve("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
