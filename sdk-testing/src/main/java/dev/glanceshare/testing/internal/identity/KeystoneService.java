package dev.glanceshare.testing.internal.identity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.FakeClock;
import dev.glanceshare.testing.RequestClass;
import dev.glanceshare.testing.internal.CloudConfig;
import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.Jsons;
import dev.glanceshare.testing.internal.http.PyJson;
import dev.glanceshare.testing.internal.http.QueryParams;
import dev.glanceshare.testing.internal.http.ServiceHandler;
import dev.glanceshare.testing.internal.http.StatusTitles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The Keystone v3 listener: discovery, tokens and project lookups, with Keystone's errors and headers. */
public final class KeystoneService implements ServiceHandler {
    /** oslo.middleware's default {@code max_request_body_size}, which Keystone applies to every request. */
    public static final long MAX_REQUEST_BODY_SIZE = 114688;

    private static final String FLASK_404 = "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n"
            + "<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL"
            + " manually please check your spelling and try again.</p>\n";
    private static final String FLASK_405 = "<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed"
            + "</title>\n<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested URL.</p>\n";

    private final CloudConfig config;
    private final IdentityStore store;
    private final FakeClock clock;
    private final TokenView view;
    private final Authenticator authenticator;
    private final ProjectsApi projects;

    /**
     * @param config cloud settings
     * @param store identity state
     * @param clock the fake clock
     */
    public KeystoneService(CloudConfig config, IdentityStore store, FakeClock clock) {
        this.config = config;
        this.store = store;
        this.clock = clock;
        this.view = new TokenView(config, store);
        this.authenticator = new Authenticator(store, clock, config.tokenLifetime());
        this.projects = new ProjectsApi(store, view, config);
    }

    @Override
    public RequestClass classify(HttpRequest request) {
        return RequestClass.IDENTITY;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        try {
            return route(request);
        } catch (KeystoneError e) {
            return error(e);
        }
    }

    @Override
    public HttpResponse tooLarge(HttpRequest request) {
        // sizelimit sits before the request-id middleware, so this answer has no request ID
        return dev.glanceshare.testing.internal.http.WebobError.of(413,
                "Request is too large. Larger than max_request_body_size (" + MAX_REQUEST_BODY_SIZE + ").")
                .render(request.header("Accept").orElse(null));
    }

    @Override
    public HttpResponse error(HttpRequest request, int status) {
        return error(KeystoneError.of(status, StatusTitles.title(status), StatusTitles.explanation(status)));
    }

