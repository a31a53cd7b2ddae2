package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.glanceshare.identity.Keystone.FIXED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.exception.AuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FixedTokenTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private KeystoneSession.Builder fixed() {
        return Keystone.session(wm).credentials(Credentials.token(FIXED_TOKEN)).scope(null);
    }

    private void stubInspect() {
        wm.stubFor(get(urlPathEqualTo("/v3/auth/tokens"))
                .willReturn(Keystone.issued(FIXED_TOKEN, Keystone.projectTokenBody(wm.baseUrl(), "http://glance"))));
    }

    @Test
    void aFixedTokenIsUsedAsItIsAfterReadingItsCatalogWithGet() {
        stubInspect();
        try (KeystoneSession session = fixed().build()) {
            assertThat(session.token().value()).isEqualTo(FIXED_TOKEN);
            assertThat(session.projectId()).contains(Keystone.PROJECT_ID);
            assertThat(session.catalog().services()).hasSize(2);
        }
        wm.verify(1, getRequestedFor(urlPathEqualTo("/v3/auth/tokens"))
                .withHeader("X-Auth-Token", equalTo(FIXED_TOKEN))
                .withHeader("X-Subject-Token", equalTo(FIXED_TOKEN))
                .withHeader("Accept", equalTo("application/json")));
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void reauthenticatingAFixedTokenFailsSayingItWasRefusedWithoutARequest() {
        stubInspect();
        try (KeystoneSession session = fixed().build()) {
            AuthToken token = session.token();
            assertThatThrownBy(() -> session.reauthenticate(token))
                    .isInstanceOfSatisfying(AuthenticationException.class,
                            e -> assertThat(e.serverMessage()).as("Keystone was not asked").isEmpty())
                    .hasMessageContaining("fixed token")
                    .hasMessageContaining("refused")
                    .hasMessageContaining("cannot be renewed")
                    .hasMessageNotContaining(FIXED_TOKEN);
        }
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void aFixedTokenKeystoneRefusesGivesAuthenticationExceptionWithTheFix() {
        wm.stubFor(get(urlPathEqualTo("/v3/auth/tokens")).willReturn(Keystone.unauthorized()));
        try (KeystoneSession session = fixed().build()) {
            assertThatThrownBy(session::token)
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.serverMessage())
                            .isEqualTo("The request you have made requires authentication."))
                    .hasMessageContaining("Keystone GET /v3/auth/tokens returned 401 Unauthorized")
                    .hasMessageContaining("openstack token issue")
                    .hasMessageNotContaining(FIXED_TOKEN);
        }
    }

    @Test
    void aFixedTokenWithAScopeIsExchangedOnceWithTheTokenMethod() {
        wm.stubFor(post(urlPathEqualTo("/v3/auth/tokens"))
                .willReturn(Keystone.issued(Keystone.TOKEN, Keystone.projectTokenBody(wm.baseUrl(), "http://glance"))));
        try (KeystoneSession session = fixed().scope(Scope.projectId(Keystone.PROJECT_ID)).build()) {
            AuthToken token = session.token();
            assertThat(token.value()).isEqualTo(Keystone.TOKEN);
            assertThat(session.token()).isEqualTo(token);
            assertThatThrownBy(() -> session.reauthenticate(token)).isInstanceOf(AuthenticationException.class);
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens"))
                .withoutHeader("X-Auth-Token")
                .withRequestBody(equalToJson("{\"auth\": {\"identity\": {\"methods\": [\"token\"], \"token\": {\"id\": \""
                        + FIXED_TOKEN + "\"}}, \"scope\": {\"project\": {\"id\": \"" + Keystone.PROJECT_ID + "\"}}}}")));
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void aFixedTokenIsNotRefreshedNearItsExpiry() {
        stubInspect();
        Keystone.TestClock clock = new Keystone.TestClock(Keystone.ISSUED);
        try (KeystoneSession session = fixed().clock(clock).build()) {
            session.token();
            clock.set(Keystone.EXPIRES.minusSeconds(10));
            assertThat(session.token().value()).isEqualTo(FIXED_TOKEN);
        }
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }
}
