package dev.glanceshare.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.core.json.JsonCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactionTest {
    private static JsonNode json(String text) throws IOException {
        return JsonCodec.standard().readTree(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String redacted(String text) throws IOException {
        return JsonCodec.standard().writeString(Redaction.json(json(text)));
    }

    @Test
    void secretHeadersAreRedactedWhateverTheirCase() {
        Headers headers = Headers.builder()
                .add("x-auth-token", "t1").add("X-SUBJECT-TOKEN", "t2").add("X-Service-Token", "t3")
                .add("Authorization", "Bearer t4").add("proxy-authorization", "Basic t5")
                .add("Cookie", "a=t6").add("Set-Cookie", "b=t7").add("Set-Cookie", "c=t8")
                .add("Content-Type", "application/json").add("WWW-Authenticate", "Keystone uri=\"http://k:5000\"")
                .build();

        Headers safe = Redaction.headers(headers);

        assertThat(safe.all("Set-Cookie")).containsExactly(Redaction.REDACTED, Redaction.REDACTED);
        assertThat(safe.first("Content-Type")).contains("application/json");
        assertThat(safe.first("www-authenticate")).contains("Keystone uri=\"http://k:5000\"");
        assertThat(Redaction.headerLines(headers)).doesNotContain("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8")
                .contains("  x-auth-token: <redacted>\n");
    }

    @Test
    void keystonePasswordIsRedactedButTheMethodNameStays() throws IOException {
        String body = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"demo\","
                + "\"domain\":{\"name\":\"Default\"},\"password\":\"hunter2\"}}},"
                + "\"scope\":{\"project\":{\"name\":\"demo\",\"domain\":{\"id\":\"default\"}}}}}";

        assertThat(redacted(body)).isEqualTo("{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":"
                + "{\"name\":\"demo\",\"domain\":{\"name\":\"Default\"},\"password\":\"<redacted>\"}}},"
                + "\"scope\":{\"project\":{\"name\":\"demo\",\"domain\":{\"id\":\"default\"}}}}}");
    }

    @Test
    void applicationCredentialSecretIsRedactedButItsIdStays() throws IOException {
        String body = "{\"auth\":{\"identity\":{\"methods\":[\"application_credential\"],"
                + "\"application_credential\":{\"id\":\"ac-1\",\"secret\":\"s3cret\"}}}}";

        assertThat(redacted(body)).contains("\"id\":\"ac-1\"", "\"secret\":\"<redacted>\"").doesNotContain("s3cret");
    }

    @Test
    void tokenIdIsRedactedButOtherIdsStay() throws IOException {
        String auth = "{\"auth\":{\"identity\":{\"methods\":[\"token\"],\"token\":{\"id\":\"gAAAAold\"}}}}";
        String issued = "{\"token\":{\"user\":{\"id\":\"9cef\",\"name\":\"demo\"},\"audit_ids\":[\"a1\"],"
                + "\"project\":{\"id\":\"ec83\"}}}";

        assertThat(redacted(auth)).isEqualTo(
                "{\"auth\":{\"identity\":{\"methods\":[\"token\"],\"token\":{\"id\":\"<redacted>\"}}}}");
        assertThat(redacted(issued)).isEqualTo(issued);
    }

    @Test
    void catalogIsElidedToACount() throws IOException {
        String token = "{\"token\":{\"catalog\":[{\"type\":\"identity\",\"endpoints\":[]},"
                + "{\"type\":\"image\",\"endpoints\":[]}],\"expires_at\":\"2026-11-22T23:50:42.000000Z\"}}";

        assertThat(redacted(token)).isEqualTo(
                "{\"token\":{\"catalog\":\"<elided 2 services>\",\"expires_at\":\"2026-11-22T23:50:42.000000Z\"}}");
    }

    @Test
    void redactingLeavesTheOriginalTreeAlone() throws IOException {
        JsonNode original = json("{\"password\":\"hunter2\"}");

        Redaction.json(original);

        assertThat(original.path("password").asText()).isEqualTo("hunter2");
    }

    @Test
    void secretsInTextThatIsNotJsonAreScrubbed() {
        assertThat(Redaction.text("{'user': {'name': 'demo', 'password': 'hunter2'}}"))
                .isEqualTo("{'user': {'name': 'demo', 'password': '<redacted>'}}");
        assertThat(Redaction.text("user=demo&password=hunter2&x=1")).isEqualTo("user=demo&password=\"<redacted>\"&x=1");
        assertThat(Redaction.text("X-Auth-Token: gAAAA123")).isEqualTo("X-Auth-Token: \"<redacted>\"");
        assertThat(Redaction.text("{\"secret\": \"a\\\"b\", \"n\": 1")).isEqualTo("{\"secret\": \"<redacted>\", \"n\": 1");
        assertThat(Redaction.text("you supplied the wrong credentials (e.g., bad password), or"))
                .isEqualTo("you supplied the wrong credentials (e.g., bad password), or");
    }

    @Test
    // a guard, not a measurement: the first pattern took minutes here (a separate thread, so a regression fails at once)
    @org.junit.jupiter.api.Timeout(value = 20, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void scrubbingTextThatAServerChoseTakesLinearTime() {
        // One long word made the first pattern try every start and every split of the word: quadratic.
        for (String hostile : java.util.List.of("x".repeat(1 << 20), "password".repeat(1 << 17),
                "password=\"".repeat(100_000), "a token: '".repeat(100_000), "-".repeat(1 << 20))) {
            assertThat(Redaction.text(hostile)).doesNotContain("hunter2");
        }
        String longKey = "a".repeat(150) + "_password";
        assertThat(Redaction.text(longKey + "=hunter2 rest")).isEqualTo(longKey + "=\"<redacted>\" rest");
        assertThat(Redaction.text("Password: hunter2, my.secret='x y', os_token=abc}"))
                .isEqualTo("Password: \"<redacted>\", my.secret='<redacted>', os_token=\"<redacted>\"}");
    }

    @Test
    void secretsQuotedInsideJsonStringsAreScrubbed() throws IOException {
        String body = "{\"error\": {\"code\": 400, \"message\": \"Invalid input for field "
                + "'identity/password/user/password': 'hunter2' is too long\"}, \"echo\": [\"token=abc123\"]}";
        JsonNode keystone400 = JsonCodec.standard().readTree(body.getBytes(StandardCharsets.UTF_8));

        String redacted = Redaction.json(keystone400).toString();

        assertThat(redacted).doesNotContain("hunter2").doesNotContain("abc123")
                .contains("'identity/password/user/password': '<redacted>' is too long").contains("token=\\\"<redacted>\\\"");
    }

    @Test
    void bodyRendersJsonRedactedTextBoundedAndBinaryAsACount() {
        byte[] json = "{\"password\": \"hunter2\"}".getBytes(StandardCharsets.UTF_8);
        byte[] halfJson = "{\"password\": \"hunter2\", \"more\": [".getBytes(StandardCharsets.UTF_8);
        byte[] text = "x".repeat(Redaction.MAX_TEXT_CHARS + 10).getBytes(StandardCharsets.UTF_8);
        byte[] binary = {0x00, 0x01, (byte) 0xff, 0x10};

        assertThat(Redaction.body(json, "application/json")).isEqualTo("{\"password\":\"<redacted>\"}");
        assertThat(Redaction.body(halfJson, "application/json")).doesNotContain("hunter2");
        assertThat(Redaction.body(text, "text/plain"))
                .hasSize(Redaction.MAX_TEXT_CHARS + " (4106 bytes in all)".length() + 3)
                .endsWith("... (4106 bytes in all)");
        assertThat(Redaction.body(binary, "")).isEqualTo("<4 bytes binary>");
        assertThat(Redaction.body("plain words".getBytes(StandardCharsets.UTF_8), "application/octet-stream"))
                .isEqualTo("<11 bytes binary>");
        assertThat(Redaction.body(new byte[0], "application/json")).isEmpty();
    }
}
