package dev.glanceshare.testing.internal.image;

import dev.glanceshare.testing.FakeClock;
import dev.glanceshare.testing.RequestClass;
import dev.glanceshare.testing.internal.CloudConfig;
import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.MediaRanges;
import dev.glanceshare.testing.internal.http.PyJson;
import dev.glanceshare.testing.internal.http.QueryParams;
import dev.glanceshare.testing.internal.http.ServiceHandler;
import dev.glanceshare.testing.internal.http.WebobError;
import dev.glanceshare.testing.internal.identity.IdentityStore;
import dev.glanceshare.testing.internal.identity.Token;
import dev.glanceshare.testing.internal.metadefs.MetadefCatalog;
import dev.glanceshare.testing.internal.metadefs.MetadefRouter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Glance listener, in the order of Glance's paste pipeline: path prefix, health check, version
 * negotiation (300 for anything that is not a known version), keystonemiddleware's token check, then the
 * v2 router. Request IDs are added after the token check, as Glance's context middleware does.
 */
public final class GlanceService implements ServiceHandler {
    private final CloudConfig config;
    private final IdentityStore identity;
    private final FakeClock clock;
    private final GlanceRouter router;

    /**
     * @param config cloud settings
     * @param store image state
     * @param identity token lookups (in process, like a warm keystonemiddleware cache)
     * @param clock the fake clock
     */
    public GlanceService(CloudConfig config, ImageStore store, IdentityStore identity, FakeClock clock) {
        this.config = config;
        this.identity = identity;
        this.clock = clock;
        Instant started = clock.now(); // the catalogue is loaded when the deployment starts
        this.router = new GlanceRouter(new GlanceEnv(store, clock, config), new MetadefRouter(
                Lazy.of(() -> MetadefCatalog.seeded(started)), clock, config.imageRoot()));
    }

    /**
     * Removes the configured path prefix.
     *
     * @param rawPath the path as received
     * @return the path Glance sees, or empty when it lies outside the prefix
     */
    public Optional<String> relative(String rawPath) {
        String prefix = config.imagePrefix();
        if (prefix.isEmpty()) {
            return Optional.of(rawPath);
        }
        if (rawPath.equals(prefix)) {
            return Optional.of("");
        }
        return rawPath.startsWith(prefix + "/") ? Optional.of(rawPath.substring(prefix.length())) : Optional.empty();
    }

    @Override
    public RequestClass classify(HttpRequest request) {
        String path = relative(request.rawPath()).orElse("");
        if (!path.matches("/+v2[^/]*/images(/.*)?")) {
            return RequestClass.DISCOVERY;
        }
        if (path.matches(".*/images/[^/]+/members(/.*)?")) {
            return RequestClass.MEMBER;
        }
        if (path.matches(".*/images/[^/]+/tags/.*")) {
            return RequestClass.TAG;
        }
        return path.matches(".*/images/[^/]+/file") ? RequestClass.IMAGE_DATA : RequestClass.IMAGE;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        Optional<String> relative = relative(request.rawPath());
        if (relative.isEmpty()) {
            // Behind a path-prefix proxy, other paths never reach Glance; the proxy answers 404.
            return HttpResponse.status(404).header("Content-Type", "text/plain; charset=UTF-8").body("Not Found");
        }
        String path = QueryParams.unquote(relative.get()); // eventlet hands Glance a decoded PATH_INFO
        if (path.equals("/healthcheck")) {
            return healthcheck(request);
        }
        String trimmed = path.replaceFirst("^/+", "");
        int slash = trimmed.indexOf('/');
        String version = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (version.equals("versions")) {
            return versions(200);
        }
        if (!GlanceDiscovery.ALLOWED.contains(version)) {
            return versions(300);
        }
        String rest = slash < 0 ? "" : trimmed.substring(slash);
        String accept = request.header("Accept").orElse(null);
        Optional<Token> token = request.header("X-Auth-Token").flatMap(t -> identity.validate(t, clock.now()))
                .filter(t -> !t.unscoped());
        if (token.isEmpty()) {
            return WebobError.of(401).render(accept)
                    .header("Www-Authenticate", "Keystone uri=\"" + config.identityRoot() + "\"");
        }
        Token t = token.get();
        String requestId = "req-" + UUID.randomUUID();
        Caller caller = new Caller(t.projectId(), t.userId(), t.isAdmin(), requestId);
        HttpResponse response;
        try {
            response = router.route(caller, request, rest);
        } catch (WebobError e) {
            response = e.render(accept);
        }
        return response.header("X-Openstack-Request-Id", requestId);
    }

    @Override
    public HttpResponse tooLarge(HttpRequest request) {
        return WebobError.of(413).render(request.header("Accept").orElse(null))
                .header("X-Openstack-Request-Id", "req-" + UUID.randomUUID());
    }

    @Override
    public HttpResponse error(HttpRequest request, int status) {
        HttpResponse response = WebobError.of(status).render(request.header("Accept").orElse(null));
        return status == 401 ? response : response.header("X-Openstack-Request-Id", "req-" + UUID.randomUUID());
    }

    private HttpResponse versions(int status) {
        return HttpResponse.json(status, PyJson.dumps(GlanceDiscovery.versions(config.imageUrl()), true));
    }

    // oslo.middleware's health check: plain "OK" unless JSON is preferred.
    private static HttpResponse healthcheck(HttpRequest request) {
        String accept = request.header("Accept").orElse(null);
        if (accept != null && MediaRanges.errorFormat(accept) == MediaRanges.ErrorFormat.JSON) {
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("detailed", false);
            body.put("reasons", List.of("OK"));
            return HttpResponse.json(200, PyJson.dumpsIndented(body, 4));
        }
        return HttpResponse.status(200).header("Content-Type", "text/plain; charset=UTF-8").body("OK");
    }
}
