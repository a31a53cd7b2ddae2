package dev.glanceshare.testing.reliability;

import dev.glanceshare.core.exception.NotFoundException;
import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.HttpRequest;
import dev.glanceshare.core.http.HttpResponse;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.MemberService;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeClock;
import dev.glanceshare.testing.FakeOpenStack;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A mixed sharing workload run by many threads that share one {@link KeystoneSession} and one
 * {@link GlanceClient}, while tokens expire underneath them. Each thread owns one image (adds a random
 * project, lists, reads, removes it) and is a member of another image (accepts and rejects it), so every
 * answer can be checked: a wrong result counts as a failure just like an exception.
 *
 * <p>Two kinds of churn, each counted exactly, so that "auth requests = expiries" can be checked (and
 * {@link Churn#NONE} as the baseline):
 * <ul>
 *   <li>{@link Churn#REVOKE}: {@link FakeOpenStack#expireAllTokens()} at an interval. The session finds
 *       out only from Glance's 401s, so this exercises the single-flight re-authentication after a 401.</li>
 *   <li>{@link Churn#CLOCK}: the fake's clock (which the session also reads) jumps by a whole token
 *       lifetime at an interval. The session sees its token expire and renews it before sending, so this
 *       exercises the single-flight refresh of an expired token (and the 401 path for requests in flight).</li>
 * </ul>
 */
final class ChurnLoad {
    /** How tokens are made to expire during the run. */
    enum Churn {
        /** No expiry: the baseline to compare the others with. */
        NONE,
        /** {@link FakeOpenStack#expireAllTokens()}: the session learns of it from 401s only. */
        REVOKE,
        /** The shared clock jumps a token lifetime: the session sees the expiry before it sends. */
        CLOCK
    }

    /** The run's figures. */
    record Figures(Churn churn, int threads, Duration elapsed, long operations, long failures, long expiries,
            long authRequests, long tokensIssued, long unauthorized, int leasedAfter, List<String> failureSamples,
            Map<String, Long> operationsByKind) {

        String summary() {
            return String.format("churn=%s threads=%d elapsed=%.1fs operations=%d (%.0f/s) failures=%d expiries=%d "
                            + "authRequests=%d tokensIssued=%d 401s=%d leasedAfter=%d byKind=%s",
                    churn, threads, elapsed.toMillis() / 1000.0, operations,
                    operations * 1000.0 / Math.max(1, elapsed.toMillis()), failures, expiries, authRequests,
                    tokensIssued, unauthorized, leasedAfter, operationsByKind);
        }
    }

    static final Duration LIFETIME = Duration.ofHours(1);

    private final FakeOpenStack fake;
    private final DemoSeed demo;
    private final int threads;
    private final List<String> owned = new ArrayList<>();
    private final List<String> sharedWithMe = new ArrayList<>();

    private final LongAdder operations = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
    private final List<String> failureSamples = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param fake a fake started with a frozen clock and {@link #LIFETIME} tokens
     * @param demo the seed
     * @param threads how many worker threads
     */
    ChurnLoad(FakeOpenStack fake, DemoSeed demo, int threads) {
        this.fake = fake;
        this.demo = demo;
        this.threads = threads;
        for (int i = 0; i < threads; i++) {
            owned.add(fake.seed().image("load-own-" + i).owner(demo.demoProjectId()).visibility("shared").create());
            sharedWithMe.add(fake.seed().image("load-shared-" + i).owner(demo.altProjectId()).visibility("shared")
                    .member(demo.demoProjectId(), "pending").create());
        }
    }

    /** The fake's clock as a {@link Clock}, so the session judges expiry by the same time as Keystone. */
    static Clock clockOf(FakeClock fakeClock) {
        return new FakeClockView(fakeClock, ZoneOffset.UTC);
    }

    private static final class FakeClockView extends Clock {
        private final FakeClock clock;
        private final ZoneId zone;

        FakeClockView(FakeClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new FakeClockView(clock, newZone);
        }

        @Override
        public Instant instant() {
            return clock.now();
        }
    }

    /** Counts, on the client side, the auth requests sent and the 401s received. */
    private static final class CountingTransport implements HttpTransport {
        private final HttpTransport delegate;
        final LongAdder authRequests = new LongAdder();
        final LongAdder unauthorized = new LongAdder();

        CountingTransport(HttpTransport delegate) {
            this.delegate = delegate;
        }

        @Override
        public HttpResponse send(HttpRequest request) {
            if (request.method().equals("POST") && request.uri().getPath().endsWith("/auth/tokens")) {
                authRequests.increment();
            }
            HttpResponse response = delegate.send(request);
            if (response.status() == 401) {
                unauthorized.increment();
            }
            return response;
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    /**
     * Runs the workload.
     *
     * @param churn how tokens expire
     * @param duration how long the workers run
     * @param every how often tokens expire
     * @return the figures
     */
    Figures run(Churn churn, Duration duration, Duration every) throws InterruptedException {
        ApacheHttpTransport pool = ApacheHttpTransport.create(TransportOptions.builder()
                .connectTimeout(Duration.ofSeconds(10)).responseTimeout(Duration.ofSeconds(30)).build());
        CountingTransport transport = new CountingTransport(pool);
        KeystoneSession session = KeystoneSession.builder()
                .authUrl(fake.identityUrl())
                .credentials(Credentials.password().userName("demo").userDomainName(DemoSeed.DOMAIN)
                        .password(DemoSeed.password("demo")).build())
                .scope(Scope.projectName("demo", DemoSeed.DOMAIN))
                .transport(transport)
                .clock(clockOf(fake.clock()))
                .build();
        GlanceClient glance = GlanceClient.builder().session(session).build();
        session.authenticate();
        long issuedBefore = fake.tokensIssued();
        transport.authRequests.reset();

        CountDownLatch start = new CountDownLatch(1);
        long startNanos = System.nanoTime();
        long endNanos = startNanos + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int n = i;
            Thread t = new Thread(() -> work(glance, n, start, endNanos), "load-" + i);
            workers.add(t);
            t.start();
        }
        AtomicLong expiries = new AtomicLong();
        start.countDown();
        // Expire only while the workers still have time to notice: each expiry must cost exactly one auth.
        long churnEnd = endNanos - Math.min(every.toNanos(), duration.toNanos() / 4);
        while (System.nanoTime() + every.toNanos() < churnEnd) {
            TimeUnit.NANOSECONDS.sleep(every.toNanos());
            if (churn == Churn.NONE) {
                continue;
            }
            if (churn == Churn.REVOKE) {
                fake.expireAllTokens();
            } else {
                fake.clock().advance(LIFETIME);
            }
            expiries.incrementAndGet();
        }
        for (Thread t : workers) {
            t.join(duration.toMillis() + 120_000);
            if (t.isAlive()) {
                failures.increment();
                failureSamples.add(t.getName() + " hung");
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        long tokensIssued = fake.tokensIssued() - issuedBefore;
        glance.close();
        session.close();
        int leased = pool.leasedConnections();
        pool.close();
        Map<String, Long> kinds = new java.util.TreeMap<>();
        byKind.forEach((k, v) -> kinds.put(k, v.sum()));
        return new Figures(churn, threads, elapsed, operations.sum(), failures.sum(), expiries.get(),
                transport.authRequests.sum(), tokensIssued, transport.unauthorized.sum(), leased, List.copyOf(failureSamples.subList(0, Math.min(10, failureSamples.size()))),
                kinds);
    }

    private void work(GlanceClient glance, int n, CountDownLatch start, long endNanos) {
        try {
            start.await();
        } catch (InterruptedException e) {
            return;
        }
        String mine = owned.get(n);
        String theirs = sharedWithMe.get(n);
        MemberService myMembers = glance.images().members(mine);
        MemberService theirMembers = glance.images().members(theirs);
        for (int round = 0; System.nanoTime() < endNanos; round++) {
            String project = randomProjectId();
            boolean accept = round % 2 == 0;
            // A round stops at its first failure, so one failure is not counted again by the steps after it.
            boolean ok = op("add", () -> {
                Member m = myMembers.add(project);
                check(m.memberId().equals(project) && m.status() == MemberStatus.PENDING, "add returned " + m);
            }) && op("list", () -> check(myMembers.list().stream().anyMatch(m -> m.memberId().equals(project)),
                    "list lacks " + project))
                    && op("get", () -> {
                        Member m = myMembers.get(project);
                        check(m.memberId().equals(project) && m.imageId().equals(mine), "get returned " + m);
                    })
                    && op(accept ? "accept" : "reject", () -> {
                        Member m = accept ? theirMembers.accept() : theirMembers.reject();
                        check(m.memberId().equals(demo.demoProjectId())
                                && m.status() == (accept ? MemberStatus.ACCEPTED : MemberStatus.REJECTED), "status " + m);
                    })
                    && op("getImage", () -> check(glance.images().get(theirs).id().equals(theirs), "wrong image"))
                    && op("remove", () -> myMembers.remove(project))
                    && op("getRemoved", () -> {
                        try {
                            myMembers.get(project);
                            check(false, project + " still a member after remove");
                        } catch (NotFoundException expected) {
                            // removed
                        }
                    });
            if (ok && round % 8 == 7) {
                op("listImages", () -> {
                    List<Image> page = glance.images().list(ImageListOptions.builder().pageSize(20).build())
                            .stream().limit(20).toList();
                    check(page.size() == 20, "a page of " + page.size() + " images");
                });
            }
        }
    }

    /** @return whether the operation succeeded with the right result */
    private boolean op(String kind, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException | AssertionError e) {
            failures.increment();
            if (failureSamples.size() < 50) {
                failureSamples.add(kind + ": " + e);
            }
            return false;
        } finally {
            operations.increment();
            byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("wrong result: " + what);
        }
    }

    private static String randomProjectId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return Long.toHexString(r.nextLong() | Long.MIN_VALUE) + Long.toHexString(r.nextLong() | Long.MIN_VALUE);
    }
}
