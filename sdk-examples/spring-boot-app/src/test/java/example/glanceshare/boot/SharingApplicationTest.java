package example.glanceshare.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glanceshare.spring.test.WithFakeGlanceshare;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The example on the fake, as a client and an operator see it: it starts with only properties (set by
 * {@link WithFakeGlanceshare}), shares an image over HTTP, and the Actuator shows the operation's timer, the
 * token counter, the pool gauge and a glanceshare health that is UP without authenticating again. The same test
 * runs on Spring Boot 3.5 and 4.0 (compat cells boot-3.5-starter and boot-4.0-starter).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithFakeGlanceshare
class SharingApplicationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;
    @Autowired
    FakeOpenStack fake;
    @Autowired
    DemoSeed demo;

    @Test
    void sharesOnRequestAndTheActuatorShowsMetricsAndHealth() throws Exception {
        HttpResponse<String> shared = send("POST", "/images/" + demo.imageId() + "/members/" + demo.demoProjectId());
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(shared.body()).get("status").asText()).isEqualTo("pending");
        assertThat(fake.members(demo.imageId())).extracting(m -> m.memberId()).contains(demo.demoProjectId());

        HttpResponse<String> missing = send("POST", "/images/9faa0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b/members/"
                + demo.demoProjectId());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/images/" + demo.imageId() + "/members/" + demo.demoProjectId()).statusCode())
                .isEqualTo(204);

        assertThat(count("glanceshare.operation", "operation:image.members.add", "outcome:SUCCESS")).isEqualTo(1);
        assertThat(count("glanceshare.operation", "operation:image.members.add", "status:404",
                "error:NotFoundException")).isEqualTo(1);
        assertThat(count("glanceshare.operation", "operation:image.members.remove", "status:204")).isEqualTo(1);
        assertThat(count("glanceshare.exchange", "operation:image.members.add")).isEqualTo(2);
        assertThat(count("glanceshare.tokens", "event:issued")).isEqualTo(1);
        assertThat(metric("glanceshare.pool.max").get("measurements").get(0).get("value").asDouble()).isEqualTo(64);
        assertThat(metric("glanceshare.pool.connections", "state:leased").get("measurements").get(0)
                .get("value").asDouble()).isZero();

        long tokens = fake.tokensIssued();
        JsonNode health = JSON.readTree(send("GET", "/actuator/health").body());
        JsonNode glanceshare = health.get("components").get("glanceshare");
        assertThat(glanceshare.get("status").asText()).isEqualTo("UP");
        assertThat(glanceshare.get("details").get("keystoneStatus").asInt()).isEqualTo(200);
        assertThat(glanceshare.get("details").get("tokenRemainingSeconds").asLong()).isPositive();
        assertThat(fake.tokensIssued()).as("the health check reuses the session's token").isEqualTo(tokens);
        assertThat(glanceshare.toString()).doesNotContain(DemoSeed.password("admin"));
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode metric(String name, String... tags) throws IOException, InterruptedException {
        StringBuilder path = new StringBuilder("/actuator/metrics/" + name);
        for (int i = 0; i < tags.length; i++) {
            path.append(i == 0 ? '?' : '&').append("tag=").append(tags[i]);
        }
        HttpResponse<String> response = send("GET", path.toString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private double count(String name, String... tags) throws IOException, InterruptedException {
        for (JsonNode m : metric(name, tags).get("measurements")) {
            if (m.get("statistic").asText().equals("COUNT")) {
                return m.get("value").asDouble();
            }
        }
        throw new AssertionError("no COUNT for " + name);
    }
}
