package dev.glanceshare.testing.internal.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.Jsons;
import dev.glanceshare.testing.internal.http.WebobError;
import java.util.Locale;
import java.util.Optional;

/** Glance's {@code JSONRequestDeserializer}: when a request has a body, and how a JSON body is read. */
public final class Bodies {
    private Bodies() {
    }

    /**
     * A chunked POST, PUT or PATCH counts as having a body even when it is empty, as in Glance.
     *
     * @param request the request
     * @return whether Glance sees a body
     */
    public static boolean hasBody(HttpRequest request) {
        boolean chunked = request.header("Transfer-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))
                .orElse(false);
        boolean mayHaveBody = switch (request.method()) {
            case "POST", "PUT", "PATCH" -> true;
            default -> false;
        };
        return (chunked && mayHaveBody) || request.body().length > 0;
    }

    /**
     * @param request the request
     * @return its JSON body (an object or array), or empty when it has none
     * @throws WebobError 400 for malformed JSON or a scalar
     */
    public static Optional<JsonNode> json(HttpRequest request) {
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

    /**
     * @param request the request
     * @return its JSON body
     * @throws WebobError 400 when there is none or it is malformed
     */
    public static JsonNode required(HttpRequest request) {
        return json(request).orElseThrow(() -> WebobError.of(400, "Body expected in request."));
    }

    /**
     * @param request the request
     * @throws WebobError 400 when it has a body
     */
    public static void reject(HttpRequest request) {
        if (hasBody(request)) {
            throw WebobError.of(400, "A body is not expected with this request.");
        }
    }

    /** The request's media type without parameters, as webob's {@code request.content_type} gives it. */
    public static String mediaType(HttpRequest request) {
        String type = request.header("Content-Type").orElse("");
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).trim();
    }
}
