package dev.glanceshare.identity;

import dev.glanceshare.identity.internal.MemoryTokenStore;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a {@link KeystoneSession} keeps the tokens it obtains, so that it, or a later session, can use
 * them instead of authenticating again. The session consults the store before it authenticates and
 * writes to it afterwards; it evicts an entry that is due for refresh or that a service refused (401),
 * and replaces it once, single-flight within the process.
 *
 * <pre>{@code
 * KeystoneSession session = CloudConfig.load().toSessionBuilder()
 *     .tokenStore(TokenStore.file())      // ~/.cache/glanceshare, owner-only; opt-in
 *     .build();
 * }</pre>
 *
 * <p>Without a store (the default) a session keeps its token in its own memory only, as before.
 * {@link #inMemory()} lets the sessions of one process share tokens. {@link #file()} persists them
 * between processes: a short-lived process then sends one request instead of two and skips Keystone's
 * token issue and the services' first validation of a new token. The token is a bearer secret until it
 * expires; see {@link FileTokenStore} for how it is protected.
 *
 * <p>Implementations must be thread-safe, must never log a token, and must treat an unreadable entry as
 * absent. They receive only tokens and their details, never a password or application credential secret.
 * A store that refuses to work (such as a file others can read) throws
 * {@link dev.glanceshare.core.exception.ConfigurationException}, which reaches the caller.
 */
public interface TokenStore {

    /**
     * @param key what the entry is for
     * @return the entry, or empty when there is none (or it cannot be read)
     */
    Optional<CachedAuth> load(TokenKey key);

    /**
     * Stores an entry, replacing any entry for the key.
     *
     * @param key what the entry is for
     * @param auth the token and its details
     */
    void save(TokenKey key, CachedAuth auth);

    /**
     * Removes the entry for the key, if any.
     *
     * @param key what the entry is for
     */
    void evict(TokenKey key);

    /** @return a new store in memory, for sessions of one process to share; gone when the process ends */
    static TokenStore inMemory() {
        return new MemoryTokenStore();
    }

    /**
     * @return an owner-only file store in {@link FileTokenStore#defaultDirectory} ({@code $XDG_CACHE_HOME/glanceshare}
     *     or {@code ~/.cache/glanceshare})
     */
    static FileTokenStore file() {
        return FileTokenStore.inDefaultDirectory();
    }

    /**
     * @param directory the directory to keep entries in; created with mode 0700 when missing
     * @return an owner-only file store there
     */
    static FileTokenStore file(Path directory) {
        return FileTokenStore.in(directory);
    }
}
