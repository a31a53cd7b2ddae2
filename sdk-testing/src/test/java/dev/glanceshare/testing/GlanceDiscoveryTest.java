package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlanceDiscoveryTest extends GlanceFixture {
    private static final String UNAUTHORIZED_MESSAGE = "This server could not verify that you are authorized to"
            + " access the document you requested. Either you supplied the wrong credentials (e.g., bad password),"
            + " or your browser does not understand how to supply the credentials required.";

    private String versions() {
        StringBuilder sb = new StringBuilder("{\"versions\": [");
        String[][] versions = {{"v2.16", "CURRENT"}, {"v2.15", "SUPPORTED"}, {"v2.14", "SUPPORTED"},
            {"v2.9", "SUPPORTED"}, {"v2.7", "SUPPORTED"}, {"v2.6", "SUPPORTED"}, {"v2.5", "SUPPORTED"},
            {"v2.4", "SUPPORTED"}, {"v2.3", "SUPPORTED"}, {"v2.2", "SUPPORTED"}, {"v2.1", "SUPPORTED"},
            {"v2.0", "SUPPORTED"}};
        for (int i = 0; i < versions.length; i++) {
            sb.append(i == 0 ? "" : ", ").append("{\"id\": \"").append(versions[i][0]).append("\", \"status\": \"")
                    .append(versions[i][1]).append("\", \"links\": [{\"rel\": \"self\", \"href\": \"")
                    .append(fake.imageUrl()).append("/v2/\"}]}");
        }
        return sb.append("]}").toString();
    }

    @Test
    void rootAndUnroutedPathsAnswer300WithTheVersionList() {
        for (String path : new String[] {"/", "/image", "/whatever/else", "/v1/images", "/v3/images"}) {
            Wire.Reply r = Wire.get(fake.imageUrl() + path).send();
            assertThat(r.status()).as(path).isEqualTo(300);
            assertThat(r.header("Content-Type")).contains("application/json");
            assertThat(r.body()).isEqualTo(versions());
            assertThat(r.header("X-Openstack-Request-Id")).isEmpty();
        }
    }

    @Test
    void versionsAnswers200() {
        Wire.Reply r = Wire.get(fake.imageUrl() + "/versions").send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(versions());
    }

    @Test
    void v2WithoutTokenIs401WithWwwAuthenticateAndNoRequestId() {
        for (String path : new String[] {"/v2", "/v2/", "/v2/images", "/v2/anything"}) {
            Wire.Reply r = Wire.get(fake.imageUrl() + path).json().send();
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.message()).isEqualTo(UNAUTHORIZED_MESSAGE + JSON_TAIL);
            assertThat(r.json().get("code").asText()).isEqualTo("401 Unauthorized");
            assertThat(r.header("Www-Authenticate")).contains("Keystone uri=\"" + fake.identityUrl().replace("/v3", "") + "\"");
            assertThat(r.header("X-Openstack-Request-Id")).isEmpty();
        }
    }

    @Test
    void garbageRevokedAndExpiredTokensAreIndistinguishable401s() {
        String revoked = fake.issueToken("alt", "alt");
        fake.revokeToken(revoked);
        String expiring = fake.issueToken("alt", "alt");
        clock.advance(java.time.Duration.ofHours(2));
        String fresh = fake.issueToken("alt", "alt");
        for (String token : new String[] {"garbage", revoked, expiring}) {
            Wire.Reply r = get(token, "/images");
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.message()).isEqualTo(UNAUTHORIZED_MESSAGE + JSON_TAIL);
        }
        assertThat(get(fresh, "/images").status()).isEqualTo(200);
        fake.expireAllTokens();
        assertThat(get(fresh, "/images").status()).isEqualTo(401);
    }

    @Test
    void v2RootAndTrailingSlashAre404WithAToken() {
        assertGlanceError(get(alt, "/"), 404, "The resource could not be found.");
        assertGlanceError(Wire.get(fake.imageUrl() + "/v2").token(alt).json().send(), 404,
                "The resource could not be found.");
        assertGlanceError(get(alt, "/images/"), 404, "The resource could not be found.");
    }

    @Test
    void minorVersionPathsReachTheV2Api() {
        assertThat(Wire.get(fake.imageUrl() + "/v2.1/images").token(alt).send().status()).isEqualTo(200);
    }

    @Test
    void healthcheckAnswersOkWithoutAToken() {
        Wire.Reply plain = Wire.get(fake.imageUrl() + "/healthcheck").send();
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.body()).isEqualTo("OK");
        Wire.Reply json = Wire.get(fake.imageUrl() + "/healthcheck").json().send();
        assertThat(json.body()).isEqualTo("{\n    \"detailed\": false,\n    \"reasons\": [\n        \"OK\"\n    ]\n}");
    }

    @Test
    void memberSchemasAndImportInfoAnswer200AndStoresInfoIs404() {
        Wire.Reply member = get(alt, "/schemas/member");
        assertThat(member.status()).isEqualTo(200);
        assertThat(member.body()).startsWith("{\"name\": \"member\", \"properties\": {\"member_id\": {\"type\": \"string\","
                + " \"description\": \"An identifier for the image member (te");
        assertThat(get(alt, "/schemas/members").body()).startsWith("{\"name\": \"members\", \"properties\":"
                + " {\"members\": {\"type\": \"array\", \"items\": {\"name\": \"member\", \"properties\": {\"member_id\": ");
        assertThat(get(alt, "/info/import").body()).isEqualTo("{\"import-methods\": {\"description\": \"Import methods"
                + " available.\", \"type\": \"array\", \"value\": [\"glance-direct\", \"web-download\", \"copy-image\"]}}");
        assertGlanceError(get(alt, "/info/stores"), 404, "Multi backend is not supported at this site.");
    }

    @Test
    void knownPathWithOtherMethodIs405WithAllow() {
        Wire.Reply r = Wire.request("DELETE", v2("/images")).token(alt).json().send();
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).contains("GET, POST");
        assertThat(r.message()).isEqualTo("The method DELETE is not allowed for this resource. <br /><br />\n");
    }

    @Test
    void unknownMethodOnUnknownPathIs501AndKnownMethodIs404() {
        assertThat(Wire.request("PURGE", v2("/nothing")).token(alt).send().status()).isEqualTo(501);
        assertGlanceError(Wire.request("POST", v2("/nothing")).token(alt).json().send(), 404,
                "The resource could not be found.");
    }
}
