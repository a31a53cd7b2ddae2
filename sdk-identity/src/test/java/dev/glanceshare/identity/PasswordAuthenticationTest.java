package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.glanceshare.identity.Keystone.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.exception.AuthenticationException;
import dev.glanceshare.core.exception.TransportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PasswordAuthenticationTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String USER_BY_NAME = "\"user\": {\"name\": \"demo\", \"domain\": {\"name\": \"Default\"}, "
            + "\"password\": \"" + PASSWORD + "\"}";

    private void expectAuthBody(String body) {
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens"))
                .withHeader("Content-Type", containing("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withoutHeader("X-Auth-Token")
                .withRequestBody(equalToJson(body)));
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void passwordByNamesSendsUserAndProjectWithTheirDomainNames() {
        Keystone.stubIssue(wm);
        try (KeystoneSession session = Keystone.session(wm).build()) {
            session.token();
        }
        expectAuthBody("{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {" + USER_BY_NAME + "}},"
                + " \"scope\": {\"project\": {\"name\": \"demo\", \"domain\": {\"name\": \"Default\"}}}}}");
    }

    @Test
    void passwordByIdsSendsOnlyTheIds() {
        Keystone.stubIssue(wm);
        try (KeystoneSession session = Keystone.session(wm)
                .credentials(Credentials.password().userId(Keystone.USER_ID).password(PASSWORD).build())
                .scope(Scope.projectId(Keystone.PROJECT_ID)).build()) {
            session.token();
        }
        expectAuthBody("{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"id\": \""
                + Keystone.USER_ID + "\", \"password\": \"" + PASSWORD + "\"}}},"
                + " \"scope\": {\"project\": {\"id\": \"" + Keystone.PROJECT_ID + "\"}}}}");
    }

    @Test
    void userAndProjectDomainsCanBeGivenById() {
        Keystone.stubIssue(wm);
        try (KeystoneSession session = Keystone.session(wm)
                .credentials(Credentials.password().userName("demo").userDomainId("default").password(PASSWORD).build())
                .scope(Scope.projectNameInDomainId("demo", "default")).build()) {
            session.token();
        }
        expectAuthBody("{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": "
                + "\"demo\", \"domain\": {\"id\": \"default\"}, \"password\": \"" + PASSWORD + "\"}}},"
                + " \"scope\": {\"project\": {\"name\": \"demo\", \"domain\": {\"id\": \"default\"}}}}}");
    }

    @Test
    void domainScopeSendsTheDomainAndTheTokenReportsIt() {
        wm.stubFor(authPost().willReturn(Keystone.issued(Keystone.TOKEN, Keystone.domainTokenBody())));
        try (KeystoneSession session = Keystone.session(wm).scope(Scope.domainName("Default")).build()) {
            TokenInfo info = session.authenticate();
            assertThat(info.scopeKind()).isEqualTo(Scope.Kind.DOMAIN);
            assertThat(info.domainId()).contains("default");
            assertThat(session.projectId()).isEmpty();
        }
        expectAuthBody("{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {" + USER_BY_NAME + "}},"
                + " \"scope\": {\"domain\": {\"name\": \"Default\"}}}}");
    }

    @Test
    void domainScopeById() {
        wm.stubFor(authPost().willReturn(Keystone.issued(Keystone.TOKEN, Keystone.domainTokenBody())));
        try (KeystoneSession session = Keystone.session(wm).scope(Scope.domainId("default")).build()) {
            session.token();
        }
        expectAuthBody("{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {" + USER_BY_NAME + "}},"
                + " \"scope\": {\"domain\": {\"id\": \"default\"}}}}");
    }

    @Test
    void explicitlyUnscopedSendsScopeUnscopedAndGetsNoCatalog() {
        wm.stubFor(authPost().willReturn(Keystone.issued(Keystone.TOKEN, Keystone.unscopedTokenBody())));
        try (KeystoneSession session = Keystone.session(wm).scope(Scope.unscoped()).build()) {
            TokenInfo info = session.authenticate();
            assertThat(info.scopeKind()).isEqualTo(Scope.Kind.UNSCOPED);
            assertThat(info.catalog().isEmpty()).isTrue();
            assertThat(info.roles()).isEmpty();
        }
        expectAuthBody("{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {" + USER_BY_NAME + "}},"
                + " \"scope\": \"unscoped\"}}");
    }

    @Test
    void withoutScopeSendsNoScopeSoKeystoneUsesTheDefaultProject() {
        Keystone.stubIssue(wm);
        try (KeystoneSession session = Keystone.session(wm).scope(null).build()) {
            assertThat(session.projectId()).contains(Keystone.PROJECT_ID);
        }
        expectAuthBody("{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {" + USER_BY_NAME + "}}}}");
    }

    @Test
    void theTokenResponseIsReadFromHeaderAndBody() {
        // Keystone behind some proxies sends the header in lower case
        wm.stubFor(authPost().willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withHeader("x-subject-token", Keystone.TOKEN)
                .withBody(Keystone.projectTokenBody(wm.baseUrl(), "http://127.0.0.1:9292"))));
        try (KeystoneSession session = Keystone.session(wm).build()) {
            TokenInfo info = session.authenticate();
            assertThat(info.token().value()).isEqualTo(Keystone.TOKEN);
            assertThat(info.expiresAt()).contains(Keystone.EXPIRES);
            assertThat(info.issuedAt()).contains(Keystone.ISSUED);
            assertThat(info.methods()).containsExactly("password");
            assertThat(info.userId()).isEqualTo(Keystone.USER_ID);
            assertThat(info.userName()).contains("demo");
            assertThat(info.userDomainId()).contains("default");
            assertThat(info.scopeKind()).isEqualTo(Scope.Kind.PROJECT);
            assertThat(info.projectId()).contains(Keystone.PROJECT_ID);
            assertThat(info.projectName()).contains("demo");
            assertThat(info.projectDomainId()).contains("default");
            assertThat(info.roles()).containsExactly("member", "reader");
            assertThat(info.catalog().services()).extracting(CatalogService::type).containsExactly("identity", "image");
            assertThat(session.projectId()).contains(Keystone.PROJECT_ID);
            assertThat(session.userId()).isEqualTo(Keystone.USER_ID);
            assertThat(session.roles()).containsExactly("member", "reader");
        }
    }

    @Test
    void authenticationIsLazyAndTheTokenIsCached() {
        Keystone.stubIssue(wm);
        try (KeystoneSession session = Keystone.session(wm).build()) {
            assertThat(wm.getAllServeEvents()).isEmpty();
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN);
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN);
            session.catalog();
            session.projectId();
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
    }

    @Test
    void badPasswordGivesAuthenticationExceptionWithKeystonesMessageAndNoSecret() {
        wm.stubFor(authPost().willReturn(Keystone.unauthorized()));
        try (KeystoneSession session = Keystone.session(wm).build()) {
            assertThatThrownBy(session::authenticate)
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.requestId()).contains(Keystone.REQUEST_ID);
                        assertThat(e.method()).isEqualTo("POST");
                        assertThat(e.uri().getPath()).isEqualTo("/v3/auth/tokens");
                        // issue 17: the server's message is Keystone's words only; the SDK's advice is in getMessage()
                        assertThat(e.serverMessage()).isEqualTo("The request you have made requires authentication.");
                    })
                    .hasMessageContaining("Keystone POST /v3/auth/tokens returned 401 Unauthorized (request "
                            + Keystone.REQUEST_ID + "): The request you have made requires authentication.")
                    .hasMessageContaining("user 'demo' in domain 'Default'")
                    .hasMessageContaining("project 'demo' in domain 'Default'")
                    .hasMessageNotContaining(PASSWORD);
        }
    }

    @Test
    void aTokenResponseWithoutSubjectTokenIsADecodeError() {
        wm.stubFor(authPost().willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(Keystone.projectTokenBody(wm.baseUrl(), "http://x"))));
        try (KeystoneSession session = Keystone.session(wm).build()) {
            assertThatThrownBy(session::token).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.DECODE))
                    .hasMessageContaining("X-Subject-Token");
        }
    }

    @Test
    void aMalformedTokenBodyIsADecodeError() {
        wm.stubFor(authPost().willReturn(Keystone.issued(Keystone.TOKEN, "{\"token\": {\"methods\": [")));
        try (KeystoneSession session = Keystone.session(wm).build()) {
            assertThatThrownBy(session::token).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.DECODE))
                    .hasMessageNotContaining(Keystone.TOKEN);
        }
    }

    private static MappingBuilder authPost() {
        return post(urlPathEqualTo("/v3/auth/tokens"));
    }
}
