package dev.glanceshare.image.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.http.HttpRequest;
import dev.glanceshare.core.http.HttpResponse;
import dev.glanceshare.core.http.RequestBody;
import dev.glanceshare.core.http.RequestUrl;
import dev.glanceshare.core.http.ServiceCaller;
import dev.glanceshare.core.http.UriPaths;
import dev.glanceshare.core.json.JsonCodec;
import dev.glanceshare.core.json.JsonDecoder;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The requests every Glance call is made of: URL building, JSON in and out, and decoding checks. */
public final class GlanceApi {
    /** JSON patch media type that Glance requires for image updates (anything else gets 415). */
    public static final String JSON_PATCH = "application/openstack-images-v2.1-json-patch";
    private static final String JSON = "application/json";

    private final ServiceCaller caller;
    private final Supplier<URI> endpoint;
    private final JsonCodec json = JsonCodec.standard();

    /**
     * @param caller sends requests and maps errors
     * @param endpoint the v2 root, resolved lazily (it needs the catalog)
     */
    public GlanceApi(ServiceCaller caller, Supplier<URI> endpoint) {
        this.caller = Objects.requireNonNull(caller);
        this.endpoint = new Lazy<>(endpoint);
    }

    /** @return the v2 root, such as {@code http://host:9292/v2} */
    public URI endpoint() {
        return endpoint.get();
    }

    /** @return the caller, for streaming requests */
    public ServiceCaller caller() {
        return caller;
    }

    RequestUrl url(String... segments) {
        return RequestUrl.of(endpoint(), segments);
    }

    RequestUrl url(List<Map.Entry<String, String>> query, String... segments) {
        return url(segments).withQuery(query);
    }

    URI resolve(String link) {
        return UriPaths.resolveServiceLink(endpoint(), link);
    }

    HttpRequest.Builder request(String method, RequestUrl url) {
        // Accept JSON: Glance's error bodies follow Accept, and JSON is the one shape with a clean message.
        return HttpRequest.builder(method, url).header("Accept", JSON);
    }

    <T> T getJson(RequestUrl url, String what, JsonDecoder<T> reader) {
        return exchange(request("GET", url).build(), what, reader);
    }

    <T> T sendJson(String method, RequestUrl url, JsonNode body, String contentType, String what, JsonDecoder<T> reader) {
        HttpRequest r = request(method, url).body(RequestBody.of(json.write(body), contentType)).build();
        return exchange(r, what, reader);
    }

    /** The hot path: the body is read by {@code reader} straight from the parser, with no tree. */
    <T> T exchange(HttpRequest request, String what, JsonDecoder<T> reader) {
        return caller.json(request, what, p -> {
            try {
                return reader.decode(p);
            } catch (WireFormatException | IllegalStateException | IllegalArgumentException e) {
                throw decodeFailure(request, e);
            }
        });
    }

    void send(HttpRequest request) {
        caller.send(request);
    }

    HttpResponse open(HttpRequest request) {
        return caller.open(request);
    }

    private static TransportException decodeFailure(HttpRequest request, RuntimeException e) {
        // IllegalState comes from a model builder missing a required field.
        return new TransportException(TransportException.Kind.DECODE, request.method(), request.uri(),
                "Glance sent a body the SDK cannot read: " + e.getMessage(), e);
    }
}
