package dev.glanceshare.identity.internal;

import dev.glanceshare.identity.CachedAuth;
import dev.glanceshare.identity.TokenKey;
import dev.glanceshare.identity.TokenStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link TokenStore#inMemory()}: a map, gone with the process. */
public final class MemoryTokenStore implements TokenStore {
    private final Map<TokenKey, CachedAuth> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<CachedAuth> load(TokenKey key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void save(TokenKey key, CachedAuth auth) {
        entries.put(key, auth);
    }

    @Override
    public void evict(TokenKey key) {
        entries.remove(key);
    }

    @Override
    public String toString() {
        return "TokenStore.inMemory[" + entries.size() + " entries]";
    }
}
