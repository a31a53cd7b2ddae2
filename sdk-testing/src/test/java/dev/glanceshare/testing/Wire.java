package dev.glanceshare.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A tiny test client over the JDK's HttpClient: real HTTP, no SDK classes. */
final class Wire {
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String method;
    private final String url;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;

    private Wire(String method, String url) {
        this.method = method;
        this.url = url;
    }

    static Wire request(String method, String url) {
        return new Wire(method, url);
    }

    static Wire get(String url) {
        return new Wire("GET", url);
    }

    Wire token(String token) {
        return header("X-Auth-Token", token);
    }

    Wire json() {
        return header("Accept", "application/json");
    }

    Wire header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Wire body(String text) {
        this.body = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    Wire body(byte[] bytes) {
        this.body = bytes;
        return this;
    }

    /** A JSON body with Content-Type application/json. */
    Wire jsonBody(String text) {
        return header("Content-Type", "application/json").body(text);
    }

    Reply send() {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, Map<String, java.util.List<String>> headers, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body(), e);
            }
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst();
        }

        /** The JSON error message of a Glance error. */
        String message() {
            return json().get("message").asText();
        }
    }
}
