package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Glance behind a path-prefix proxy: the catalog URL has the prefix, Glance's links do not. */
class PrefixModeTest extends GlanceFixture {

    @Override
    FakeOpenStackBuilder configure(FakeOpenStackBuilder builder) {
        return builder.imagePathPrefix("/image");
    }

    @Test
    void catalogAndDiscoveryUseThePrefixedUrl() {
        assertThat(fake.imageUrl()).isEqualTo("http://127.0.0.1:" + fake.imagePort() + "/image");
        Wire.Reply token = Wire.request("POST", fake.identityUrl() + "/auth/tokens")
                .jsonBody(KeystoneTest.passwordAuth("demo", "demo-secret", null)).send();
        assertThat(token.json().at("/token/catalog/1/endpoints/0/url").asText()).isEqualTo(fake.imageUrl());
        Wire.Reply root = Wire.get(fake.imageUrl() + "/").send();
        assertThat(root.status()).isEqualTo(300);
        assertThat(root.json().at("/versions/0/links/0/href").asText()).isEqualTo(fake.imageUrl() + "/v2/");
        assertThat(Wire.get(fake.imageUrl()).send().status()).isEqualTo(300);
    }

    @Test
    void apiWorksUnderThePrefixAndLinksStayUnprefixed() {
        create(alt, "{\"name\": \"a\"}");
        create(alt, "{\"name\": \"b\"}");
        Wire.Reply page = get(alt, "/images?limit=1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("first").asText()).isEqualTo("/v2/images?limit=1");
        assertThat(page.json().get("next").asText()).startsWith("/v2/images?limit=1&marker=");
        assertThat(page.json().at("/images/0/self").asText()).startsWith("/v2/images/");
    }

    @Test
    void pathsOutsideThePrefixNeverReachGlance() {
        Wire.Reply r = Wire.get("http://127.0.0.1:" + fake.imagePort() + "/v2/images").token(alt).send();
        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void faultPatternsAreRelativeToThePrefix() {
        fake.inject(Fault.on(Service.IMAGE, "GET", "/v2/images").respond(502));
        assertThat(get(alt, "/images").status()).isEqualTo(502);
    }
}
