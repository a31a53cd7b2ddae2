package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.glanceshare.identity.Keystone.APP_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.exception.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApplicationCredentialTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String CRED_ID = "21dced0fd20347869b93710d2b98aae0";

    private void authenticate(Credentials credentials) {
        Keystone.stubIssue(wm);
        try (KeystoneSession session = Keystone.session(wm).scope(null).credentials(credentials).build()) {
            assertThat(session.projectId()).contains(Keystone.PROJECT_ID);
        }
    }

    private void expectBody(String credential) {
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens"))
                .withHeader("Accept", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"auth\": {\"identity\": {\"methods\": [\"application_credential\"],"
                        + " \"application_credential\": " + credential + "}}}")));
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void byIdSendsIdAndSecretAndNoScope() {
        authenticate(Credentials.applicationCredential().id(CRED_ID).secret(APP_SECRET).build());
        expectBody("{\"id\": \"" + CRED_ID + "\", \"secret\": \"" + APP_SECRET + "\"}");
    }

    @Test
    void byNameSendsTheNameAndTheUserByNameAndDomain() {
        authenticate(Credentials.applicationCredential().name("ci-uploader").userName("demo")
                .userDomainName("Default").secret(APP_SECRET).build());
        expectBody("{\"name\": \"ci-uploader\", \"secret\": \"" + APP_SECRET + "\","
                + " \"user\": {\"name\": \"demo\", \"domain\": {\"name\": \"Default\"}}}");
    }

    @Test
    void byNameWithTheUserById() {
        authenticate(Credentials.applicationCredential().name("ci-uploader").userId(Keystone.USER_ID)
                .secret(APP_SECRET).build());
        expectBody("{\"name\": \"ci-uploader\", \"secret\": \"" + APP_SECRET + "\", \"user\": {\"id\": \""
                + Keystone.USER_ID + "\"}}");
    }

    @Test
    void aScopeIsRefusedBecauseTheCredentialCarriesItsOwn() {
        assertThatThrownBy(() -> Keystone.session(wm)
                .credentials(Credentials.applicationCredential().id(CRED_ID).secret(APP_SECRET).build()).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("remove scope(project 'demo' in domain 'Default')")
                .hasMessageNotContaining(APP_SECRET);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
