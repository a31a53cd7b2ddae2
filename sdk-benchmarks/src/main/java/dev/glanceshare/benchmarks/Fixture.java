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
import dev.glanceshare.testing.RecordedRequest;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * One fake Keystone + Glance with the demo seed, and the pool settings every contender uses, so the
 * SDK, raw HttpClient 5 and openstack4j are measured against the same server in one run.
 *
 * <p>The fake runs either in this JVM ({@link #start()}) or in a child JVM ({@link #startProcess}), so that
 * client and server do not share the CPU; the contenders reach it only through {@link #identityUrl()},
 * {@link #imageUrl()}, {@link #seed()}, {@link #clearJournal()}, {@link #requests()} and {@link #seedMember},
 * which behave the same in both cases.
 */
public final class Fixture implements AutoCloseable {
    /** Pool size for every contender: enough for 64 threads, so no one waits for a connection. */
    public static final int POOL = 64;

    /** System property choosing where {@link #fromSystemProperties()} runs the fake: {@code local} or {@code process}. */
    public static final String MODE_PROPERTY = "bench.fake";
    /** System property with the {@code taskset -c} CPU list the child fake is pinned to (unpinned when absent). */
    public static final String CPUS_PROPERTY = "bench.fakeCpus";

    private final FakeOpenStack fake; // null when the fake runs in a child JVM
    private final RemoteFake remote; // null when it runs in this one
    private final DemoSeed seed;

    private Fixture(FakeOpenStack fake, RemoteFake remote, DemoSeed seed) {
        this.fake = fake;
        this.remote = remote;
        this.seed = seed;
    }

    /** @return a started fake with the demo seed, in this JVM */
    public static Fixture start() {
        FakeOpenStack fake = FakeOpenStack.builder().journalCapacity(1024).start();
        return new Fixture(fake, null, fake.seed().demo());
    }

    /**
     * Starts the same fixture as {@link #start()} in a child JVM ({@link FakeProcess}) launched with this JVM's
     * {@code java} and class path; {@link #close()} stops it.
     *
     * @param cpus a {@code taskset -c} CPU list (for example {@code 0}) to pin the child to, or null
     * @return a fixture whose fake is up and seeded in the child
     */
    public static Fixture startProcess(String cpus) {
        RemoteFake remote = RemoteFake.launch(cpus);
        return new Fixture(null, remote, remote.seed());
    }

    /**
     * @return {@link #startProcess} with {@value #CPUS_PROPERTY} when {@value #MODE_PROPERTY} is {@code process},
     *     else {@link #start()}
     * @throws IllegalArgumentException when {@value #MODE_PROPERTY} is neither {@code local} nor {@code process}
     */
    public static Fixture fromSystemProperties() {
        String mode = System.getProperty(MODE_PROPERTY, "local");
        return switch (mode) {
            case "local" -> start();
            case "process" -> startProcess(System.getProperty(CPUS_PROPERTY));
            default -> throw new IllegalArgumentException(MODE_PROPERTY + " must be local or process, not " + mode);
        };
    }

    /**
     * @return the fake, for harnesses that script it beyond what the contenders need
     * @throws IllegalStateException when it runs in a child JVM
     */
    public FakeOpenStack fake() {
        if (fake == null) {
            throw new IllegalStateException("the fake runs in another JVM (pid " + remote.handle().pid() + ")");
        }
        return fake;
    }

    /** @return the Keystone URL, with its {@code /v3} */
    public String identityUrl() {
        return fake != null ? fake.identityUrl() : remote.identityUrl();
    }

    /** @return the Glance URL */
    public String imageUrl() {
        return fake != null ? fake.imageUrl() : remote.imageUrl();
    }

    /** Forgets every request in the fake's journal. */
    public void clearJournal() {
        if (fake != null) {
            fake.journal().clear();
        } else {
            remote.clearJournal();
        }
    }

    /** @return every request in the fake's journal (either service), oldest first */
    public List<RecordedRequest> requests() {
        return fake != null ? fake.journal().requests() : remote.requests();
    }

    /**
     * Makes a project a member of an image on the fake (idempotent), as {@code fake().seed().member(...)}.
     *
     * @param imageId the image
     * @param memberId the member project
     * @param status {@code pending}, {@code accepted} or {@code rejected}
     */
    public void seedMember(String imageId, String memberId, String status) {
        if (fake != null) {
            fake.seed().member(imageId, memberId, status);
        } else {
            remote.seedMember(imageId, memberId, status);
        }
    }

    /** @return the child JVM running the fake, or null when it runs in this one */
    public ProcessHandle process() {
        return remote == null ? null : remote.handle();
    }

    /**
     * @return CPU time used so far by the client and the fake together: this JVM's, plus the child's when the
     *     fake runs in one, so CPU per operation means the same in both modes
     */
    public long cpuNanos() {
        long own = processCpuNanos();
        return remote == null ? own : own + remote.cpuNanos();
    }

    /** @return CPU time used so far by this JVM */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** @return where the fake runs, for the first line of a run's output */
    public String describe() {
        if (remote == null) {
            return "fake in this JVM (" + MODE_PROPERTY + "=local): client and fake share the CPUs";
        }
        return "fake in a separate JVM (" + MODE_PROPERTY + "=process), pid " + remote.handle().pid() + ", "
                + (remote.cpus() == null ? "not pinned" : "pinned to CPUs " + remote.cpus());
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
                .authUrl(identityUrl())
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
        if (fake != null) {
            fake.close();
        } else {
            remote.close();
        }
    }
}
