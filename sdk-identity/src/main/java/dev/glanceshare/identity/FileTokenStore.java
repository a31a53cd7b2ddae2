package dev.glanceshare.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glanceshare.core.json.JsonCodec;
import dev.glanceshare.identity.internal.OwnerOnlyFiles;
import dev.glanceshare.identity.internal.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An opt-in {@link TokenStore} that keeps one file per {@link TokenKey} in a directory only the user can
 * enter, so that the next process of the same user reuses the token: one request instead of two, and no
 * wait for Keystone to issue a token or for the service to validate a new one.
 *
 * <pre>{@code
 * KeystoneSession session = KeystoneSession.builder()...tokenStore(TokenStore.file()).build();
 * // or GLANCESHARE_TOKEN_CACHE=file, or token_cache: file in the cloud's clouds.yaml entry
 * }</pre>
 *
 * <p>What it guarantees:
 * <ul>
 *   <li>The directory ({@code $XDG_CACHE_HOME/glanceshare}, else {@code ~/.cache/glanceshare}) is
 *       created with mode 0700 and each file with 0600, owned by the user. A directory or file that
 *       others can read or write, that belongs to someone else or that is a symbolic link is refused with
 *       a {@link dev.glanceshare.core.exception.ConfigurationException} naming the fix. On a file system
 *       without POSIX permissions (such as Windows) it refuses to work rather than write an unprotected
 *       token.
 *   <li>A file holds the token, its expiry, the user, project, roles and catalog, and the key's
 *       description; never a password or application credential secret. Its name is
 *       {@code token-<key id>.json}, a salted SHA-256 of the key and the secret.
 *   <li>Each write goes to a new 0600 file that is renamed over the old one ({@code ATOMIC_MOVE}), so
 *       concurrent processes read the old entry or the new, never a torn one; the last writer wins.
 *   <li>An entry that cannot be read is treated as absent and replaced. Failing writes (a read-only or full
 *       file system) are logged, the first at WARN and the rest at DEBUG, and the session carries on with its
 *       token, only without persistence. Token values are never logged.
 * </ul>
 *
 * <p>The trade-off: while the token is valid (an hour by Keystone's default), anyone who can read the
 * file as this user can act as this user on the cloud, without the password. That is the same exposure
 * as the {@code OS_TOKEN} a CI job keeps in its environment, and less than a password in clouds.yaml,
 * but it lasts on disk until the token expires. Thread-safe.
 */
public final class FileTokenStore implements TokenStore {
    private static final Logger LOG = LoggerFactory.getLogger(KeystoneSession.class);
    private static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final int FORMAT = 1;

    private final Path directory;
    /** Whether a problem with the directory has been logged at WARN. */
    private final AtomicBoolean warned = new AtomicBoolean();

    private FileTokenStore(Path directory) {
        this.directory = directory;
    }

    /** @return a store in {@link #defaultDirectory(Map)} of the process's environment */
    public static FileTokenStore inDefaultDirectory() {
        return in(defaultDirectory(System.getenv()));
    }

    /**
     * @param directory where to keep entries; created with mode 0700 on the first write when missing
     * @return the store; nothing is read or written yet
     */
    public static FileTokenStore in(Path directory) {
        return new FileTokenStore(Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize());
    }

    /**
     * @param environment the variables to read {@code XDG_CACHE_HOME} from
     * @return {@code $XDG_CACHE_HOME/glanceshare} when that variable holds an absolute path, else
     *     {@code ~/.cache/glanceshare}
     */
    public static Path defaultDirectory(Map<String, String> environment) {
        String xdg = Texts.clean(environment.get("XDG_CACHE_HOME"));
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("glanceshare");
    }

    /** @return the directory the entries are in */
    public Path directory() {
        return directory;
    }

    /**
     * @param key an entry's key
     * @return the file that holds (or would hold) its entry
     */
    public Path fileFor(TokenKey key) {
        return directory.resolve("token-" + key.id() + ".json");
    }

    @Override
    public Optional<CachedAuth> load(TokenKey key) {
        Path file = fileFor(key);
        byte[] bytes;
        try {
            if (!OwnerOnlyFiles.directory(directory, false)) {
                return Optional.empty();
            }
            bytes = OwnerOnlyFiles.readIfPresent(file, MAX_BYTES);
        } catch (IOException e) {
            warnOnce("Cannot read the token cache {} ({}); authenticating instead", file, describe(e));
            return Optional.empty();
        }
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            JsonNode root = JsonCodec.standard().readTree(bytes);
            if (root == null || root.path("format").asInt() != FORMAT || !key.id().equals(root.path("key").path("id").asText())) {
                throw new IllegalArgumentException("not an entry for this key");
            }
            CachedAuth auth = CachedAuth.fromNode(root.path("auth"));
            LOG.debug("Token cache hit for {} in {}: {}", key, file, auth);
            return Optional.of(auth);
        } catch (IOException | RuntimeException e) {
            warnOnce("Ignoring the unreadable token cache entry {} ({}); it will be replaced", file,
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public void save(TokenKey key, CachedAuth auth) {
        Path file = fileFor(key);
        JsonCodec json = JsonCodec.standard();
        ObjectNode root = json.objectNode().put("format", FORMAT);
        root.putObject("key").put("id", key.id()).put("auth_url", key.authUrl()).put("method", key.method())
                .put("user", key.user()).put("scope", key.scope());
        root.set("auth", auth.toNode());
        try {
            OwnerOnlyFiles.directory(directory, true);
            OwnerOnlyFiles.replaceAtomically(directory, file, json.write(root));
            LOG.debug("Token cache entry for {} written to {}: {}", key, file, auth);
        } catch (IOException e) {
            warnOnce("Cannot write the token cache {} ({}); the next process will authenticate again", file,
                    describe(e));
        }
    }

    @Override
    public void evict(TokenKey key) {
        Path file = fileFor(key);
        try {
            if (OwnerOnlyFiles.directory(directory, false) && Files.deleteIfExists(file)) {
                LOG.debug("Token cache entry for {} evicted from {}", key, file);
            }
        } catch (IOException e) {
            warnOnce("Cannot remove the token cache entry {} ({})", file, describe(e));
        }
    }

    @Override
    public String toString() {
        return "FileTokenStore[" + directory + "]";
    }

    /**
     * The first problem with the directory is a warning; the rest (a read-only or full file system fails
     * every write, one per token) are logged at DEBUG, so that a session without persistence says so once.
     */
    private void warnOnce(String message, Object... args) {
        if (warned.compareAndSet(false, true)) {
            LOG.warn(message + " (further token cache problems with this directory are logged at DEBUG)", args);
        } else {
            LOG.debug(message, args);
        }
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
