package dev.glanceshare.core.http;

import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.EndpointFilter;
import dev.glanceshare.core.Session;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A session with a current token that {@link #reauthenticate} replaces, single-flight like the real one:
 * only a caller holding the current token causes a new one. Records every stale token it was given.
 */
final class FakeSession implements Session {
    private final List<String> tokenValues;
    private final AtomicInteger issued = new AtomicInteger();
    private final List<AuthToken> staleTokens = new CopyOnWriteArrayList<>();
    private volatile AuthToken current;

    /** @param tokenValues the first token, then the one each re-authentication issues */
    FakeSession(String... tokenValues) {
        this.tokenValues = List.of(tokenValues);
        this.current = AuthToken.of(tokenValues[0], null);
    }

    @Override
    public AuthToken token() {
        return current;
    }

    @Override
    public synchronized AuthToken reauthenticate(AuthToken stale) {
        staleTokens.add(stale);
        if (stale.equals(current)) {
            int next = issued.incrementAndGet();
            current = AuthToken.of(tokenValues.get(Math.min(next, tokenValues.size() - 1)), null);
        }
        return current;
    }

    /** @return how many new tokens were issued */
    int reauthentications() {
        return issued.get();
    }

    /** @return every token passed to {@link #reauthenticate}, in order */
    List<AuthToken> staleTokens() {
        return staleTokens;
    }

    @Override
    public URI endpoint(EndpointFilter filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<String> projectId() {
        return Optional.empty();
    }

    @Override
    public String resolveProjectId(String nameOrId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public HttpTransport transport() {
        throw new UnsupportedOperationException();
    }
}
