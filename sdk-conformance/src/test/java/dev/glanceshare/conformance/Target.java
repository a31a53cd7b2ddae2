package dev.glanceshare.conformance;

import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.trace.RequestTrace;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import java.net.URI;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where scenarios run: the bundled fake or a real Keystone + Glance. A target owns one HTTP transport,
 * wrapped by a {@link RequestTrace} so that every exchange of every session and client built on it is
 * recorded (redacted), and a second, untraced one for set-up and clean-up that scenarios do not compare.
 */
abstract class Target implements AutoCloseable {
    /** Whole list responses are compared, so the trace keeps bodies up to 4 M characters. */
    private static final int MAX_BODY_CHARS = 4 * 1024 * 1024;

    private final RequestTrace trace = RequestTrace.create(MAX_BODY_CHARS);
    private final HttpTransport wire = ApacheHttpTransport.create();
    private final HttpTransport traced = trace.wrap(wire);
    private final HttpTransport untraced = ApacheHttpTransport.create();

    /** @return {@code fake} or {@code real} */
    abstract String name();

    /** @return Keystone's URL, such as {@code http://127.0.0.1:5000/v3} */
    abstract URI authUrl();

    /** @return Glance's catalog URL, such as {@code http://127.0.0.1:9292} */
    abstract URI imageUrl();

    /** @return a seeded user's project ID */
    abstract String projectId(User user);

    /** @return a seeded user's ID */
    abstract String userId(User user);

    /** @return the ID of demo's application credential */
    abstract String appCredentialId();

    /** @return its secret */
    abstract String appCredentialSecret();

    /** @return the project lookup credential: user {@code lookup}, the reader role on domain Default, no project */
    abstract Credentials lookupCredentials();

    /** @return the lookup user's ID */
    abstract String lookupUserId();

    /** @return whether this target can run a scenario that needs it */
    abstract boolean meets(Requirement requirement);

    /** @return the records' placeholders for this target's fixed IDs and URLs, such as {@code {demo}} */
    Map<String, String> fixedPlaceholders() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (User u : User.values()) {
            m.put(projectId(u), "{" + u.userName() + "}");
            m.put(userId(u), "{user:" + u.userName() + "}");
        }
        m.put(appCredentialId(), "{appcred}");
        m.put(lookupUserId(), "{user:lookup}");
        m.put(origin(authUrl()), "{keystone}");
        m.put(origin(imageUrl()), "{glance}");
        return m;
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** @return the trace every scenario exchange goes into */
    RequestTrace trace() {
        return trace;
    }

    /** @return the traced transport */
    HttpTransport transport() {
        return traced;
    }

    /**
     * A new session for a seeded user, scoped to the project of the same name; nothing is sent yet.
     *
     * @param user who
     * @param recorded whether its exchanges go into the trace
     * @return the session; the caller closes it (the transport stays open)
     */
    KeystoneSession session(User user, boolean recorded) {
        return KeystoneSession.builder().authUrl(authUrl())
                .credentials(Credentials.password().userName(user.userName()).userDomainName("Default")
                        .password(user.password()).build())
                .scope(Scope.projectName(user.userName(), "Default"))
                .transport(recorded ? traced : untraced)
                .build();
    }

    /**
     * @param user a seeded user, scoped to its project
     * @param configure more settings, such as a project lookup
     * @return a new, recorded session
     */
    KeystoneSession session(User user, UnaryOperator<KeystoneSession.Builder> configure) {
        return configure.apply(KeystoneSession.builder().authUrl(authUrl())
                .credentials(Credentials.password().userName(user.userName()).userDomainName("Default")
                        .password(user.password()).build())
                .scope(Scope.projectName(user.userName(), "Default")).transport(traced)).build();
    }

    /** @return a new, recorded session with any credentials */
    KeystoneSession session(Credentials credentials, Scope scope) {
        return KeystoneSession.builder().authUrl(authUrl()).credentials(credentials).scope(scope).transport(traced).build();
    }

    /** @return a new, recorded session authenticating with demo's application credential */
    KeystoneSession applicationCredentialSession() {
        return KeystoneSession.builder().authUrl(authUrl())
                .credentials(Credentials.applicationCredential().id(appCredentialId()).secret(appCredentialSecret()).build())
                .transport(traced)
                .build();
    }

    @Override
    public void close() {
        traced.close();
        untraced.close();
    }

    @Override
    public String toString() {
        return name();
    }
}