    private HttpResponse route(HttpRequest request) {
        String path = QueryParams.unquote(request.rawPath());
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1); // Keystone's routes ignore one trailing slash
        }
        String method = request.method();
        QueryParams query = QueryParams.parse(request.rawQuery());
        switch (path) {
            case "/":
                return only(method, "GET", "HEAD").orElseGet(this::versions);
            case "/v3":
                return only(method, "GET", "HEAD").orElseGet(() -> json(200, Map.of("version", version())));
            case "/v3/auth/tokens":
                return tokens(request, method, query);
            case "/v3/auth/projects":
                return only(method, "GET", "HEAD").orElseGet(() -> json(200, projects.mine(caller(request))));
            case "/v3/auth/catalog":
                return only(method, "GET", "HEAD").orElseGet(() -> catalog(caller(request)));
            case "/v3/projects":
                return only(method, "GET", "HEAD").orElseGet(() -> json(200, projects.list(caller(request), query, request.rawQuery())));
            default:
                if (path.startsWith("/v3/projects/") && path.indexOf('/', "/v3/projects/".length()) < 0) {
                    String id = path.substring("/v3/projects/".length());
                    return only(method, "GET", "HEAD").orElseGet(() -> json(200, projects.get(caller(request), id)));
                }
                return flask(404, FLASK_404);
        }
    }

    private HttpResponse tokens(HttpRequest request, String method, QueryParams query) {
        boolean withCatalog = query.first("nocatalog").isEmpty();
        switch (method) {
            case "POST": {
                JsonNode body = null;
                if (request.body().length > 0) {
                    String type = request.header("Content-Type").orElse("");
                    if (!type.isEmpty() && !type.toLowerCase().contains("json")) {
                        throw KeystoneError.validation("application/json", "Content-Type header");
                    }
                    body = Jsons.parse(request.body()).filter(JsonNode::isObject)
                            .orElseThrow(() -> KeystoneError.validation("valid JSON", "request body"));
                }
                Token token = authenticator.authenticate(body);
                return json(201, view.token(token, withCatalog)).header("X-Subject-Token", token.id());
            }
            case "GET":
            case "HEAD": {
                Token subject = subjectFor(request, "identity:validate_token");
                HttpResponse ok = method.equals("GET") ? json(200, view.token(subject, withCatalog))
                        : keystoneHeaders(HttpResponse.status(200));
                return ok.header("X-Subject-Token", subject.id());
            }
            case "DELETE": {
                Token subject = subjectFor(request, "identity:revoke_token");
                store.revoke(subject.id());
                return keystoneHeaders(HttpResponse.status(204));
            }
            default:
                return flask(405, FLASK_405).header("Allow", "DELETE, GET, HEAD, OPTIONS, POST");
        }
    }

    // Keystone validates the subject token before the policy check, so an invalid subject is a 404 for anyone.
    private Token subjectFor(HttpRequest request, String action) {
        Token caller = caller(request);
        String subjectId = request.header("X-Subject-Token")
                .orElseThrow(() -> KeystoneError.validation("X-Subject-Token", "header"));
        Token subject = store.validate(subjectId, clock.now())
                .orElseThrow(() -> KeystoneError.notFound("Failed to validate token"));
        boolean service = caller.roles().contains("service");
        if (!caller.isAdmin() && !service && !caller.userId().equals(subject.userId())) {
            throw KeystoneError.forbidden(action);
        }
        return subject;
    }

    private HttpResponse catalog(Token caller) {
        if (caller.unscoped()) {
            throw KeystoneError.of(403, "Forbidden", "The service catalog is empty.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("catalog", view.catalog());
        body.put("links", TokenView.links(config.identityUrl() + "/auth/catalog"));
        return json(200, body);
    }

    private Token caller(HttpRequest request) {
        return request.header("X-Auth-Token").flatMap(t -> store.validate(t, clock.now()))
                .orElseThrow(KeystoneError::unauthorized);
    }

    private HttpResponse versions() {
        return json(300, Map.of("versions", Map.of("values", List.of(version()))))
                .header("Location", config.identityUrl() + "/");
    }

    private Map<String, Object> version() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", "v3.14");
        v.put("status", "stable");
        v.put("updated", "2020-04-07T00:00:00Z");
        v.put("links", List.of(PyJson.obj("rel", "self", "href", config.identityUrl() + "/")));
        Map<String, Object> media = new LinkedHashMap<>();
        media.put("base", "application/json");
        media.put("type", "application/vnd.openstack.identity-v3+json");
        v.put("media-types", List.of(media));
        return v;
    }

    private static Optional<HttpResponse> only(String method, String... allowed) {
        for (String m : allowed) {
            if (m.equals(method)) {
                return Optional.empty();
            }
        }
        return Optional.of(flask(405, FLASK_405).header("Allow", String.join(", ", allowed) + ", OPTIONS"));
    }

    private HttpResponse error(KeystoneError e) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("code", e.code());
        inner.put("message", e.getMessage());
        inner.put("title", e.title());
        HttpResponse response = json(e.code(), Map.of("error", inner));
        if (e.code() == 401) {
            response.header("WWW-Authenticate", "Keystone uri=\"" + config.identityUrl() + "\"");
        }
        return response;
    }

    private static HttpResponse json(int status, Map<String, ?> body) {
        return keystoneHeaders(HttpResponse.json(status, PyJson.dumps(body, true)));
    }

    private static HttpResponse keystoneHeaders(HttpResponse response) {
        return response.header("Vary", "X-Auth-Token").header("x-openstack-request-id", requestId());
    }

    private static HttpResponse flask(int status, String html) {
        return HttpResponse.status(status).header("Content-Type", "text/html; charset=utf-8").body(html)
                .header("x-openstack-request-id", requestId());
    }

    private static String requestId() {
        return "req-" + UUID.randomUUID();
    }
}
