package dev.glanceshare.identity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.core.exception.AmbiguousNameException;
import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.core.exception.ResourceNotFoundException;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.http.UriPaths;
import dev.glanceshare.identity.ProjectLookupRefusedException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves a project name to an ID through Keystone, and never by guessing: when the lookup is refused or
 * finds nothing, it throws; it never returns a name as if it were an ID (the CLI does, and then adds a
 * member named {@code demo} to the image).
 *
 * <ol>
 *   <li>An input shaped like an ID (32 hex digits, or a dashed UUID) is returned as it is, with no
 *       request: it is used the way {@code add(projectId)} would use it.
 *   <li>{@code GET /v3/projects?name=...}: Keystone's default policy allows it to administrators (and to
 *       domain and system readers), and refuses it (403) to ordinary project members.
 *   <li>If that was refused: {@code GET /v3/auth/projects}, the caller's own projects, matched by name.
 *       When none matches, the lookup was refused, not answered: {@link ProjectLookupRefusedException}.
 * </ol>
 */
public final class ProjectResolver {
    private static final int MAX_PAGES = 100;

    private final IdentityApi api;

    public ProjectResolver(IdentityApi api) {
        this.api = api;
    }

    public String resolve(String nameOrId) {
        String input = Texts.clean(nameOrId);
        if (input == null) {
            throw new IllegalArgumentException("project name or ID is null or blank");
        }
        if (Texts.looksLikeId(input)) {
            return input;
        }
        URI identity = api.identityUrl();
        List<String> tried = new ArrayList<>();
        ForbiddenException refusal;
        URI byName = URI.create(UriPaths.append(identity, "projects") + "?name=" + UriPaths.encodeQuery(input));
        try {
            List<Project> named = list(byName).stream().filter(p -> input.equals(p.name)).collect(Collectors.toList());
            String found = pick(input, named);
            if (found != null) {
                return found;
            }
            tried.add(describe(byName) + ": no project of that name");
            throw new ResourceNotFoundException("No project named '" + input + "' was found. Tried: "
                    + String.join("; ", tried) + ".");
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
            throw new ProjectLookupRefusedException(e, input, tried);
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
        tried.add(describe(mine) + ": answered with only your own " + own.size() + " project(s) ("
                + own.stream().map(p -> p.name).collect(Collectors.joining(", ")) + "), which do not include it");
        throw new ProjectLookupRefusedException(refusal, input, tried);
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
