package dev.glanceshare.identity;

import dev.glanceshare.identity.internal.KeystoneDirectory;
import dev.glanceshare.identity.internal.StaticDirectory;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a {@link KeystoneSession} turns a project name into a project ID: for
 * {@link KeystoneSession#resolveProjectId}, and so for sdk-image's {@code addByName} and bulk sharing by
 * name. An ID-shaped argument never reaches a directory: the session uses it as it is.
 *
 * <p>Who can look names up, with Keystone Zed's default policy (measured on a real Keystone 22):
 * <table>
 *   <caption>Project directories</caption>
 *   <tr><th>directory</th><th>who it works for</th><th>requests per new name</th></tr>
 *   <tr><td>Keystone as the caller (the default)</td><td>administrators, for any project; anyone else only
 *       for the projects they belong to, and a {@link ProjectLookupRefusedException} for the rest</td>
 *       <td>1; 2 for a non-admin</td></tr>
 *   <tr><td>Keystone through a lookup credential ({@link KeystoneSession.Builder#projectLookup}, or
 *       {@link #keystone(KeystoneSession)})</td><td>everyone, once an operator hands out a user with the
 *       {@code reader} role on the domain, scoped to that domain; it sees that domain's projects</td>
 *       <td>1, plus the lookup session's own token once</td></tr>
 *   <tr><td>a static map ({@link #of(Map)}, {@link #fromFile(Path)})</td><td>everyone, for the names it
 *       holds</td><td>0</td></tr>
 * </table>
 * The session remembers resolved names for a while ({@link KeystoneSession.Builder#projectNameCache}), so
 * a name costs its requests once.
 *
 * <pre>{@code
 * KeystoneSession owner = CloudConfig.load().toSessionBuilder()
 *     .projectLookup(Credentials.password().userName("project-lookup").userDomainName("Default")
 *             .password(System.getenv("LOOKUP_PASSWORD")).build(), Scope.domainName("Default"))
 *     .build();
 * // or: .projectDirectory(ProjectDirectory.fromFile(Path.of("projects.yaml")))
 * }</pre>
 *
 * <p>Implementations must be thread-safe, must never return a name as if it were an ID, and must throw
 * rather than guess.
 */
public interface ProjectDirectory {

    /**
     * @param name a project name, trimmed and not blank
     * @return the project's ID
     * @throws dev.glanceshare.core.exception.ResourceNotFoundException when the directory answered and
     *     holds no project of that name
     * @throws dev.glanceshare.core.exception.AmbiguousNameException when several projects have the name
     * @throws dev.glanceshare.core.exception.ForbiddenException (such as {@link ProjectLookupRefusedException})
     *     when the directory's source refused to answer
     */
    String projectId(String name);

    /**
     * A fixed map of names to IDs, for organisations whose project catalogue lives outside Keystone.
     * Looking a name up sends nothing; a name it lacks is a {@code ResourceNotFoundException}.
     *
     * @param idsByName project IDs (32 hex digits or a dashed UUID) by project name
     * @return the directory, holding a copy of the map
     * @throws IllegalArgumentException for a blank name or a value that is not shaped like a project ID
     */
    static ProjectDirectory of(Map<String, String> idsByName) {
        return StaticDirectory.of(idsByName, "given in code");
    }

    /**
     * A fixed map read once, now, from a YAML or JSON file whose top level maps names to IDs:
     * <pre>
     * demo: 0c4e0e6b1b7c4c8e9f1a2b3c4d5e6f70
     * "R&amp;D team": 4d9a7e1c2b3f4a5e8d7c6b5a49382716
     * </pre>
     * {@code GLANCESHARE_PROJECT_DIRECTORY} or {@code project_directory} in clouds.yaml name such a file
     * for {@link CloudConfig}.
     *
     * @param file the file
     * @return the directory
     * @throws dev.glanceshare.core.exception.ConfigurationException when the file cannot be read, is not
     *     such a map, repeats a name, or holds a value that is not shaped like a project ID
     */
    static ProjectDirectory fromFile(Path file) {
        return StaticDirectory.fromFile(file);
    }

    /**
     * Keystone, asked with another session's token: {@code GET /v3/projects?name=}. Give it a session
     * whose user has the {@code reader} role on a domain and which is scoped to that domain
     * ({@link Scope#domainName}); Keystone then answers with the projects of that domain. A project-scoped
     * or unscoped token of the same user is refused. The caller keeps and closes {@code lookupSession};
     * {@link KeystoneSession.Builder#projectLookup} does all of this for you.
     *
     * @param lookupSession the session to look names up with
     * @return the directory
     */
    static ProjectDirectory keystone(KeystoneSession lookupSession) {
        return KeystoneDirectory.through(lookupSession);
    }
}
