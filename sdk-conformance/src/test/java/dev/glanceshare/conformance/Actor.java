package dev.glanceshare.conformance;

import dev.glanceshare.core.EndpointFilter;
import dev.glanceshare.core.http.HttpRequest;
import dev.glanceshare.core.http.HttpResponse;
import dev.glanceshare.core.http.RequestBody;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.ImageService;
import dev.glanceshare.image.bulk.BulkSharing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One user of a scenario: a recorded Keystone session and a Glance client on it, plus raw requests for
 * what the SDK deliberately cannot send (an invalid member status, a PATCH with the wrong media type, a
 * token revocation). Raw requests go through the same recorded transport.
 */
final class Actor implements AutoCloseable {
    private final String label;
    private final Target target;
    private final KeystoneSession session;
    private final GlanceClient glance;

    Actor(String label, Target target, KeystoneSession session) {
        this.label = label;
        this.target = target;
        this.session = session;
        this.glance = GlanceClient.builder().session(session).build();
    }

    /** @return who this is in a record, such as {@code demo} */
    String label() {
        return label;
    }

    KeystoneSession session() {
        return session;
    }

    ImageService images() {
        return glance.images();
    }

    BulkSharing bulk() {
        return glance.bulk();
    }

    /** @return Glance's catalog URL without a trailing slash, such as {@code http://127.0.0.1:9292} */
    String glanceRoot() {
        return session.endpoint(EndpointFilter.of("image")).toString().replaceAll("/+$", "").replaceAll("/v2$", "");
    }

    /**
     * Sends a request to Glance's v2 API with this actor's token and {@code Accept: application/json},
     * bypassing the SDK's checks.
     *
     * @param method the method
     * @param path below {@code /v2}, such as {@code /images/<id>}
     * @param body JSON or other text, or null
     * @param contentType the body's content type
     * @return status, content type and body
     */
    Outcome.Raw glanceRaw(String method, String path, String body, String contentType) {
        return send(method, URI.create(glanceRoot() + "/v2" + path), tokenAnd("Accept", "application/json"), body, contentType);
    }

    /**
     * Sends a request to Keystone with this actor's token.
     *
     * @param method the method
     * @param path below {@code /v3}, such as {@code /auth/tokens}
     * @param subjectToken an {@code X-Subject-Token}, or null
     * @return status, content type and body
     */
    Outcome.Raw keystoneRaw(String method, String path, String subjectToken) {
        Map<String, String> headers = tokenAnd("Accept", "application/json");
        if (subjectToken != null) {
            headers.put("X-Subject-Token", subjectToken);
        }
        return send(method, URI.create(target.authUrl().toString().replaceAll("/+$", "") + path), headers, null, null);
    }

    /** @return this actor's token header plus one more */
    Map<String, String> tokenAnd(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Auth-Token", session.token().value());
        if (name != null) {
            headers.put(name, value);
        }
        return headers;
    }

    /**
     * Sends exactly this request through the recorded transport.
     *
     * @param method the method
     * @param uri the URI
     * @param headers the headers, nothing added
     * @param body text, or null
     * @param contentType the body's content type
     * @return status, content type and body
     */
    Outcome.Raw send(String method, URI uri, Map<String, String> headers, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.builder(method, uri);
        headers.forEach(b::header);
        if (body != null) {
            b.body(RequestBody.of(body.getBytes(StandardCharsets.UTF_8), contentType));
        }
        try (HttpResponse r = target.transport().send(b.build())) {
            return new Outcome.Raw(r.status(), r.mediaType().orElse(""),
                    new String(r.readBody(1 << 20), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        glance.close();
        session.close();
    }
}
