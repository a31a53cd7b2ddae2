package dev.glanceshare.identity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.internal.Timestamps;
import dev.glanceshare.identity.CatalogEndpoint;
import dev.glanceshare.identity.CatalogService;
import dev.glanceshare.identity.ServiceCatalog;
import dev.glanceshare.identity.TokenInfo;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads Keystone's {@code {"token": {...}}} body. Unknown fields are ignored. */
public final class TokenParser {
    private TokenParser() {}

    /**
     * @param subjectToken the {@code X-Subject-Token} header
     * @param body the response body
     * @param factory makes the public token details
     * @return the token's details
     * @throws IllegalArgumentException when the body lacks what every token has (a user ID)
     */
    public static TokenInfo parse(String subjectToken, JsonNode body, TokenInfoFactory factory) {
        JsonNode token = body.path("token");
        if (!token.isObject()) {
            throw new IllegalArgumentException("the body has no \"token\" object");
        }
        JsonNode user = token.path("user");
        String userId = text(user, "id");
        if (userId == null) {
            throw new IllegalArgumentException("the token has no user.id");
        }
        AuthToken value = AuthToken.of(subjectToken, time(token, "expires_at"));
        List<String> methods = new ArrayList<>();
        token.path("methods").forEach(m -> methods.add(m.asText()));
        List<String> roles = new ArrayList<>();
        token.path("roles").forEach(r -> {
            String name = text(r, "name");
            if (name != null) {
                roles.add(name);
            }
        });
        return factory.create(value, time(token, "issued_at"), methods, ref(user), optionalRef(token.path("project")),
                optionalRef(token.path("domain")), roles, catalog(token.path("catalog")));
    }

    private static TokenRef optionalRef(JsonNode node) {
        return node.isObject() && text(node, "id") != null ? ref(node) : null;
    }

    private static TokenRef ref(JsonNode node) {
        JsonNode domain = node.path("domain");
        return new TokenRef(text(node, "id"), text(node, "name"), text(domain, "id"), text(domain, "name"));
    }

    private static ServiceCatalog catalog(JsonNode catalog) {
        List<CatalogService> services = new ArrayList<>();
        for (JsonNode s : catalog) {
            String type = text(s, "type");
            if (type == null) {
                continue;
            }
            List<CatalogEndpoint> endpoints = new ArrayList<>();
            for (JsonNode e : s.path("endpoints")) {
                String url = text(e, "url");
                String iface = text(e, "interface");
                if (url == null || iface == null) {
                    continue;
                }
                String region = text(e, "region_id");
                endpoints.add(CatalogEndpoint.of(text(e, "id"), iface, region != null ? region : text(e, "region"),
                        URI.create(url)));
            }
            services.add(CatalogService.of(type, text(s, "name"), text(s, "id"), endpoints));
        }
        return ServiceCatalog.of(services);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? Texts.clean(v.asText()) : null;
    }

    /** Keystone writes {@code 2026-11-22T23:50:42.000000Z}; older releases and proxies vary the offset. */
    public static Instant time(JsonNode node, String field) {
        String t = text(node, field);
        if (t == null) {
            return null;
        }
        Instant fast = Timestamps.utc(t);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("token." + field + " is not a timestamp: '" + t + "'", e2);
            }
        }
    }
}
