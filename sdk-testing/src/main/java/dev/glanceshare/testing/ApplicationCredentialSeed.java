package dev.glanceshare.testing;

import dev.glanceshare.testing.internal.identity.AppCredential;
import dev.glanceshare.testing.internal.identity.IdentityStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An application credential to seed, from {@link FakeSeeder#applicationCredential(String, String)}; call
 * {@link #create()} to store it. Its tokens are scoped to the given project with the given roles (by
 * default the user's roles there). Not thread-safe.
 *
 * <pre>{@code
 * String id = fake.seed().applicationCredential("demo", "demo").name("ci").secret("s3cret").create();
 * }</pre>
 */
public final class ApplicationCredentialSeed {
    private final IdentityStore store;
    private final String userId;
    private final String projectId;
    private String id = IdentityStore.newId();
    private String name;
    private String secret = IdentityStore.newId();
    private List<String> roles;

    ApplicationCredentialSeed(IdentityStore store, String userId, String projectId) {
        this.store = store;
        this.userId = userId;
        this.projectId = projectId;
        this.name = "app-cred-" + id.substring(0, 8);
    }

    /**
     * @param credentialId the ID to present (default: random 32 hex digits)
     * @return this
     */
    public ApplicationCredentialSeed id(String credentialId) {
        this.id = Objects.requireNonNull(credentialId, "credentialId");
        return this;
    }

    /**
     * @param credentialName the name, for authenticating by name and user (default: {@code app-cred-<id prefix>})
     * @return this
     */
    public ApplicationCredentialSeed name(String credentialName) {
        this.name = Objects.requireNonNull(credentialName, "credentialName");
        return this;
    }

    /**
     * @param credentialSecret the secret to present (default: random)
     * @return this
     */
    public ApplicationCredentialSeed secret(String credentialSecret) {
        this.secret = Objects.requireNonNull(credentialSecret, "credentialSecret");
        return this;
    }

    /**
     * @param roleNames the roles its tokens carry (default: the user's roles on the project)
     * @return this
     */
    public ApplicationCredentialSeed roles(String... roleNames) {
        this.roles = List.of(roleNames);
        return this;
    }

    /**
     * Stores the credential.
     *
     * @return its ID
     * @throws IllegalArgumentException when the ID is taken
     */
    public String create() {
        List<String> effective = roles != null ? roles
                : new ArrayList<>(store.user(userId).orElseThrow().assignedOn(projectId));
        store.addAppCredential(new AppCredential(id, name, secret, userId, projectId, List.copyOf(effective)));
        return id;
    }

    /** @return the secret that {@link #create()} stores (useful when it was generated) */
    public String secret() {
        return secret;
    }
}
