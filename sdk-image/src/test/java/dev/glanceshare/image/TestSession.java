package dev.glanceshare.image;

import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.EndpointFilter;
import dev.glanceshare.core.Session;
import dev.glanceshare.core.exception.ResourceNotFoundException;
import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.HttpTransport;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A session with a fixed catalog entry for image and a token that changes on each re-auth. */
final class TestSession implements Session, AutoCloseable {
    final ApacheHttpTransport transport = ApacheHttpTransport.create();
    final AtomicInteger reauths = new AtomicInteger();
    final List<EndpointFilter> endpointLookups = new ArrayList<>();
    private final URI imageUrl;
    private final String projectId;
    private final Map<String, String> projectsByName;
    private volatile AuthToken token = AuthToken.of("token-1", null);

    TestSession(URI imageUrl, String projectId, Map<String, String> projectsByName) {
        this.imageUrl = imageUrl;
        this.projectId = projectId;
        this.projectsByName = projectsByName;
    }

    @Override
    public AuthToken token() {
        return token;
    }

    @Override
    public synchronized AuthToken reauthenticate(AuthToken stale) {
        if (stale.equals(token)) {
            token = AuthToken.of("token-" + (reauths.incrementAndGet() + 1), null);
        }
        return token;
    }

    @Override
    public synchronized URI endpoint(EndpointFilter filter) {
        endpointLookups.add(filter);
        return imageUrl;
    }

    @Override
    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    @Override
    public String resolveProjectId(String nameOrId) {
        String id = projectsByName.get(nameOrId);
        if (id == null) {
            throw new ResourceNotFoundException("No project named " + nameOrId);
        }
        return id;
    }

    @Override
    public HttpTransport transport() {
        return transport;
    }

    @Override
    public void close() {
        transport.close();
    }
}
