package dev.glanceshare.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.glanceshare.core.http.Headers;
import dev.glanceshare.core.http.HttpRequest;
import dev.glanceshare.core.http.HttpResponse;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.trace.RequestTrace;
import dev.glanceshare.core.trace.TracedExchange;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The normaliser, the comparer and the allow-list, on hand-made exchanges. */
class ComparisonTest {
    private static final String DEMO = "d39547a9caf340058c5cb4677c9c5bd7";
    private static final String IMAGE = "6f1c0c0e-2f4b-4b8e-9a55-0a1b2c3d4e5f";
    private static final String FOREIGN = "11111111-2222-4333-8444-555555555555";

    private final Placeholders ids = new Placeholders("r42", Map.of(DEMO, "{demo}", "http://127.0.0.1:9292", "{glance}"));

    @Test
    void placeholdersReplaceKnownIdsTheRunTimestampsAndOtherIds() {
        ids.image(IMAGE, "conf-r42-shared");

        assertThat(ids.apply("/v2/images/" + IMAGE + "/members/" + DEMO)).isEqualTo("/v2/images/{img:shared}/members/{demo}");
        assertThat(ids.apply("conf-r42-shared at 2026-11-22T23:50:42.123456Z and 2026-11-22T22:44:00Z"))
                .isEqualTo("conf-{run}-shared at 0000-00-00T00:00:00.000000Z and 0000-00-00T00:00:00Z");
        assertThat(ids.apply("marker=" + FOREIGN + " project 0123456789abcdef0123456789abcdef"))
                .isEqualTo("marker={id} project {id}");
        assertThat(ids.apply("http://127.0.0.1:9292/v2/")).isEqualTo("{glance}/v2/");
    }

    @Test
    void aSecondImageOfTheSameNameIsNumbered() {
        ids.image(IMAGE, "conf-r42-dup");
        ids.image(FOREIGN, "conf-r42-dup");

        assertThat(ids.apply(IMAGE + " " + FOREIGN)).isEqualTo("{img:dup} {img:dup#2}");
    }

    @Test
    void normalisingSortsKeysAndRolesKeepsHashesAndDropsImagesOfOtherRuns() {
        String body = "{\"images\": [{\"name\": \"conf-r42-a\", \"id\": \"" + IMAGE + "\", \"checksum\": "
                + "\"0123456789abcdef0123456789abcdef\"}, {\"id\": \"" + FOREIGN + "\"}], \"first\": \"/v2/images\"}";
        String token = "{\"token\": {\"roles\": [{\"id\": \"a\", \"name\": \"reader\"}, {\"id\": \"b\", \"name\": \"member\"}],"
                + " \"audit_ids\": [\"Zq3UfpVjRq2Yw3TVg8lY0g\"]}}";
        List<TracedExchange> recorded = record(
                new Canned("POST", "/v2/images", 201, "{\"id\": \"" + IMAGE + "\", \"name\": \"conf-r42-a\"}"),
                new Canned("GET", "/v2/images", 200, body),
                new Canned("POST", "/v3/auth/tokens", 201, token));
        Normalizer normalizer = new Normalizer(ids);
        normalizer.learn(recorded);

        List<NormalExchange> normal = normalizer.normalize(recorded);

        JsonNode list = normal.get(1).responseBody();
        assertThat(list.get("images")).hasSize(1);
        assertThat(list.get("images").get(0).get("id").asText()).isEqualTo("{img:a}");
        assertThat(list.get("images").get(0).get("checksum").asText()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(list.toString()).startsWith("{\"first\"");
        JsonNode t = normal.get(2).responseBody().get("token");
        assertThat(t.get("roles").get(0).get("name").asText()).isEqualTo("member");
        assertThat(t.get("audit_ids").get(0).asText()).isEqualTo("{audit}");
        assertThat(normal.get(1).contentType()).isEqualTo("application/json");
    }

    @Test
    void theComparerNamesEachDifferenceByStepExchangeAndJsonPointer() throws Exception {
        ScenarioRecord fake = record("fake", exchange(404, "{\"message\": \"Image x not found.\", \"code\": \"404\"}"));
        ScenarioRecord real = record("real", exchange(403, "{\"code\": \"404\", \"message\": \"Not allowed.\"}"));

        List<Difference> differences = Comparer.compare(fake, real);

        assertThat(differences).extracting(Difference::field).containsExactly("outcome", "status", "response.body/message");
        assertThat(differences.get(2).render()).contains("s / get / #1 GET /v2/images/{img:a} / response.body/message",
                "fake: \"Image x not found.\"", "real: \"Not allowed.\"");
        assertThat(Comparer.compare(fake, fake)).isEmpty();
    }

    @Test
    void theComparerReportsMissingExchangesAndSteps() throws Exception {
        ScenarioRecord one = record("fake", exchange(200, "{}"));
        ScenarioRecord none = new ScenarioRecord("s", "real", List.of(), List.of(), List.of());

        assertThat(Comparer.compare(one, none)).extracting(Difference::field).containsExactly("step");
        ScenarioRecord two = new ScenarioRecord("s", "real", List.of(new StepRecord("get", "alt", "returned 200",
                List.of(exchange(200, "{}"), exchange(200, "{}")))), List.of(), List.of());
        assertThat(Comparer.compare(one, two)).extracting(Difference::field).containsExactly("outcome", "exchange");
    }

    @Test
    void allowListEntriesMatchWithGlobsAndCountTheirUse() {
        AllowList.Entry entry = new AllowList.Entry("seed-*", "*", "GET /v2/images*", "response.body/*/virtual_size", "why");
        Difference d = new Difference("seed-workflow", "list", "#1", "GET /v2/images?limit=2", "response.body/images/0/virtual_size",
                "null", "1");

        assertThat(entry.matches(d)).isTrue();
        assertThat(entry.matches(new Difference("tags", "list", "#1", "GET /v2/images", "response.body/images/0/virtual_size",
                "null", "1"))).isFalse();
        assertThat(AllowList.glob("{img:a}*").matcher("{img:a}/members").matches()).isTrue();
        assertThat(AllowList.load().entries()).allSatisfy(e -> assertThat(e.reason).isNotBlank());
    }

    private ScenarioRecord record(String target, NormalExchange e) {
        return new ScenarioRecord("s", target, List.of(new StepRecord("get", "alt", "threw X (" + e.status() + ")",
                List.of(e))), List.of(), List.of());
    }

    private static NormalExchange exchange(int status, String body) throws Exception {
        JsonNode json = new ObjectMapper().readTree(body);
        return new NormalExchange("glance", "GET", "/v2/images/{img:a}", "", MissingNode.getInstance(), status,
                "application/json", Map.of(), json);
    }

    private record Canned(String method, String path, int status, String body) {}

    /** Sends canned answers through a real RequestTrace, so the normaliser sees genuine recorded exchanges. */
    private static List<TracedExchange> record(Canned... canned) {
        RequestTrace trace = RequestTrace.create(100_000);
        HttpTransport stub = new HttpTransport() {
            private int next;

            @Override
            public HttpResponse send(HttpRequest request) {
                Canned c = canned[next++];
                return HttpResponse.of(c.status(), Headers.builder().set("Content-Type", "application/json; charset=UTF-8")
                        .build(), c.body().getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void close() {}
        };
        HttpTransport transport = trace.wrap(stub);
        for (Canned c : canned) {
            transport.send(HttpRequest.builder(c.method(), URI.create("http://127.0.0.1:9292" + c.path())).build()).close();
        }
        return trace.exchanges();
    }
}
