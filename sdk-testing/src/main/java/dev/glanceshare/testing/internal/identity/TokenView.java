package dev.glanceshare.testing.internal.identity;

import dev.glanceshare.testing.internal.CloudConfig;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders tokens, the catalog and projects in Keystone's JSON shapes (key order as Keystone's). */
public final class TokenView {
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final CloudConfig config;
    private final IdentityStore store;
    private final String identityServiceId = IdentityStore.newId();
    private final String imageServiceId = IdentityStore.newId();
    private final List<String> endpointIds = List.of(IdentityStore.newId(), IdentityStore.newId(),
            IdentityStore.newId(), IdentityStore.newId(), IdentityStore.newId(), IdentityStore.newId());

    /**
     * @param config cloud settings (URLs, region)
     * @param store for user, project and role lookups
     */
    public TokenView(CloudConfig config, IdentityStore store) {
        this.config = config;
        this.store = store;
    }

    /**
     * Renders {@code {"token": {...}}}.
     *
     * @param t the token
     * @param withCatalog false for {@code ?nocatalog}
     * @return the body tree
     */
    public Map<String, Object> token(Token t, boolean withCatalog) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("methods", t.methods());
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("domain", domain());
        user.put("id", t.userId());
        user.put("name", store.user(t.userId()).map(UserAccount::name).orElse(""));
        user.put("password_expires_at", null);
        body.put("user", user);
        body.put("audit_ids", t.auditIds());
        body.put("expires_at", micros(t.expiresAt()));
        body.put("issued_at", micros(t.issuedAt()));
        if (t.domainId() != null) {
            body.put("domain", domain());
            body.put("roles", roles(t));
        } else if (t.projectId() != null) {
            Map<String, Object> project = new LinkedHashMap<>();
            project.put("domain", domain());
            project.put("id", t.projectId());
            project.put("name", store.project(t.projectId()).map(Project::name).orElse(""));
            body.put("project", project);
            body.put("is_domain", false);
            body.put("roles", roles(t));
        }
        if (withCatalog && !t.unscoped()) {
            body.put("catalog", catalog());
        }
        if (t.appCredentialId() != null) {
            Map<String, Object> ac = new LinkedHashMap<>();
            ac.put("id", t.appCredentialId());
            ac.put("name", store.appCredential(t.appCredentialId()).map(AppCredential::name).orElse(""));
            ac.put("restricted", true);
            body.put("application_credential", ac);
        }
        return Map.of("token", body);
    }

    /** @return the service catalog: identity then image, each with public, internal and admin endpoints */
    public List<Object> catalog() {
        return List.of(service(identityServiceId, "identity", "keystone", config.identityUrl(), 0),
                service(imageServiceId, "image", "glance", config.imageUrl(), 3));
    }

    /**
     * Renders a project as Keystone's {@code /v3/projects} does.
     *
     * @param p the project
     * @return the project tree
     */
    public Map<String, Object> project(Project p) {
        // Keystone's Project.to_dict: the model attributes in order, then options, then the self link.
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("name", p.name());
        out.put("domain_id", p.domainId());
        out.put("description", p.description());
        out.put("enabled", true);
        out.put("parent_id", p.domainId());
        out.put("is_domain", false);
        out.put("tags", List.of());
        out.put("options", Map.of());
        out.put("links", Map.of("self", config.identityUrl() + "/projects/" + p.id()));
        return out;
    }

    /**
     * Renders a collection's {@code links}.
     *
     * @param self the collection URL
     * @return {@code {"next": null, "self": ..., "previous": null}}
     */
    public static Map<String, Object> links(String self) {
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("next", null);
        links.put("self", self);
        links.put("previous", null);
        return links;
    }

    /**
     * Formats a token timestamp: UTC, microseconds, {@code Z}.
     *
     * @param instant the time
     * @return for example {@code 2026-11-22T23:50:42.000000Z}
     */
    public static String micros(Instant instant) {
        return MICROS.format(instant);
    }

    private List<Object> roles(Token t) {
        List<Object> roles = new ArrayList<>();
        for (String name : t.roles()) {
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("id", store.roleId(name));
            role.put("name", name);
            roles.add(role);
        }
        return roles;
    }

    private Map<String, Object> service(String id, String type, String name, String url, int firstEndpoint) {
        List<Object> endpoints = new ArrayList<>();
        String[] interfaces = {"public", "internal", "admin"};
        for (int i = 0; i < interfaces.length; i++) {
            Map<String, Object> ep = new LinkedHashMap<>();
            ep.put("id", endpointIds.get(firstEndpoint + i));
            ep.put("interface", interfaces[i]);
            ep.put("region_id", config.region());
            ep.put("url", url);
            ep.put("region", config.region());
            endpoints.add(ep);
        }
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("endpoints", endpoints);
        service.put("id", id);
        service.put("type", type);
        service.put("name", name);
        return service;
    }

    private static Map<String, Object> domain() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", IdentityStore.DOMAIN_ID);
        d.put("name", IdentityStore.DOMAIN_NAME);
        return d;
    }
}
