package dev.glanceshare.testing;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Configures and starts a {@link FakeOpenStack}. Not thread-safe. */
public final class FakeOpenStackBuilder {
    String region = "RegionOne";
    int identityPort;
    int imagePort;
    String imagePrefix = "";
    Duration tokenLifetime = Duration.ofHours(1);
    FakeClock clock = FakeClock.system();
    int memberQuota = 128;
    int tagQuota = 128;
    final Map<RequestClass, Duration> latency = new EnumMap<>(RequestClass.class);
    long maxRequestBodyBytes = 64L * 1024 * 1024;
    int journalCapacity = 10_000;
    boolean demo;

    FakeOpenStackBuilder() {
    }

    /**
     * @param name the catalog region (default {@code RegionOne})
     * @return this
     */
    public FakeOpenStackBuilder region(String name) {
        this.region = Objects.requireNonNull(name, "name");
        return this;
    }

    /**
     * @param port the Keystone port, 0 for a random free one (default)
     * @return this
     */
    public FakeOpenStackBuilder identityPort(int port) {
        this.identityPort = port(port);
        return this;
    }

    /**
     * @param port the Glance port, 0 for a random free one (default)
     * @return this
     */
    public FakeOpenStackBuilder imagePort(int port) {
        this.imagePort = port(port);
        return this;
    }

    /**
     * Serves Glance under a path prefix, as behind a proxy ({@code http://127.0.0.1:<port>/image}); the
     * catalog URL then carries it, while {@code next}/{@code first} links stay {@code /v2/images?...}.
     *
     * @param prefix e.g. {@code /image}; empty for none (default)
     * @return this
     */
    public FakeOpenStackBuilder imagePathPrefix(String prefix) {
        String p = Objects.requireNonNull(prefix, "prefix");
        if (!p.isEmpty() && (!p.startsWith("/") || p.endsWith("/") || p.contains("?"))) {
            throw new IllegalArgumentException("prefix must look like /image, was '" + prefix + "'");
        }
        this.imagePrefix = p;
        return this;
    }

    /**
     * @param lifetime how long issued tokens live (default 1 h)
     * @return this
     */
    public FakeOpenStackBuilder tokenLifetime(Duration lifetime) {
        this.tokenLifetime = nonNegative(lifetime);
        return this;
    }

    /**
     * @param fakeClock the clock to use (default: {@link FakeClock#system()})
     * @return this
     */
    public FakeOpenStackBuilder clock(FakeClock fakeClock) {
        this.clock = Objects.requireNonNull(fakeClock, "fakeClock");
        return this;
    }

    /**
     * @param quota Glance's {@code image_member_quota} (default 128; negative means unlimited)
     * @return this
     */
    public FakeOpenStackBuilder memberQuota(int quota) {
        this.memberQuota = quota;
        return this;
    }

    /**
     * @param quota Glance's {@code image_tag_quota} (default 128; negative means unlimited)
     * @return this
     */
    public FakeOpenStackBuilder tagQuota(int quota) {
        this.tagQuota = quota;
        return this;
    }

    /**
     * Adds latency to every request of a class, e.g. 15 ms per member request for a benchmark.
     *
     * @param requestClass which requests
     * @param delay the added delay
     * @return this
     */
    public FakeOpenStackBuilder latency(RequestClass requestClass, Duration delay) {
        latency.put(Objects.requireNonNull(requestClass, "requestClass"), nonNegative(delay));
        return this;
    }

    /**
     * @param bytes the largest request body accepted; larger ones get a 413 (default 64 MiB)
     * @return this
     */
    public FakeOpenStackBuilder maxRequestBodyBytes(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("maxRequestBodyBytes must not be negative");
        }
        this.maxRequestBodyBytes = bytes;
        return this;
    }

    /**
     * @param entries how many requests the journal keeps, newest last (default 10000; 0 keeps none)
     * @return this
     */
    public FakeOpenStackBuilder journalCapacity(int entries) {
        this.journalCapacity = Math.max(0, entries);
        return this;
    }

    /**
     * Seeds the demo cloud at start, as {@link FakeSeeder#demo()} does.
     *
     * @return this
     */
    public FakeOpenStackBuilder withDemoSeed() {
        this.demo = true;
        return this;
    }

    /**
     * Binds both listeners on 127.0.0.1 and starts serving.
     *
     * @return the running fake; close it when done
     * @throws java.io.UncheckedIOException when a port cannot be bound
     */
    public FakeOpenStack start() {
        FakeOpenStack fake = new FakeOpenStack(this);
        if (demo) {
            fake.seed().demo();
        }
        return fake;
    }

    static Duration nonNegative(Duration d) {
        Objects.requireNonNull(d, "duration");
        if (d.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + d);
        }
        return d;
    }

    private static int port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        return port;
    }
}
