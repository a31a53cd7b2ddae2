package dev.glanceshare.testing;

import dev.glanceshare.testing.internal.identity.IdentityStore;
import dev.glanceshare.testing.internal.identity.Project;
import dev.glanceshare.testing.internal.identity.UserAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A user to seed, from {@link FakeSeeder#user(String, String)}; call {@link #create()} to store it.
 * Not thread-safe; use it on one thread and drop it.
 *
 * <pre>{@code
 * String userId = fake.seed().user("carol", "carol-secret").defaultProject("demo").role("demo", "member").create();
 * }</pre>
 */
public final class UserSeed {
    private final IdentityStore store;
    private final String name;
    private final String password;
    private String defaultProject; // a project name
    private final List<String[]> roles = new ArrayList<>(); // {target, role}

    UserSeed(IdentityStore store, String name, String password) {
        this.store = store;
        this.name = Objects.requireNonNull(name, "name");
        this.password = Objects.requireNonNull(password, "password");
    }

    /**
     * Sets the default project, which unscoped password requests are scoped to (if the user has a role
     * there).
     *
     * @param projectName an existing project's name
     * @return this
     */
    public UserSeed defaultProject(String projectName) {
        this.defaultProject = Objects.requireNonNull(projectName, "projectName");
        return this;
    }

    /**
     * Assigns a role on a project ({@code admin} makes the user's tokens admin for Glance's legacy rules).
     *
     * @param projectName an existing project's name
     * @param role the role name, e.g. {@code member} or {@code admin}
     * @return this
     */
    public UserSeed role(String projectName, String role) {
        roles.add(new String[] {Objects.requireNonNull(projectName, "projectName"), Objects.requireNonNull(role, "role")});
        return this;
    }

    /**
     * Assigns a role on the {@code Default} domain, needed for domain-scoped tokens.
     *
     * @param role the role name
     * @return this
     */
    public UserSeed domainRole(String role) {
        roles.add(new String[] {null, Objects.requireNonNull(role, "role")});
        return this;
    }

    /**
     * Stores the user with its role assignments.
     *
     * @return the new user's ID (32 hex digits)
     * @throws IllegalArgumentException when the name is taken or a project does not exist
     */
    public String create() {
        String defaultId = defaultProject == null ? null : projectId(defaultProject);
        List<String[]> resolved = new ArrayList<>();
        for (String[] r : roles) {
            String target = r[0] == null ? UserAccount.DOMAIN_TARGET + IdentityStore.DOMAIN_ID : projectId(r[0]);
            resolved.add(new String[] {target, r[1]});
        }
        String id = store.addUser(name, password, defaultId);
        resolved.forEach(r -> store.grant(id, r[0], r[1]));
        return id;
    }

    private String projectId(String projectName) {
        return store.projectByName(projectName).map(Project::id)
                .orElseThrow(() -> new IllegalArgumentException("no project named '" + projectName + "'; seed it first"));
    }
}
