package dev.glanceshare.testing.internal.identity;

import dev.glanceshare.testing.internal.CloudConfig;
import dev.glanceshare.testing.internal.http.QueryParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /v3/projects}, {@code /v3/projects/{id}} and {@code /v3/auth/projects} with Keystone's legacy policy. */
final class ProjectsApi {
    private final IdentityStore store;
    private final TokenView view;
    private final CloudConfig config;

    ProjectsApi(IdentityStore store, TokenView view, CloudConfig config) {
        this.store = store;
        this.view = view;
        this.config = config;
    }

    // identity:list_projects is admin-only under the legacy rules.
    Map<String, Object> list(Token caller, QueryParams query) {
        if (!caller.isAdmin()) {
            throw KeystoneError.forbidden("identity:list_projects");
        }
        Optional<String> name = query.first("name");
        Optional<String> domain = query.first("domain_id");
        List<Object> out = new ArrayList<>();
        for (Project p : store.projects()) {
            if (name.map(n -> n.equals(p.name())).orElse(true) && domain.map(d -> d.equals(p.domainId())).orElse(true)) {
                out.add(view.project(p));
            }
        }
        return collection(out, config.identityUrl() + "/projects"); // Keystone's self link drops the query
    }

    // identity:get_project: admin, or a token scoped to that very project; others get 403 even for unknown IDs.
    Map<String, Object> get(Token caller, String id) {
        if (!caller.isAdmin() && !id.equals(caller.projectId())) {
            throw KeystoneError.forbidden("identity:get_project");
        }
        Project p = store.project(id).orElseThrow(() -> KeystoneError.notFound("Could not find project: " + id + "."));
        return Map.of("project", view.project(p));
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
