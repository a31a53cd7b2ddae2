package dev.glanceshare.image;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.image.internal.ImageEndpoints;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlanceClientTest extends GlanceWireTest {

    @Test
    void buildWithoutASessionNamesTheFix() {
        assertThatThrownBy(() -> GlanceClient.builder().build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("session(...)");
    }

    @Test
    void buildRejectsAnEndpointForAnotherApiVersion() {
        assertThatThrownBy(() -> GlanceClient.builder().session(session)
                .endpointOverride(URI.create("http://glance:9292/v1")).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("v1");
    }

    @ParameterizedTest
    @CsvSource({
        "http://h:9292, http://h:9292/v2",
        "http://h:9292/, http://h:9292/v2",
        "http://h:9292/v2, http://h:9292/v2",
        "http://h:9292/v2/, http://h:9292/v2",
        "http://h:9292/v2.16, http://h:9292/v2",
        "http://h/image, http://h/image/v2",
        "http://h/image/, http://h/image/v2",
        "https://h/image/v2/, https://h/image/v2"
    })
    void theCatalogUrlGetsV2AppendedOnlyWhenItHasNoVersion(String catalog, String expected) {
        assertThat(ImageEndpoints.versioned(URI.create(catalog))).isEqualTo(URI.create(expected));
    }

    @ParameterizedTest(name = "catalog URL {0}")
    @CsvSource({
        "'', /v2/images/",
        "/, /v2/images/",
        "/v2, /v2/images/",
        "/v2/, /v2/images/",
        "/image, /image/v2/images/",
        "/image/, /image/v2/images/",
        "/image/v2, /image/v2/images/"
    })
    void theRequestGoesToTheV2RootComposedFromTheCatalogUrl(String catalogSuffix, String expectedPath) {
        wm.stubFor(get(urlPathMatching(".*/v2/images/" + IMAGE)).willReturn(okJson(imageJson(IMAGE, "x", "shared"))));
        try (TestSession catalog = new TestSession(URI.create(wm.baseUrl() + catalogSuffix), ME, Map.of());
             GlanceClient client = GlanceClient.builder().session(catalog).build()) {
            client.images().get(IMAGE);
        }
        wm.verify(1, getRequestedFor(urlEqualTo(expectedPath + IMAGE)));
        assertThat(requestCount()).as("no discovery, no redirect").isEqualTo(1);
    }

    @Test
    void noDiscoveryRequestIsSentByDefault() {
        wm.stubFor(get("/v2/images/" + IMAGE).willReturn(okJson(imageJson(IMAGE, "x", "shared"))));

        glance.images().get(IMAGE);

        assertThat(requestCount()).isEqualTo(1);
        wm.verify(0, getRequestedFor(urlEqualTo("/")));
    }

    @Test
    void versionVerificationRunsOnceLazily() {
        wm.stubFor(get("/").willReturn(aResponse().withStatus(300).withHeader("Content-Type", "application/json")
                .withBody("{\"versions\": [{\"id\": \"v2.16\", \"status\": \"CURRENT\", \"links\": []},"
                        + " {\"id\": \"v2.5\", \"status\": \"SUPPORTED\", \"links\": []}]}")));
        wm.stubFor(get("/v2/images/" + IMAGE).willReturn(okJson(imageJson(IMAGE, "x", "shared"))));
        try (GlanceClient verifying = GlanceClient.builder().session(session).verifyVersion(true).build()) {
            assertThat(requestCount()).isZero();

            verifying.images().get(IMAGE);
            verifying.images().get(IMAGE);

            wm.verify(1, getRequestedFor(urlEqualTo("/")));
            assertThat(requestCount()).isEqualTo(3);
        }
    }

    @Test
    void aCloudWithoutImageApi25FailsClearly() {
        wm.stubFor(get("/").willReturn(aResponse().withStatus(300).withHeader("Content-Type", "application/json")
                .withBody("{\"versions\": [{\"id\": \"v2.3\", \"status\": \"CURRENT\"}, {\"id\": \"v1.1\", \"status\": \"SUPPORTED\"}]}")));
        try (GlanceClient verifying = GlanceClient.builder().session(session).verifyVersion(true).build()) {
            assertThatThrownBy(() -> verifying.images().get(IMAGE))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("v2.5 or later").hasMessageContaining("v2.3 CURRENT");
        }
        wm.verify(0, getRequestedFor(urlPathMatching("/v2/.*")));
    }

    @Test
    void anEndpointOverrideSkipsTheCatalog() {
        wm.stubFor(get("/prefix/v2/images/" + IMAGE).willReturn(okJson(imageJson(IMAGE, "x", "shared"))));
        try (GlanceClient client = GlanceClient.builder().session(session)
                .endpointOverride(URI.create(wm.baseUrl() + "/prefix")).build()) {
            client.images().get(IMAGE);
        }
        assertThat(session.endpointLookups).isEmpty();
    }

    @Test
    void regionAndInterfaceReachTheCatalogLookup() {
        wm.stubFor(get("/v2/images/" + IMAGE).willReturn(okJson(imageJson(IMAGE, "x", "shared"))));
        try (GlanceClient client = GlanceClient.builder().session(session).region("RegionTwo")
                .endpointInterface(dev.glanceshare.core.EndpointInterface.INTERNAL).build()) {
            client.images().get(IMAGE);
        }
        assertThat(session.endpointLookups).singleElement().satisfies(f -> {
            assertThat(f.region()).contains("RegionTwo");
            assertThat(f.endpointInterface().wireName()).isEqualTo("internal");
        });
    }

    @Test
    void closingTheClientLeavesTheSessionsTransportOpen() {
        wm.stubFor(get("/v2/images/" + IMAGE).willReturn(okJson(imageJson(IMAGE, "x", "shared"))));
        GlanceClient.builder().session(session).build().close();

        glance.images().get(IMAGE); // the shared transport still works

        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void closeWithClientClosesWhatItWasHanded() {
        boolean[] closed = {false};
        GlanceClient.builder().session(new TestSession(URI.create(wm.baseUrl()), ME, Map.of()))
                .closeWithClient(() -> closed[0] = true).build().close();
        assertThat(closed[0]).isTrue();
    }
}
