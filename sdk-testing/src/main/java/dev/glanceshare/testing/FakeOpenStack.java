package dev.glanceshare.testing;

import dev.glanceshare.testing.internal.CloudConfig;
import dev.glanceshare.testing.internal.http.FaultBoard;
import dev.glanceshare.testing.internal.http.JournalLog;
import dev.glanceshare.testing.internal.http.Listener;
import dev.glanceshare.testing.internal.http.RequestPipeline;
import dev.glanceshare.testing.internal.identity.IdentityStore;
import dev.glanceshare.testing.internal.identity.KeystoneService;
import dev.glanceshare.testing.internal.identity.Project;
import dev.glanceshare.testing.internal.identity.Token;
import dev.glanceshare.testing.internal.identity.UserAccount;
import dev.glanceshare.testing.internal.image.GlanceEnv;
import dev.glanceshare.testing.internal.image.GlanceService;
import dev.glanceshare.testing.internal.image.ImageSeeding;
import dev.glanceshare.testing.internal.image.ImageStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process, stateful, in-memory Keystone v3 and Glance v2 that answers like a real Glance Zed cloud,
 * on two loopback listeners (Keystone and Glance, as {@code :5000} and {@code :9292} would be).
 *
 * <p>It is a server, not a mock: point any OpenStack client at {@link #identityUrl()} and it
 * authenticates, finds Glance in the catalog and runs real requests that Glance's sharing rules govern.
 * Tests seed state with {@link #seed()}, read it back with {@link #images()} and {@link #journal()}, and
 * break things with {@link #inject(Fault)}. Thread-safe; close it to free the ports.
 *
 * <pre>{@code
 * try (FakeOpenStack fake = FakeOpenStack.builder().start()) {
 *     DemoSeed demo = fake.seed().demo();
 *     // OS_AUTH_URL=fake.identityUrl(), user demo / demo-secret, project demo, domain Default
 * }
 * }</pre>
 */
public final class FakeOpenStack implements AutoCloseable {
    private final CloudConfig config;
    private final FakeClock clock;
    private final IdentityStore identity;
    private final ImageSeeding images;
    private final FaultBoard faults = new FaultBoard();
    private final JournalLog journal;
    private final Map<RequestClass, Duration> latency = new ConcurrentHashMap<>();
    private final Listener keystone;
    private final Listener glance;
    private final ExecutorService executor;

    FakeOpenStack(FakeOpenStackBuilder b) {
        this.clock = b.clock;
        this.journal = new JournalLog(b.journalCapacity);
        this.latency.putAll(b.latency);
        this.keystone = Listener.bind(b.identityPort);
        Listener bound;
        try {
            bound = Listener.bind(b.imagePort);
        } catch (RuntimeException e) {
            keystone.stop();
            throw e;
        }
        this.glance = bound;
        this.config = new CloudConfig(b.region, "http://127.0.0.1:" + keystone.port(),
                "http://127.0.0.1:" + glance.port(), b.imagePrefix, b.tokenLifetime, b.memberQuota, b.tagQuota);
        this.identity = new IdentityStore();
        ImageStore store = new ImageStore();
        store.clock(clock::now);
        this.images = new ImageSeeding(new GlanceEnv(store, clock, config));
        AtomicInteger threads = new AtomicInteger();
        String threadPrefix = "fake-openstack-" + keystone.port() + "-";
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, threadPrefix + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        GlanceService glanceService = new GlanceService(config, store, identity, clock);
        // Keystone's oslo.middleware sizelimit refuses bodies over max_request_body_size (114688 by default).
        long keystoneMax = Math.min(b.maxRequestBodyBytes, KeystoneService.MAX_REQUEST_BODY_SIZE);
        keystone.start(new RequestPipeline(Service.IDENTITY, new KeystoneService(config, identity, clock), faults,
                journal, latency, clock, keystoneMax, p -> p), executor);
        glance.start(new RequestPipeline(Service.IMAGE, glanceService, faults, journal, latency, clock,
                b.maxRequestBodyBytes, p -> glanceService.relative(p).orElse(p)), executor);
    }

    /**
     * Starts configuring a fake.
     *
     * @return a builder with the defaults: region {@code RegionOne}, random ports, no path prefix, 1 h
     *     tokens, a ticking clock, quotas of 128 members and 128 tags
     */
    public static FakeOpenStackBuilder builder() {
        return new FakeOpenStackBuilder();
    }

    /** @return the catalog identity URL, {@code http://127.0.0.1:<port>/v3}; use it as {@code OS_AUTH_URL} */
    public String identityUrl() {
        return config.identityUrl();
    }

    /** @return the catalog image URL, {@code http://127.0.0.1:<port>} plus the path prefix, no version */
    public String imageUrl() {
        return config.imageUrl();
    }

    /** @return the catalog region */
    public String region() {
        return config.region();
    }

    /** @return the Keystone listener's port */
    public int identityPort() {
        return keystone.port();
    }

    /** @return the Glance listener's port */
    public int imagePort() {
        return glance.port();
    }

    /** @return the clock that drives token expiry and timestamps */
    public FakeClock clock() {
        return clock;
    }

    /** @return the seeding API */
    public FakeSeeder seed() {
        return new FakeSeeder(identity, images);
    }

    /** @return snapshots of every image, in creation order */
    public List<ImageSnapshot> images() {
        return images.all();
    }

    /**
     * @param imageId an image ID
     * @return a snapshot of the image, or empty when it does not exist
     */
    public Optional<ImageSnapshot> image(String imageId) {
        return images.one(imageId);
    }

    /**
     * @param imageId an image ID
     * @return the image's memberships in the order added, whatever its visibility; empty for an unknown image
     */
    public List<MemberSnapshot> members(String imageId) {
        return images.one(imageId).map(ImageSnapshot::members).orElse(List.of());
    }

    /**
     * @param imageId an image ID
     * @return a copy of the uploaded data, or empty when the image does not exist or has none
     */
    public Optional<byte[]> imageData(String imageId) {
        return images.data(imageId);
    }

    /** @return how many tokens Keystone issued so far */
    public long tokensIssued() {
        return identity.issuedCount();
    }

    /**
     * Issues a project-scoped token without HTTP (it still counts in {@link #tokensIssued()}).
     *
     * @param userName an existing user
     * @param projectName a project the user has a role on
     * @return the token, for an {@code X-Auth-Token} header
     * @throws IllegalArgumentException when the user or project is unknown or the user has no role there
     */
    public String issueToken(String userName, String projectName) {
        UserAccount user = identity.userByName(userName)
                .orElseThrow(() -> new IllegalArgumentException("no user named '" + userName + "'"));
        Project project = identity.projectByName(projectName)
                .orElseThrow(() -> new IllegalArgumentException("no project named '" + projectName + "'"));
        List<String> roles = identity.effectiveRoles(user.id(), project.id());
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(userName + " has no role on project " + projectName);
        }
        Token template = new Token(null, user.id(), project.id(), null, List.of("password"), roles, null, null,
                List.of(), null);
        return identity.issue(template, clock.now(), config.tokenLifetime()).id();
    }

    /** @return the request journal */
    public RequestJournal journal() {
        return journal;
    }

    /**
     * Arms a fault; faults fire oldest first, each for its {@link Fault#times()} matching requests.
     *
     * @param fault the fault
     */
    public void inject(Fault fault) {
        faults.add(Objects.requireNonNull(fault, "fault"));
    }

    /** Disarms every fault. */
    public void clearFaults() {
        faults.clear();
    }

    /** @return how many fault firings are still armed */
    public int pendingFaults() {
        return faults.remaining();
    }

    /** Makes every token issued so far invalid, as if they had expired now; new tokens work. */
    public void expireAllTokens() {
        identity.expireAll();
    }

    /**
     * Revokes one token, as {@code DELETE /v3/auth/tokens} would.
     *
     * @param token the token string
     * @return true when the fake had issued it
     */
    public boolean revokeToken(String token) {
        return identity.revoke(Objects.requireNonNull(token, "token"));
    }

    /**
     * Changes the latency added to every request of a class, from the next request on.
     *
     * @param requestClass which requests
     * @param delay the added delay; zero removes it
     */
    public void setLatency(RequestClass requestClass, Duration delay) {
        latency.put(Objects.requireNonNull(requestClass, "requestClass"), FakeOpenStackBuilder.nonNegative(delay));
    }

    /** Stops both listeners at once and ends the request threads (stalled and delayed ones included). */
    @Override
    public void close() {
        keystone.stop();
        glance.stop();
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "FakeOpenStack[identity=" + identityUrl() + ", image=" + imageUrl() + ", region=" + region() + "]";
    }
}
