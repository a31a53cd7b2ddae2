package dev.glanceshare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Edge cases beyond the error-mapping table (ErrorMappingTest). */
class ErrorBodiesTest {
    private static String message(String mediaType, int status, String body) {
        return ErrorBodies.message(mediaType, status, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonMessageKeepsAngleBracketsThatAreContent() {
        assertThat(message("application/json", 400, "{\"message\": \"Invalid name <none><br /><br />\\n\\n\\n\"}"))
                .isEqualTo("Invalid name <none>");
    }

    @Test
    void htmlEntitiesAreDecoded() {
        assertThat(message("text/html", 400, "<html><body><h1>400 Bad Request</h1>Status must be &quot;pending&quot;"
                + " &amp; not &#x27;x&#x27;<br /><br /></body></html>"))
                .isEqualTo("Status must be \"pending\" & not 'x'");
    }

    @Test
    void flaskNotFoundPageLosesItsTitleAndHeading() {
        assertThat(message("text/html", 404, "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n"
                + "<h1>Not Found</h1>\n<p>The requested URL was not found on the server.</p>\n"))
                .isEqualTo("The requested URL was not found on the server.");
    }

    @Test
    void lineBreaksAndControlCharactersCannotFakeALogLine() {
        assertThat(message("text/plain", 500, "500 Internal Server Error\n\nboom\r\nINFO fake line\u001b[31m"))
                .isEqualTo("boom INFO fake line [31m");
    }

    @Test
    void keystoneTitleIsUsedWhenTheMessageIsEmpty() {
        assertThat(message("application/json", 403, "{\"error\": {\"code\": 403, \"message\": \"\", \"title\": \"Forbidden\"}}"))
                .isEqualTo("Forbidden");
    }

    @Test
    void veryLongMessagesAreCut() {
        assertThat(message("text/plain", 400, "x".repeat(5000))).hasSize(2003).endsWith("...");
    }

    @Test
    // a guard, not a measurement: these pages took minutes before (a separate thread, so a regression fails at once)
    @org.junit.jupiter.api.Timeout(value = 20, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void errorPagesBuiltToBeSlowAreReadInLinearTime() {
        String word = "x".repeat(64 * 1024);
        assertThat(message("text/html", 500, "<html><body>" + word + "</body></html>")).hasSize(2003);
        assertThat(message("application/json", 500, "{\"message\": \"" + word + "\"}")).hasSize(2003);
        assertThat(message("text/plain", 500, word)).hasSize(2003);
        assertThat(message("text/html", 500, "<".repeat(64 * 1024))).isNotNull();
        assertThat(message("text/html", 500, "<h1>".repeat(16 * 1024))).isNotNull();
        assertThat(message("text/plain", 500, "password=\"".repeat(6 * 1024))).doesNotContain("password=\"p");
    }

    @Test
    void emptyBodySaysNothing() {
        assertThat(ErrorBodies.message("", 404, new byte[0])).isEmpty();
    }
}
