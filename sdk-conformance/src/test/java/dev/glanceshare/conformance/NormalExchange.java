package dev.glanceshare.conformance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One HTTP exchange as the comparison sees it: what is left once IDs, timestamps, tokens and hosts are
 * replaced by placeholders. A body is held as JSON when it parses as JSON, else as text.
 *
 * @param service {@code keystone} or {@code glance}
 * @param method the request method
 * @param path path and query, normalised, such as {@code /v2/images/{img:shared}/members}
 * @param requestType the request's media type, without parameters; empty when it has no body
 * @param requestBody the request body (JSON node or text node); a missing node when there is none
 * @param status the response status, 0 when no response arrived
 * @param contentType the response media type, without parameters, lower case; empty when absent
 * @param headers the response headers of {@link Normalizer#COMPARED_HEADERS} that are present, normalised
 * @param responseBody the response body, like {@code requestBody}
 */
record NormalExchange(String service, String method, String path, String requestType, JsonNode requestBody,
        int status, String contentType, java.util.Map<String, String> headers, JsonNode responseBody) {

    /** @return {@code METHOD path}, as allow-list entries name a request */
    String request() {
        return method + " " + path;
    }

    /** @return one line for a diff or a record */
    String headline() {
        return service + " " + method + " " + path + " -> " + status + (contentType.isEmpty() ? "" : " " + contentType);
    }
}
