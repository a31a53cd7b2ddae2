package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.exception.ConfigurationException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionDiscoveryTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Keystone's {@code GET /}: 300 Multiple Choices listing v3.14. */
    private static String versions(String v3Href) {
        return "{\"versions\": {\"values\": [{\"id\": \"v3.14\", \"status\": \"stable\", \"updated\": "
                + "\"2020-04-07T00:00:00Z\", \"links\": [{\"rel\": \"self\", \"href\": \"" + v3Href + "\"}], "
                + "\"media-types\": [{\"base\": \"application/json\", \"type\": "
                + "\"application/vnd.openstack.identity-v3+json\"}]}]}}";
    }

    private void stubRoot(String path, String v3Href) {
        wm.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(300)
                .withHeader("Content-Type", "application/json").withHeader("Location", v3Href)
                .withBody(versions(v3Href))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3", "/v3/", "/v3//"})
    void anAuthUrlWithV3NeedsNoDiscovery(String suffix) {
        Keystone.stubIssue(wm);
        try (KeystoneSession session = Keystone.session(wm).authUrl(wm.baseUrl() + suffix).build()) {
            session.token();
            assertThat(session.identityEndpoint()).isEqualTo(URI.create(wm.baseUrl() + "/v3"));
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/v3/auth/tokens")));
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/"})
    void anAuthUrlWithoutVersionIsDiscoveredExactlyOnce(String suffix) {
        stubRoot("/", wm.baseUrl() + "/v3/");
        wm.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(
                Keystone.issued(Keystone.TOKEN, Keystone.projectTokenBody(wm.baseUrl(), "http://glance"))));
        try (KeystoneSession session = Keystone.session(wm).authUrl(wm.baseUrl() + suffix).build()) {
            AuthToken first = session.token();
            session.reauthenticate(first);
            session.reauthenticate(session.token());
            assertThat(session.identityEndpoint()).isEqualTo(URI.create(wm.baseUrl() + "/v3"));
        }
        wm.verify(1, getRequestedFor(urlEqualTo("/")).withHeader("Accept", equalTo("application/json"))
                .withoutHeader("X-Auth-Token"));
        wm.verify(3, postRequestedFor(urlEqualTo("/v3/auth/tokens")));
    }

    @Test
    void discoveryKeepsAPathPrefix() {
        stubRoot("/identity", wm.baseUrl() + "/identity/v3/");
        wm.stubFor(post(urlPathEqualTo("/identity/v3/auth/tokens")).willReturn(
                Keystone.issued(Keystone.TOKEN, Keystone.projectTokenBody(wm.baseUrl(), "http://glance"))));
        try (KeystoneSession session = Keystone.session(wm).authUrl(wm.baseUrl() + "/identity/").build()) {
            session.token();
        }
        wm.verify(1, getRequestedFor(urlEqualTo("/identity")));
        wm.verify(1, postRequestedFor(urlEqualTo("/identity/v3/auth/tokens")));
    }

    @Test
    void aServerWithoutV3FailsNamingTheVersionsItOffers() {
        wm.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(300).withHeader("Content-Type",
                "application/json").withBody("{\"versions\": {\"values\": [{\"id\": \"v2.0\", \"status\": "
                        + "\"deprecated\", \"links\": [{\"rel\": \"self\", \"href\": \"http://k/v2.0/\"}]}]}}")));
        try (KeystoneSession session = Keystone.session(wm).authUrl(wm.baseUrl()).build()) {
            assertThatThrownBy(session::token).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("offers no identity v3 API")
                    .hasMessageContaining("v2.0 (deprecated)");
        }
        wm.verify(0, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
    }

    @Test
    void somethingThatIsNotKeystoneFailsPointingAtTheAuthUrl() {
        wm.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>welcome to nginx</html>")));
        try (KeystoneSession session = Keystone.session(wm).authUrl(wm.baseUrl()).build()) {
            assertThatThrownBy(session::token).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("did not answer with Keystone's version document")
                    .hasMessageContaining("check authUrl");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v2.0", "/v2.0/"})
    void aKeystoneV2UrlIsRefusedBeforeAnyRequest(String suffix) {
        assertThatThrownBy(() -> Keystone.session(wm).authUrl(wm.baseUrl() + suffix).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Keystone v2")
                .hasMessageContaining("/v3");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
