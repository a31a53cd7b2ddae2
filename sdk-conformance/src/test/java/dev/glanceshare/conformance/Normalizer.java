package dev.glanceshare.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.glanceshare.core.trace.TracedExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns recorded exchanges into {@link NormalExchange}s: placeholders everywhere, JSON objects with
 * sorted keys (key order is irrelevant), {@code audit_ids} values replaced, and images this run did not
 * create dropped from image lists (a real Glance is shared state: other runs' images come and go).
 */
final class Normalizer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Response headers compared besides the content type: the ones a client acts on. Request IDs, dates,
     * lengths and server names are left out.
     */
    static final List<String> COMPARED_HEADERS = List.of("Location", "WWW-Authenticate", "Accept-Patch", "Allow");

    /** Keys whose numbers are wall-clock times ({@code GET /v2/cache}). */
    private static final java.util.Set<String> CLOCK_KEYS = java.util.Set.of("last_accessed", "last_modified");

    private final Placeholders ids;

    Normalizer(Placeholders ids) {
        this.ids = ids;
    }

    /**
     * Registers the images a run created, from the {@code 201} answers to {@code POST /v2/images}, so
     * they get their names as placeholders. Call it with every exchange before normalising any.
     *
     * @param exchanges the run's exchanges, in order
     */
    void learn(List<TracedExchange> exchanges) {
        for (TracedExchange e : exchanges) {
            if (e.method().equals("POST") && e.status() == 201 && e.uri().getRawPath().endsWith("/v2/images")) {
                JsonNode body = parse(e.responseBody());
                if (body != null && body.path("id").isTextual()) {
                    ids.image(body.get("id").asText(), body.path("name").asText(""));
                }
            }
        }
    }

    NormalExchange normalize(TracedExchange e) {
        String requestType = e.requestHeaders().first("Content-Type").map(Normalizer::mediaType).orElse("");
        String contentType = e.responseHeaders().first("Content-Type").map(Normalizer::mediaType).orElse("");
        Map<String, String> headers = new TreeMap<>();
        for (String name : COMPARED_HEADERS) {
            e.responseHeaders().first(name).ifPresent(v -> headers.put(name, ids.apply(v)));
        }
        return new NormalExchange(e.participant(), e.method(), ids.apply(e.pathAndQuery()), requestType,
                body(e.requestBody()), e.status(), e.status() == 0 ? e.failure().orElse("") : contentType,
                headers, ownImagesOnly(body(e.responseBody())));
    }

    List<NormalExchange> normalize(List<TracedExchange> exchanges) {
        List<NormalExchange> out = new ArrayList<>();
        exchanges.forEach(e -> out.add(normalize(e)));
        return out;
    }

    static String mediaType(String contentType) {
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private JsonNode body(String text) {
        if (text == null || text.isEmpty()) {
            return MissingNode.getInstance();
        }
        JsonNode json = parse(text);
        return json == null ? TextNode.valueOf(ids.apply(text)) : canonical(null, json);
    }

    private static JsonNode parse(String text) {
        String t = text.stripLeading();
        if (!t.startsWith("{") && !t.startsWith("[")) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** A copy with placeholders in every string, object keys sorted. */
    JsonNode canonical(String key, JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                sorted.put(ids.apply(f.getKey()), canonical(f.getKey(), f.getValue()));
            }
            ObjectNode out = NODES.objectNode();
            sorted.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(n -> items.add("audit_ids".equals(key) && n.isTextual() ? TextNode.valueOf("{audit}")
                    : canonical(key, n)));
            if ("roles".equals(key)) {
                // Keystone lists a token's roles in an order that follows their random IDs: a set, not a list.
                items.sort(java.util.Comparator.comparing((JsonNode n) -> n.path("name").asText()));
            }
            if ("tags".equals(key)) {
                // Glance keeps an image's tags in a Python set: their order differs from process to process
                // (seen in CI: [red, two words, blue] one run, [red, blue, two words] the next).
                items.sort(java.util.Comparator.comparing(JsonNode::asText));
            }
            ArrayNode out = NODES.arrayNode();
            items.forEach(out::add);
            return out;
        }
        if (node.isTextual()) {
            return Placeholders.VERBATIM_KEYS.contains(key) ? node : TextNode.valueOf(ids.apply(node.asText()));
        }
        if (node.isNumber() && CLOCK_KEYS.contains(key)) {
            return NODES.numberNode(0); // the cache API's epoch seconds, a timestamp in another shape
        }
        return node;
    }

    /** Drops images this run did not create from a Glance image list. */
    private JsonNode ownImagesOnly(JsonNode body) {
        if (!body.isObject() || !body.path("images").isArray()) {
            return body;
        }
        ArrayNode kept = NODES.arrayNode();
        body.get("images").forEach(image -> {
            String id = image.path("id").asText("");
            if (id.startsWith("{img:")) {
                kept.add(image);
            }
        });
        ((ObjectNode) body).set("images", kept);
        return body;
    }
}
