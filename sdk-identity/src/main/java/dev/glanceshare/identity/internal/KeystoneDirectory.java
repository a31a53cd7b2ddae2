package dev.glanceshare.identity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.core.exception.AmbiguousNameException;
import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.core.exception.ResourceNotFoundException;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.http.UriPaths;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.ProjectDirectory;
import dev.glanceshare.identity.ProjectLookupRefusedException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Keystone as a {@link ProjectDirectory}, asked with the caller's own token or with a lookup session's,
 * and never by guessing: when the lookup is refused or finds nothing, it throws; it never returns a name
 * as if it were an ID (the CLI does, and then adds a member named {@code demo} to the image).
 *
 * <ol>
 *   <li>{@code GET /v3/projects?name=...}. Keystone Zed's default policy answers it for a token with the
 *       admin role (every domain), and for a domain-scoped token with the reader role on its domain (that
 *       domain's projects only: Keystone filters them itself). It refuses (403) project-scoped and unscoped
 *       tokens without the admin role: ordinary project members.
 *   <li>As the caller, if that was refused: {@code GET /v3/auth/projects}, the caller's own projects,
 *       matched by name. When none matches, the lookup was refused, not answered:
 *       {@link ProjectLookupRefusedException}.
 * </ol>
 */
public final class KeystoneDirectory implements ProjectDirectory {
    /** What a refused caller can do instead. */
    static final String CALLER_ADVICE = "To share with it, pass the project's ID instead (its members can read it "
            + "with `openstack token issue` or `openstack project show <name>`); or configure a lookup credential: a "
            + "user with the reader role on the domain, scoped to the domain (KeystoneSession.Builder.projectLookup, "
            + "or GLANCESHARE_PROJECT_LOOKUP_CLOUD / project_lookup_cloud naming its cloud in clouds.yaml); or "
            + "configure a directory of names (KeystoneSession.Builder.projectDirectory, or "
            + "GLANCESHARE_PROJECT_DIRECTORY / project_directory naming a YAML file of name: ID).";
    /** What a refused lookup credential needs. */
    static final String LOOKUP_ADVICE = "Keystone's default policy answers a token scoped to a domain on which the "
            + "user has the reader role (Scope.domainName(...) or domainId(...), domain_name in clouds.yaml), and "
            + "refuses project-scoped and unscoped tokens: give the lookup credential that role and scope. Or pass "
            + "the project's ID instead.";
    private static final int MAX_PAGES = 100;

    private final Function<URI, JsonNode> get;
    private final Supplier<URI> identity;
    private final boolean asCaller;
    private final Supplier<String> who;

    private KeystoneDirectory(Function<URI, JsonNode> get, Supplier<URI> identity, boolean asCaller,
            Supplier<String> who) {
        this.get = get;
        this.identity = identity;
        this.asCaller = asCaller;
        this.who = who;
    }

    /**
     * @param api the session's own identity API
     * @return Keystone asked with the session's own token, falling back to the caller's own projects
     */
    public static KeystoneDirectory asCaller(IdentityApi api) {
        return new KeystoneDirectory(api::get, api::identityUrl, true, () -> "");
    }

    /**
     * @param lookup a session with a lookup credential; the caller owns it
     * @return Keystone asked with that session's token
     */
    public static KeystoneDirectory through(KeystoneSession lookup) {
        Objects.requireNonNull(lookup, "lookupSession");
        return new KeystoneDirectory(IdentityApi.authenticatedGet(lookup.transport(), lookup), lookup::identityEndpoint,
                false, () -> " as the lookup credential (" + lookup.authenticate() + ")");
    }

    @Override
    public String projectId(String name) {
        String input = Texts.clean(name);
        if (input == null) {
            throw new IllegalArgumentException("project name is null or blank");
        }
        URI base = identity.get();
        List<String> tried = new ArrayList<>();
        URI byName = URI.create(UriPaths.append(base, "projects") + "?name=" + UriPaths.encodeQuery(input));
        ForbiddenException refusal;
        try {
            List<Project> named = list(byName).stream().filter(p -> input.equals(p.name)).collect(Collectors.toList());
            String found = pick(input, named);
            if (found != null) {
                return found;
            }
            tried.add(describe(byName) + who.get() + ": no project of that name");
            throw new ResourceNotFoundException("No project named '" + input + "' was found. Tried: "
                    + String.join("; ", tried) + "." + (asCaller ? "" : " A domain-scoped lookup credential sees the "
                    + "projects of its own domain only."));
        } catch (ForbiddenException e) {
            tried.add(describe(byName) + who.get() + ": refused (403)");
            refusal = e;
        }
        if (!asCaller) {
            throw new ProjectLookupRefusedException(refusal, input, tried, LOOKUP_ADVICE);
        }
        URI mine = UriPaths.append(base, "auth", "projects");
        List<Project> own;
        try {
            own = list(mine);
        } catch (ForbiddenException e) {
            tried.add(describe(mine) + ": refused (403)");
            throw new ProjectLookupRefusedException(e, input, tried, CALLER_ADVICE);
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
        throw new ProjectLookupRefusedException(refusal, input, tried, CALLER_ADVICE);
    }

    /** @return how names are looked up, for the session's {@code toString()} */
    @Override
    public String toString() {
        return asCaller ? "Keystone as the caller" : "Keystone through a lookup session";
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
            JsonNode body = get.apply(next);
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
