package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.EndpointFilter;
import dev.glanceshare.core.EndpointInterface;
import dev.glanceshare.core.exception.EndpointNotFoundException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EndpointSelectionTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final URI GLANCE_ONE_PUBLIC = URI.create("https://image.one.example.com");
    private static final URI GLANCE_ONE_INTERNAL = URI.create("http://10.0.1.5:9292");
    private static final URI GLANCE_TWO_PUBLIC = URI.create("https://image.two.example.com");

    /** image in RegionOne (public, internal) and RegionTwo (public); identity in RegionOne only. */
    private static final ServiceCatalog CATALOG = ServiceCatalog.of(List.of(
            CatalogService.of("identity", "keystone", "id1", List.of(
                    CatalogEndpoint.of("e1", "public", "RegionOne", URI.create("https://keystone.example.com/v3")))),
            CatalogService.of("image", "glance", "id2", List.of(
                    CatalogEndpoint.of("e2", "public", "RegionOne", GLANCE_ONE_PUBLIC),
                    CatalogEndpoint.of("e3", "internal", "RegionOne", GLANCE_ONE_INTERNAL),
                    CatalogEndpoint.of("e4", "public", "RegionTwo", GLANCE_TWO_PUBLIC)))));

    @Test
    void selectsByTypeInterfaceAndRegion() {
        assertThat(CATALOG.endpoint(EndpointFilter.of("image").withRegion("RegionOne"))).isEqualTo(GLANCE_ONE_PUBLIC);
        assertThat(CATALOG.endpoint(EndpointFilter.of("image").withRegion("RegionTwo"))).isEqualTo(GLANCE_TWO_PUBLIC);
        assertThat(CATALOG.endpoint(EndpointFilter.of("image").withRegion("RegionOne")
                .withInterface(EndpointInterface.INTERNAL))).isEqualTo(GLANCE_ONE_INTERNAL);
        assertThat(CATALOG.endpoint(EndpointFilter.of("identity"))).hasToString("https://keystone.example.com/v3");
    }

    @Test
    void withoutARegionAServiceInSeveralRegionsFailsListingThemInsteadOfPickingOne() {
        assertThatThrownBy(() -> CATALOG.endpoint(EndpointFilter.of("image")))
                .isInstanceOf(EndpointNotFoundException.class)
                .hasMessageContaining("several regions: [RegionOne, RegionTwo]")
                .hasMessageContaining("region(...) (OS_REGION_NAME)");
    }

    @Test
    void aMissingServiceTypeListsWhatTheCatalogOffers() {
        assertThatThrownBy(() -> CATALOG.endpoint(EndpointFilter.of("compute")))
                .isInstanceOf(EndpointNotFoundException.class)
                .hasMessage("The service catalog has no service of type 'compute'. The catalog offers: "
                        + "identity (keystone): public [RegionOne]; "
                        + "image (glance): public [RegionOne, RegionTwo], internal [RegionOne].");
    }

    @Test
    void aMissingInterfaceOrRegionSaysWhatExists() {
        assertThatThrownBy(() -> CATALOG.endpoint(EndpointFilter.of("image").withInterface(EndpointInterface.ADMIN)))
                .isInstanceOf(EndpointNotFoundException.class)
                .hasMessageStartingWith("Service type 'image' has no admin endpoint")
                .hasMessageContaining("image (glance): public [RegionOne, RegionTwo], internal [RegionOne]");
        assertThatThrownBy(() -> CATALOG.endpoint(EndpointFilter.of("image").withRegion("RegionThree")))
                .isInstanceOf(EndpointNotFoundException.class)
                .hasMessageContaining("no public endpoint in region 'RegionThree'; it has public endpoints in: "
                        + "[RegionOne, RegionTwo]");
    }

    @Test
    void severalUrlsForOneInterfaceAndRegionFailRatherThanPickOne() {
        ServiceCatalog twoGlances = ServiceCatalog.of(List.of(
                CatalogService.of("image", "glance", null, List.of(
                        CatalogEndpoint.of(null, "public", "RegionOne", GLANCE_ONE_PUBLIC))),
                CatalogService.of("image", "glance-b", null, List.of(
                        CatalogEndpoint.of(null, "public", "RegionOne", GLANCE_TWO_PUBLIC)))));
        assertThatThrownBy(() -> twoGlances.endpoint(EndpointFilter.of("image")))
                .isInstanceOf(EndpointNotFoundException.class)
                .hasMessageContaining("several public endpoints")
                .hasMessageContaining("endpoint override");
    }

    @Test
    void theOldPublicUrlSpellingOfAnInterfaceMatches() {
        ServiceCatalog old = ServiceCatalog.of(List.of(CatalogService.of("image", null, null, List.of(
                CatalogEndpoint.of(null, "publicURL", null, GLANCE_ONE_PUBLIC)))));
        assertThat(old.endpoint(EndpointFilter.of("image"))).isEqualTo(GLANCE_ONE_PUBLIC);
    }

    @Test
    void anUnscopedTokensEmptyCatalogSaysToScopeTheSession() {
        assertThatThrownBy(() -> ServiceCatalog.empty().endpoint(EndpointFilter.of("image")))
                .isInstanceOf(EndpointNotFoundException.class)
                .hasMessageContaining("catalog is empty")
                .hasMessageContaining("scope the session to a project");
    }

    private void stubCatalog() {
        wm.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(Keystone.issued(Keystone.TOKEN,
                Keystone.projectTokenBodyWithCatalog(Keystone.service("identity", "keystone", wm.baseUrl() + "/v3",
                        "RegionOne") + ", " + Keystone.service("image", "glance", "http://glance-one:9292", "RegionOne")
                        + ", " + Keystone.service("image", "glance", "http://glance-two:9292", "RegionTwo")))));
    }

    @Test
    void theSessionsRegionAndInterfaceApplyWhenTheFilterLeavesThemToDefault() {
        stubCatalog();
        try (KeystoneSession session = Keystone.session(wm).region("RegionTwo")
                .endpointInterface(EndpointInterface.INTERNAL).build()) {
            assertThat(session.endpoint(EndpointFilter.of("image"))).hasToString("http://glance-two:9292");
            assertThat(session.endpoint(EndpointFilter.of("image").withRegion("RegionOne")))
                    .hasToString("http://glance-one:9292");
            assertThat(session.endpoint(EndpointFilter.of("image").withInterface(EndpointInterface.ADMIN)))
                    .hasToString("http://glance-two:9292");
        }
    }

    @Test
    void theSessionFailsListingRegionsWhenNoneIsConfigured() {
        stubCatalog();
        try (KeystoneSession session = Keystone.session(wm).build()) {
            assertThatThrownBy(() -> session.endpoint(EndpointFilter.of("image")))
                    .isInstanceOf(EndpointNotFoundException.class)
                    .hasMessageContaining("[RegionOne, RegionTwo]");
        }
    }

    @Test
    void anEndpointOverrideWinsWithoutAuthenticating() {
        URI local = URI.create("http://127.0.0.1:19292");
        try (KeystoneSession session = Keystone.session(wm).endpointOverride("image", local).build()) {
            assertThat(session.endpoint(EndpointFilter.of("image").withRegion("Anywhere"))).isEqualTo(local);
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
