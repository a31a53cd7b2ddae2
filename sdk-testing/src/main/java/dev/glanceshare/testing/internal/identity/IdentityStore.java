package dev.glanceshare.testing.internal.identity;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Keystone's state: projects, users, roles, application credentials and tokens. Thread-safe. */
public final class IdentityStore {
    /** The only domain's ID. */
    public static final String DOMAIN_ID = "default";
    /** The only domain's name. */
    public static final String DOMAIN_NAME = "Default";

    private static final String TOKEN_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final Map<String, UserAccount> users = new LinkedHashMap<>();
    private final Map<String, AppCredential> appCredentials = new LinkedHashMap<>();
    private final Map<String, Token> tokens = new HashMap<>();
    private final Set<String> dead = new HashSet<>(); // revoked or force-expired token IDs
    private final Map<String, String> roleIds = new LinkedHashMap<>();
    private long issued;

    /**
     * Returns a new 32-hex ID, like Keystone's.
     *
     * @return the ID
     */
    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * Creates a project.
     *
     * @param name unique name
     * @return the project
     */
    public synchronized Project addProject(String name) {
        if (projectByName(name).isPresent()) {
            throw new IllegalArgumentException("a project named '" + name + "' already exists");
        }
        Project p = new Project(newId(), name, DOMAIN_ID, "");
        projects.put(p.id(), p);
        return p;
    }

    /**
     * Creates a user.
     *
     * @param name unique name
     * @param password its password
     * @param defaultProjectId its default project, or null
     * @return the user's ID
     */
    public synchronized String addUser(String name, String password, String defaultProjectId) {
        if (userByName(name).isPresent()) {
            throw new IllegalArgumentException("a user named '" + name + "' already exists");
        }
        UserAccount u = new UserAccount(newId(), name, password, defaultProjectId);
        users.put(u.id(), u);
        return u.id();
    }

    /**
     * Assigns a role.
     *
     * @param userId the user
     * @param target a project ID, or {@link UserAccount#DOMAIN_TARGET} plus a domain ID
     * @param role the role name
     */
    public synchronized void grant(String userId, String target, String role) {
        user(userId).orElseThrow(() -> new IllegalArgumentException("no user " + userId)).grant(target, role);
        roleId(role);
    }

    /**
     * Stores an application credential.
     *
     * @param credential the credential
     */
    public synchronized void addAppCredential(AppCredential credential) {
        if (appCredentials.containsKey(credential.id())) {
            throw new IllegalArgumentException("application credential " + credential.id() + " exists");
        }
        appCredentials.put(credential.id(), credential);
        credential.roles().forEach(this::roleId);
    }

    /** @return every project, in creation order */
    public synchronized List<Project> projects() {
        return List.copyOf(projects.values());
    }

    /**
     * @param id project ID
     * @return the project, if it exists
     */
    public synchronized Optional<Project> project(String id) {
        return Optional.ofNullable(projects.get(id));
    }

    /**
     * @param name project name
     * @return the project, if it exists
     */
    public synchronized Optional<Project> projectByName(String name) {
        return projects.values().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * @param id user ID
     * @return the user, if it exists
     */
    public synchronized Optional<UserAccount> user(String id) {
        return Optional.ofNullable(users.get(id));
    }

    /**
     * @param name user name
     * @return the user, if it exists
     */
    public synchronized Optional<UserAccount> userByName(String name) {
        return users.values().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /**
     * @param id application credential ID
     * @return the credential, if it exists
     */
    public synchronized Optional<AppCredential> appCredential(String id) {
        return Optional.ofNullable(appCredentials.get(id));
    }

    /**
     * @param userId owner
     * @param name credential name
     * @return the credential, if it exists
     */
    public synchronized Optional<AppCredential> appCredentialByName(String userId, String name) {
        return appCredentials.values().stream()
                .filter(c -> c.userId().equals(userId) && c.name().equals(name)).findFirst();
    }

    /**
     * Returns the ID of a role, creating it on first use.
     *
     * @param name role name
     * @return its stable ID
     */
    public synchronized String roleId(String name) {
        return roleIds.computeIfAbsent(name, n -> newId());
    }

    /**
     * Expands assigned roles with Keystone's default implied roles (admin implies member, member implies
     * reader), assigned ones first.
     *
     * @param assigned role names in assignment order
     * @return effective role names
     */
    public static List<String> withImplied(Iterable<String> assigned) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        assigned.forEach(out::add);
        if (out.contains("admin")) {
            out.add("member");
        }
        if (out.contains("member")) {
            out.add("reader");
        }
        return List.copyOf(out);
    }

    /**
     * Returns the effective roles a user holds on a target.
     *
     * @param userId the user
     * @param target project ID or domain target
     * @return effective role names; empty when none is assigned
     */
    public synchronized List<String> effectiveRoles(String userId, String target) {
        return user(userId).map(u -> withImplied(u.assignedInOrder(target))).orElse(List.of());
    }

    /**
     * Issues and stores a token.
     *
     * @param template the token without ID and audit ID (those are generated); auditIds holds the parent's
     * @param now issue time
     * @param lifetime how long it lives, unless template.expiresAt is set (token method keeps expiry)
     * @return the stored token
     */
    public synchronized Token issue(Token template, Instant now, Duration lifetime) {
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = template.expiresAt() != null ? template.expiresAt() : issuedAt.plus(lifetime);
        List<String> audit = new ArrayList<>();
        audit.add(auditId());
        audit.addAll(template.auditIds());
        Token token = new Token(newTokenId(), template.userId(), template.projectId(), template.domainId(),
                template.methods(), template.roles(), issuedAt, expiresAt, List.copyOf(audit),
                template.appCredentialId());
        tokens.put(token.id(), token);
        issued++;
        return token;
    }

    /**
     * Looks a token up if it is still valid: known, not revoked, not expired by {@code now}, and its user
     * still exists.
     *
     * @param tokenId the token string
     * @param now the current time
     * @return the token, or empty
     */
    public synchronized Optional<Token> validate(String tokenId, Instant now) {
        Token t = tokenId == null ? null : tokens.get(tokenId);
        if (t == null || dead.contains(tokenId) || !now.isBefore(t.expiresAt()) || !users.containsKey(t.userId())) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    /**
     * Revokes a token.
     *
     * @param tokenId the token string
     * @return true when the token was known
     */
    public synchronized boolean revoke(String tokenId) {
        dead.add(tokenId);
        return tokens.containsKey(tokenId);
    }

    /** Makes every token issued so far invalid, as if they had all expired. */
    public synchronized void expireAll() {
        dead.addAll(tokens.keySet());
    }

    /** @return how many tokens were issued */
    public synchronized long issuedCount() {
        return issued;
    }

    // Opaque and as long as a fernet token (183 characters, "gAAAAAB" prefix), so length limits get tested.
    private String newTokenId() {
        StringBuilder sb = new StringBuilder("gAAAAAB");
        while (sb.length() < 183) {
            sb.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
        }
        return sb.toString();
    }

    private String auditId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, 22);
    }
}
