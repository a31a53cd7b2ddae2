package dev.glanceshare.identity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.core.exception.AmbiguousNameException;
import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.core.exception.NotFoundException;
import dev.glanceshare.core.exception.ResourceNotFoundException;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.http.UriPaths;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves a project name or ID through Keystone, and never by guessing: when every lookup is refused or
 * finds nothing, it throws; it never returns the input as if it were an ID (the CLI does, and then adds
 * a member named {@code demo} to the image).
 *
 * <ol>
 *   <li>If the input looks like an ID (32 hex digits): {@code GET /v3/projects/{id}}.
 *   <li>{@code GET /v3/projects?name=...}: needs the admin role in Keystone's default policy.
 *   <li>If both were refused (403): {@code GET /v3/auth/projects}, the caller's own projects, matched by
 *       ID or name.
 * </ol>
 */
final class ProjectResolver {
    private static final int MAX_PAGES = 100;

    private final IdentityApi api;

    ProjectResolver(IdentityApi api) {
        this.api = api;
    }

    String resolve(String nameOrId) {
        String input = Texts.clean(nameOrId);
        if (input == null) {
            throw new IllegalArgumentException("project name or ID is null or blank");
        }
        URI identity = api.identityUrl();
        List<String> tried = new ArrayList<>();
        ForbiddenException refusal = null;
        boolean answered = false;
        if (Texts.looksLikeId(input)) {
            URI byId = UriPaths.append(identity, "projects", input);
            try {
                Project p = Project.of(api.get(byId).path("project"));
                if (input.equals(p.id)) {
                    return p.id;
                }
                tried.add(describe(byId) + ": answered with another project (" + p.id + ")");
                answered = true;
            } catch (NotFoundException e) {
                tried.add(describe(byId) + ": 404, no such ID");
                answered = true;
            } catch (ForbiddenException e) {
                tried.add(describe(byId) + ": refused (403)");
                refusal = e;
            }
        }
        URI byName = URI.create(UriPaths.append(identity, "projects") + "?name=" + UriPaths.encodeQuery(input));
        try {
            List<Project> named = list(byName).stream().filter(p -> input.equals(p.name)).collect(Collectors.toList());
            String found = pick(input, named);
            if (found != null) {
                return found;
            }
            tried.add(describe(byName) + ": no project of that name");
            throw notFound(input, tried, false);
        } catch (ForbiddenException e) {
            tried.add(describe(byName) + ": refused (403)");
            refusal = e;
        }
        URI mine = UriPaths.append(identity, "auth", "projects");
        List<Project> own;
        try {
            own = list(mine);
        } catch (ForbiddenException e) {
            tried.add(describe(mine) + ": refused (403)");
            if (answered) {
                throw notFound(input, tried, true);
            }
            throw IdentityErrors.forbidden(e, "Looking up project '" + input + "' was refused: " + String.join("; ", tried)
                    + ". Pass the project's ID instead (its owner can read it with `openstack project show`); the SDK "
                    + "never uses a name as an ID");
        }
        for (Project p : own) {
            if (input.equals(p.id)) {
                return p.id;
            }
        }
        String found = pick(input, own.stream().filter(p -> input.equals(p.name)).collect(Collectors.toList()));
        if (found != null) {
            return found;
        }
        tried.add(describe(mine) + ": the " + own.size() + " project(s) you belong to ("
                + own.stream().map(p -> p.name).collect(Collectors.joining(", ")) + ") do not include it");
        throw notFound(input, tried, true);
    }

    /** @return the only match's ID, or {@code null} for none; throws for several */
    private static String pick(String input, List<Project> matches) {
        if (matches.size() > 1) {
            throw new AmbiguousNameException("project", input, matches.stream()
                    .map(p -> p.id + " (domain " + p.domainId + ")").collect(Collectors.toList()));
        }
        return matches.isEmpty() ? null : matches.get(0).id;
    }

    private List<Project> list(URI first) {
        List<Project> projects = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        URI next = first;
        for (int page = 0; next != null && page < MAX_PAGES && seen.add(next.toString()); page++) {
            JsonNode body = api.get(next);
            body.path("projects").forEach(p -> projects.add(Project.of(p)));
            String link = body.path("links").path("next").asText(null);
            next = link == null || link.isBlank() || "null".equals(link) ? null : sameOrigin(first, link);
        }
        return projects;
    }

    /** A next link elsewhere would take the token with it: it is refused rather than followed or ignored. */
    private static URI sameOrigin(URI first, String link) {
        URI next;
        try {
            next = first.resolve(link);
        } catch (IllegalArgumentException e) {
            throw new TransportException(TransportException.Kind.DECODE, "GET", first,
                    "Keystone sent a next link that is not a URL", e);
        }
        if (!UriPaths.sameOrigin(first, next)) {
            throw new TransportException(TransportException.Kind.DECODE, "GET", first, "Keystone sent a next link to "
                    + "another origin (" + next.getScheme() + "://" + next.getRawAuthority() + ") than "
                    + first.getScheme() + "://" + first.getRawAuthority() + "; it is not followed, since the token "
                    + "would go with it", null);
        }
        return next;
    }

    private static ResourceNotFoundException notFound(String input, List<String> tried, boolean ownOnly) {
        String hint = ownOnly ? " Without the admin role only your own projects can be looked up: pass the project's "
                + "ID instead (its owner can read it with `openstack project show`)." : "";
        return new ResourceNotFoundException("No project named or with ID '" + input + "' was found. Tried: "
                + String.join("; ", tried) + "." + hint);
    }

    private static String describe(URI uri) {
        return "GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The parts of a Keystone project the lookup needs. */
    private static final class Project {
        final String id;
        final String name;
        final String domainId;

        private Project(String id, String name, String domainId) {
            this.id = id;
            this.name = name;
            this.domainId = domainId;
        }

        static Project of(JsonNode p) {
            return new Project(p.path("id").asText(""), p.path("name").asText(""), p.path("domain_id").asText("?"));
        }
    }
}
