package dev.glanceshare.testing.internal.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.Jsons;
import dev.glanceshare.testing.internal.http.WebobError;
import java.util.Locale;
import java.util.Optional;

/** Glance's {@code JSONRequestDeserializer}: when a request has a body, and how a JSON body is read. */
final class Bodies {
    private Bodies() {
    }

    // A chunked POST, PUT or PATCH counts as having a body even when it is empty, as in Glance.
    static boolean hasBody(HttpRequest request) {
        boolean chunked = request.header("Transfer-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))
                .orElse(false);
        boolean mayHaveBody = switch (request.method()) {
            case "POST", "PUT", "PATCH" -> true;
            default -> false;
        };
        return (chunked && mayHaveBody) || request.body().length > 0;
    }

    static Optional<JsonNode> json(HttpRequest request) {
        if (!hasBody(request)) {
            return Optional.empty();
        }
        JsonNode node = Jsons.parse(request.body())
                .orElseThrow(() -> WebobError.of(400, "Malformed JSON in request body."));
        if (!node.isObject() && !node.isArray()) {
            throw WebobError.of(400, "Unexpected body type. Expected list/dict.");
        }
        return Optional.of(node);
    }

    static JsonNode required(HttpRequest request) {
        return json(request).orElseThrow(() -> WebobError.of(400, "Body expected in request."));
    }

    static void reject(HttpRequest request) {
        if (hasBody(request)) {
            throw WebobError.of(400, "A body is not expected with this request.");
        }
    }

    /** The request's media type without parameters, as webob's {@code request.content_type} gives it. */
    static String mediaType(HttpRequest request) {
        String type = request.header("Content-Type").orElse("");
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).trim();
    }
}
