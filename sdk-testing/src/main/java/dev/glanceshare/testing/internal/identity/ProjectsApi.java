package dev.glanceshare.testing.internal.identity;

import dev.glanceshare.testing.internal.CloudConfig;
import dev.glanceshare.testing.internal.http.QueryParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /v3/projects}, {@code /v3/projects/{id}} and {@code /v3/auth/projects} with Keystone Zed's default policy. */
final class ProjectsApi {
    private final IdentityStore store;
    private final TokenView view;
    private final CloudConfig config;

    ProjectsApi(IdentityStore store, TokenView view, CloudConfig config) {
        this.store = store;
        this.view = view;
        this.config = config;
    }

    /**
     * identity:list_projects as Keystone Zed's default policy has it (measured on Keystone 22, with
     * enforce_new_defaults and enforce_scope off): a token with the admin role sees every project; a
     * domain-scoped token with the reader role (or one implying it) sees its own domain's projects, Keystone
     * filtering them itself, so another domain's {@code domain_id} gives an empty list, not 403; anyone else
     * (project-scoped or unscoped without admin) gets 403.
     */
    Map<String, Object> list(Token caller, QueryParams query, String rawQuery) {
        if (!caller.isAdmin() && !domainReader(caller)) {
            throw KeystoneError.forbidden("identity:list_projects");
        }
        Optional<String> name = query.first("name");
        Optional<String> domain = query.first("domain_id");
        Optional<String> visible = caller.isAdmin() ? Optional.empty() : Optional.of(caller.domainId());
        List<Object> out = new ArrayList<>();
        for (Project p : store.projects()) {
            if (name.map(n -> n.equals(p.name())).orElse(true) && domain.map(d -> d.equals(p.domainId())).orElse(true)
                    && visible.map(d -> d.equals(p.domainId())).orElse(true)) {
                out.add(view.project(p));
            }
        }
        // Keystone's self link keeps the query as sent (measured: /v3/projects?name=demo)
        return collection(out, config.identityUrl() + "/projects" + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery));
    }

    /**
     * identity:get_project: admin, a token scoped to that very project, or a domain reader for a project of
     * its domain; others get 403 even for unknown IDs.
     */
    Map<String, Object> get(Token caller, String id) {
        Optional<Project> project = store.project(id);
        boolean inMyDomain = domainReader(caller) && project.map(p -> p.domainId().equals(caller.domainId())).orElse(false);
        if (!caller.isAdmin() && !id.equals(caller.projectId()) && !inMyDomain) {
            throw KeystoneError.forbidden("identity:get_project");
        }
        Project p = project.orElseThrow(() -> KeystoneError.notFound("Could not find project: " + id + "."));
        return Map.of("project", view.project(p));
    }

    private static boolean domainReader(Token caller) {
        return caller.domainId() != null && caller.roles().contains("reader");
    }

    Map<String, Object> mine(Token caller) {
        List<Object> out = new ArrayList<>();
        store.user(caller.userId()).ifPresent(u -> u.projectIds()
                .forEach(id -> store.project(id).ifPresent(p -> out.add(view.project(p)))));
        return collection(out, config.identityUrl() + "/auth/projects");
    }

    private static Map<String, Object> collection(List<Object> projects, String self) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projects", projects);
        body.put("links", TokenView.links(self));
        return body;
    }
}
