package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Table 3.1: the error body follows Accept. */
class GlanceErrorFormatTest extends GlanceFixture {
    private static final String TEXT = "No image found with ID not-a-uuid";

    private Wire.Reply missing(String accept) {
        Wire w = Wire.get(v2("/images/not-a-uuid")).token(alt);
        return accept == null ? w.send() : w.header("Accept", accept).send();
    }

    @Test
    void jsonAcceptGivesJsonWithTheBrTail() {
        Wire.Reply r = missing("application/json");
        assertThat(r.header("Content-Type")).contains("application/json");
        assertThat(r.body()).isEqualTo("{\"message\": \"" + TEXT + "<br /><br />\\n\\n\\n\", \"code\": \"404 Not Found\","
                + " \"title\": \"Not Found\"}");
    }

    @Test
    void wildcardAcceptGivesTheHtmlPage() {
        Wire.Reply r = missing("*/*");
        assertThat(r.header("Content-Type")).contains("text/html; charset=UTF-8");
        assertThat(r.body()).isEqualTo("<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n"
                + "  <h1>404 Not Found</h1>\n  " + TEXT + "<br /><br />\n\n\n\n </body>\n</html>");
    }

    @Test
    void noAcceptOrTextPlainGivesPlainText() {
        for (String accept : new String[] {null, "text/plain"}) {
            Wire.Reply r = missing(accept);
            assertThat(r.header("Content-Type")).contains("text/plain; charset=UTF-8");
            assertThat(r.body()).isEqualTo("404 Not Found\n\n" + TEXT + "\n\n   ");
        }
    }

    @Test
    void jsonPreferredByQualityWins() {
        assertThat(missing("text/html;q=0.5, application/json").header("Content-Type")).contains("application/json");
        assertThat(missing("application/json, */*").header("Content-Type")).contains("text/html; charset=UTF-8");
    }

    @Test
    void memberQuotaErrorWithoutAcceptIsHtmlAndKeepsTheRequestId() {
        FakeOpenStack small = FakeOpenStack.builder().memberQuota(1).start();
        try (small) {
            small.seed().demo();
            String token = small.issueToken("alt", "alt");
            String image = Wire.request("POST", small.imageUrl() + "/v2/images").token(token).jsonBody("{}").send()
                    .json().get("id").asText();
            Wire.request("POST", small.imageUrl() + "/v2/images/" + image + "/members").token(token)
                    .jsonBody("{\"member\": \"a\"}").send();
            Wire.Reply r = Wire.request("POST", small.imageUrl() + "/v2/images/" + image + "/members").token(token)
                    .header("Accept", "*/*").jsonBody("{\"member\": \"b\"}").send();
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.header("Content-Type")).contains("text/html; charset=UTF-8");
            assertThat(r.body()).contains("<title>413 Request Entity Too Large</title>");
            assertThat(r.header("X-Openstack-Request-Id")).isPresent();
        }
    }

    @Test
    void successfulResponsesCarryARequestId() {
        Wire.Reply r = get(alt, "/images");
        assertThat(r.header("X-Openstack-Request-Id")).hasValueSatisfying(v -> assertThat(v).matches("req-[0-9a-f-]{36}"));
    }
}
