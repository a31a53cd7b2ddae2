package dev.glanceshare.benchmarks;

import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;

/**
 * One fake Keystone + Glance with the demo seed, and the pool settings every contender uses, so the
 * SDK, raw HttpClient 5 and openstack4j are measured against the same server in one run.
 */
public final class Fixture implements AutoCloseable {
    static {
        // The JDK server inside the fake closes any keep-alive connection that would make more than 200 idle
        // ones (sun.net.httpserver.maxIdleConnections). Three contenders with 64-connection pools on one fake
        // go past that, and a client then meets a reset connection. Read once, when the first server starts.
        if (System.getProperty("sun.net.httpserver.maxIdleConnections") == null) {
            System.setProperty("sun.net.httpserver.maxIdleConnections", "1024");
        }
    }

    /** Pool size for every contender: enough for 64 threads, so no one waits for a connection. */
    public static final int POOL = 64;

    private final FakeOpenStack fake;
    private final DemoSeed seed;

    private Fixture(FakeOpenStack fake, DemoSeed seed) {
        this.fake = fake;
        this.seed = seed;
    }

    /** @return a started fake with the demo seed */
    public static Fixture start() {
        FakeOpenStack fake = FakeOpenStack.builder().journalCapacity(1024).start();
        return new Fixture(fake, fake.seed().demo());
    }

    /** @return the fake */
    public FakeOpenStack fake() {
        return fake;
    }

    /** @return the seeded IDs */
    public DemoSeed seed() {
        return seed;
    }

    /** @return the pool settings shared by every contender */
    public static TransportOptions poolOptions() {
        return TransportOptions.builder().maxConnections(POOL).maxConnectionsPerRoute(POOL).build();
    }

    /** @return a new SDK transport with {@link #poolOptions()} */
    public static ApacheHttpTransport sdkTransport() {
        return ApacheHttpTransport.create(poolOptions());
    }

    /**
     * @param user admin, demo or alt
     * @param transport the transport to use (not closed by the session)
     * @return a session that has not authenticated yet
     */
    public KeystoneSession session(String user, HttpTransport transport) {
        return KeystoneSession.builder()
                .authUrl(fake.identityUrl())
                .credentials(Credentials.password().userName(user).userDomainName(DemoSeed.DOMAIN)
                        .password(DemoSeed.password(user)).build())
                .scope(Scope.projectName(user, DemoSeed.DOMAIN))
                .transport(transport)
                .build();
    }

    /**
     * @param session the session
     * @return a Glance client on it
     */
    public static GlanceClient client(KeystoneSession session) {
        return GlanceClient.builder().session(session).build();
    }

    @Override
    public void close() {
        fake.close();
    }
}
